BeforeDiscovery {
    $script:ViewTypes = @(
        'TeamForge.TeamDefinition', 'TeamForge.AgentDefinition', 'TeamForge.SkillDefinition'
        'TeamForge.Diagnostic', 'TeamForge.TaskResult', 'TeamForge.TeamRun'
        'TeamForge.TeamDesign', 'TeamForge.Execution.ChatProvider'
        'TeamForge.Execution.CommandProvider'
    ) | ForEach-Object { @{ TypeName = $_ } }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')

    $script:Runs = Join-Path $TestDrive 'runs'
    $failing = New-TeamProvider -ScriptBlock {
        param($Context)
        if ($Context.TaskName -eq 'design-security-controls') {
            throw ('The notes are not ready ' * 20) + "`nand a second line of reasons."
        }
        "## $($Context.TaskName)"
    }
    $script:Results = Get-TeamDefinition |
        Start-TeamRun -Request 'Design a platform' -Provider $failing -RunPath $Runs `
            -ErrorAction SilentlyContinue
    $script:Failed = $Results | Where-Object Status -eq 'Failed'
}

Describe 'The default views' {
    It 'give <TypeName> a table view of its own' -TestCases $ViewTypes {
        $view = Get-FormatData -TypeName $TypeName
        $view | Should -Not -BeNullOrEmpty
        $view.FormatViewDefinition.Control.GetType().Name | Should -Contain 'TableControl'
    }

    It "show a result's task, member, status, duration, attempts, tokens and cost" {
        $header = ($Results | Format-Table | Out-String -Width 250) -split "`n" |
            Where-Object { $_ -match 'TaskName' } | Select-Object -First 1
        foreach ($column in 'TaskName', 'Member', 'Status', 'Duration', 'Attempts', 'Tokens',
            'Cost', 'Error') {
            $header | Should -Match "\b$column\b"
        }
    }

    It 'cut long text to one line in a table, and show it whole in Format-List' {
        $table = $Failed | Format-Table | Out-String -Width 250
        $row = ($table -split "`n") | Where-Object { $_ -match 'design-security-controls' }
        @($row).Count | Should -Be 1
        $row | Should -Match ([char]0x2026)
        $table | Should -Not -Match 'second line of reasons'

        $list = $Failed | Format-List | Out-String -Width 5000
        $list | Should -Match 'and a second line of reasons'
    }

    It 'show a stored run with its state, tasks done and request' {
        $text = Get-TeamRun -RunPath $Runs | Format-Table | Out-String -Width 250
        $text | Should -Match '\bState\b'
        $text | Should -Match ' Failed '
        $text | Should -Match ' 3/5 ' -Because 'one task failed and the integration waited on it'
        $text | Should -Match 'Design a platform'
    }

    It 'show a chat provider with its tiers' {
        $provider = New-TeamProvider -Ollama -Model small -ModelMap @{ opus = 'large' }
        $text = $provider | Format-Table | Out-String -Width 250
        $text | Should -Match 'opus=large'
        $text | Should -Match 'Ollama at http://localhost:11434/v1'
    }
}

Describe 'Objects' {
    It 'sort results by start time with no property named' {
        $sorted = $Results | Sort-Object
        $started = $sorted | Where-Object StartTime
        for ($i = 1; $i -lt $started.Count; $i++) {
            $started[$i].StartTime | Should -BeGreaterOrEqual $started[$i - 1].StartTime
        }
        $sorted[-1].StartTime | Should -BeNullOrEmpty -Because 'the skipped task never started'
    }

    It 'say what they are when turned into text' {
        "$($Results[0])" | Should -Match ': (Succeeded|Failed|Skipped)$'
        "$(Get-TeamRun -RunPath $Runs)" | Should -Match '\(platform-engineering\)'
        "$(Get-TeamDefinition)" | Should -Be 'platform-engineering'
        "$(New-TeamProvider)" | Should -Be 'Playbook'
        "$($Results | Merge-TeamDesign)" | Should -Match '^platform-engineering design'
    }
}
