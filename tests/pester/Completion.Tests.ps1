BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')

    function Complete([string] $Line) {
        $completion = TabExpansion2 -inputScript $Line -cursorColumn $Line.Length
        $completion.CompletionMatches.CompletionText
    }
}

Describe 'Tab completion' {
    It 'completes team names of the bundled library and of a library named by -Path' {
        Complete 'Get-TeamDefinition -Name plat' | Should -Be 'platform-engineering'
        Complete "Get-TeamDefinition -Path '$Corpus' -Name devops" |
            Should -Be 'devops-platform-engineering'
    }

    It 'completes agent and skill ids' {
        Complete 'Get-TeamAgent -Name platform-a' | Should -Be 'platform-architect'
        Complete "Get-TeamSkill -LibraryPath '$Corpus' -Name build-ci" |
            Should -Be 'build-ci-cd-pipeline'
    }

    It 'completes the task names of the team file being run' {
        $team = (Get-TeamDefinition).Path
        Complete "Start-TeamRun -Path '$team' -StopBefore integ" |
            Should -Be 'integrate-platform-roadmap'
    }

    It "offers -Bind whole, a hashtable per placeholder of the team and agent of its library" {
        New-AgentFile alpha | Out-Null
        New-AgentFile beta | Out-Null
        $text = $ChainTeam -replace 'assignee: beta', 'assignee: any' `
            -replace 'name: chain', 'name: placeholder'
        $team = New-TeamFile placeholder $text

        $offered = Complete "Start-TeamRun -Path '$team' -Bind "

        $offered | Should -Be "@{ 'any' = 'alpha' }", "@{ 'any' = 'beta' }"
        Complete "Start-TeamRun -Path '$team' -Bind bet" | Should -Be "@{ 'any' = 'beta' }"
        $bound = Invoke-Expression ("Get-TeamDefinition -Path '$team' | " +
            "Start-TeamRun -Request 'Go' -RunPath '$TestDrive/bound' -Bind " + $offered[1])
        ($bound | Where-Object TaskName -eq 'second').Member | Should -Be 'beta'
    }

    It "completes every kind of provider New-TeamProvider makes" {
        $offered = Complete 'New-TeamProvider -'
        foreach ($kind in '-Playbook', '-ScriptBlock', '-Command', '-OpenAI', '-Ollama',
            '-AzureOpenAI', '-Anthropic', '-ClaudeCode', '-Codex', '-GeminiCli') {
            $offered | Should -Contain $kind
        }
    }

    It 'completes the ids of stored runs' {
        $runs = Join-Path $TestDrive 'runs'
        $id = (Get-TeamDefinition | Start-TeamRun -Request 'Go' -RunPath $runs)[0].RunId
        Complete "Start-TeamRun -RunPath '$runs' -Resume " | Should -Be $id
        Push-Location $TestDrive
        try {
            Complete 'Get-TeamRun -RunPath runs ' | Should -Be $id
        }
        finally {
            Pop-Location
        }
    }
}
