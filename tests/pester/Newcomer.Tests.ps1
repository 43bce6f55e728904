BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')

    function Get-Completion {
        # What Tab offers at the end of the line, as the console would ask for it.
        param([string] $Line)
        (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches |
            ForEach-Object CompletionText
    }
}

# The path of somebody who knows only Get-Command, Get-Help and Tab: each step uses only
# what the step before it showed.
Describe 'From Get-Command to a design with only help and Tab' {
    It 'lists the commands, each with a synopsis that says what it does' {
        $commands = Get-Command -Module TeamForge
        $commands.Count | Should -Be 9
        foreach ($command in $commands) {
            $synopsis = (Get-Help $command.Name).Synopsis.Trim()
            $synopsis | Should -Not -BeLike "$($command.Name)*" -Because 'the help is not stubbed'
            $synopsis.Length | Should -BeGreaterThan 20
        }
    }

    It 'names the about topic that explains the model, and it shows the pipeline' {
        (Get-Help Start-TeamRun -Full | Out-String) | Should -Match 'about_TeamForge'
        $about = Get-Help about_TeamForge | Out-String -Width 200
        $about | Should -Match 'Get-TeamDefinition \|'
        $about | Should -Match 'Start-TeamRun -Request'
        $about | Should -Match 'Merge-TeamDesign -OutFile design.md'
    }

    It 'completes the bundled team, its tasks, and the parameters it needs' {
        Get-Completion 'Get-TeamDefinition -Name plat' | Should -Contain 'platform-engineering'
        Get-Completion 'Start-TeamRun -Re' | Should -Contain '-Request'
        Get-Completion 'Merge-TeamDesign -Fo' | Should -Contain '-Format'
        Get-Completion 'Merge-TeamDesign -Format ' | Should -Contain 'Html'
    }

    It "runs the about topic's first example as written and gets a design file" {
        $about = (Get-Help about_TeamForge | Out-String -Width 200) -split "`r?`n"
        $start = [array]::FindIndex($about, [Predicate[string]] {
                param($line) $line -match '^\s+Get-TeamDefinition \|$'
            })
        $start | Should -BeGreaterThan 0
        $example = ($about[$start..($start + 2)] | ForEach-Object Trim) -join "`n"
        $example | Should -Match 'Merge-TeamDesign -OutFile design.md$'

        Push-Location $TestDrive
        try {
            $design = Invoke-Expression $example
        }
        finally {
            Pop-Location
        }

        $design.Team | Should -Be 'platform-engineering'
        $written = Get-Content (Join-Path $TestDrive 'design.md') -Raw
        $written | Should -BeExactly $design.Markdown
        $design.Roadmap.Count | Should -BeGreaterThan 1
        $design.Missing | Should -BeNullOrEmpty
    }
}
