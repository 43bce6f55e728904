BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Entomology = Get-Content (Join-Path $Corpus 'teams/entomology.md') -Raw
}

Describe 'Mistakes a user makes' {
    It 'fails a task whose scriptblock writes an error or calls a command that does not exist' {
        $provider = New-TeamProvider {
            param($Context)
            if ($Context.TaskName -eq 'identify-and-document') { Invoke-NoSuchCommandHere }
            if ($Context.TaskName -eq 'create-accessible-output') { Write-Error 'no photos' }
            'done'
        }
        $team = Get-TeamDefinition -Path $Corpus -Name entomology
        $results = $team | Start-TeamRun -Request 'Go' -Provider $provider `
            -ErrorAction SilentlyContinue
        ($results | Where-Object TaskName -eq 'identify-and-document').Error |
            Should -Match 'Invoke-NoSuchCommandHere'
        ($results | Where-Object TaskName -eq 'create-accessible-output').Error |
            Should -Match 'no photos'
        ($results | Where-Object TaskName -eq 'assess-ecological-context').Status |
            Should -Be 'Succeeded'
        ($results | Where-Object TaskName -eq 'synthesize-report').Status | Should -Be 'Skipped'
    }

    It 'reports an agent file that cannot be read instead of leaving it out in silence' {
        $library = Join-Path $TestDrive 'broken-agent'
        $team = New-TeamFile entomology $Entomology -Library $library
        Set-Content (Join-Path $library 'agents/citizen-entomologist.md') "---`nname: [oops`n---`n"
        Get-TeamAgent -LibraryPath $library -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems[0].FullyQualifiedErrorId | Should -Match '^TF1003'
        $problems[0].Exception.Message | Should -Match 'citizen-entomologist.md:\d+'
        $found = Test-TeamDefinition -Path $team | Where-Object Code -eq 'TF2012'
        $found.Message | Should -Match 'citizen-entomologist'
    }

    It 'warns when a team read in has a broken CONFIG block' {
        $text = $Entomology -replace '<!-- CONFIG:END -->', ''
        $path = New-TeamFile unclosed $text -Library (Join-Path $TestDrive 'unclosed')
        $team = Get-TeamDefinition $path -WarningVariable warnings -WarningAction SilentlyContinue
        $team | Should -Not -BeNullOrEmpty
        $warnings[0].Message | Should -Match 'TF1004'
    }

    It 'stops at once on a library folder that does not exist' {
        { Get-TeamAgent -LibraryPath (Join-Path $TestDrive 'nowhere') -ErrorAction Stop } |
            Should -Throw -ErrorId 'LibraryNotFound*'
    }

    It 'reports a team name that matches nothing' {
        Get-TeamDefinition -Path $Corpus -Name 'no-such-team' -ErrorVariable problems `
            -ErrorAction SilentlyContinue
        $problems[0].FullyQualifiedErrorId | Should -Match '^TeamNotFound'
        Get-TeamDefinition -Path $Corpus -Name 'no-such-*' -ErrorVariable none
        $none | Should -BeNullOrEmpty
    }

    It 'says that -Path takes a file when given a folder' {
        { Start-TeamRun -Path (Join-Path $Corpus 'teams') -Request 'Go' -ErrorAction Stop } |
            Should -Throw -ErrorId 'TeamPathIsFolder*'
    }

    It 'refuses to merge nothing, and to write the design over a folder' {
        { @() | Merge-TeamDesign -ErrorAction Stop } | Should -Throw -ErrorId 'NoTaskResults*'
        $results = Get-TeamDefinition | Start-TeamRun -Request 'Go'
        { $results | Merge-TeamDesign -OutFile $TestDrive -ErrorAction Stop } |
            Should -Throw -ErrorId 'OutFileIsFolder*'
    }

    It 'warns of a -Bind key that no task uses' {
        Get-TeamDefinition | Start-TeamRun -Request 'Go' -Bind @{ anyy = 'platform-lead' } `
            -WarningVariable warnings -WarningAction SilentlyContinue | Out-Null
        $warnings.Message | Should -Match "'anyy'"
    }
}

Describe 'A scriptblock provider that reports its usage' {
    It 'is priced by the default table, and a cost it reports itself is kept' {
        $provider = New-TeamProvider {
            param($Context)
            $Context.Usage.Model = 'gpt-5-nano-2025-08-07'
            $Context.Usage.InputTokens = 100000
            $Context.Usage.OutputTokens = 10000
            if ($Context.Task.IsIntegration) { $Context.Usage.Cost = 0.5 }
            'done'
        }
        $results = Get-TeamDefinition | Start-TeamRun -Request 'Go' -Provider $provider
        # gpt-5-nano: 100,000 x $0.05 + 10,000 x $0.40, per million tokens.
        ($results | Where-Object { -not $_.IsIntegration }).Cost | Sort-Object -Unique |
            Should -Be 0.009
        ($results | Where-Object IsIntegration).Cost | Should -Be 0.5
        (Get-TeamRun -Id $results[0].RunId).Cost | Should -Be 0.536
    }

    It 'stops at -MaxCost and skips what waits on a task it did not start' {
        $provider = New-TeamProvider {
            param($Context)
            $Context.Usage.Cost = 0.25
            'done'
        }
        $results = Get-TeamDefinition | Start-TeamRun -Request 'Go' -Provider $provider `
            -ThrottleLimit 1 -MaxCost 0.4 -WarningAction SilentlyContinue
        @($results | Where-Object Status -eq 'Succeeded').Count | Should -Be 2
        $skipped = $results | Where-Object Status -eq 'Skipped'
        $skipped.Reason | Sort-Object -Unique | Should -Be 'CostLimit'
        ($skipped | Where-Object IsIntegration).Error | Should -BeLike 'skipped because*$0.40*'
    }

    It 'names each model without a price once, however many tasks it does' {
        $provider = New-TeamProvider {
            param($Context)
            $Context.Usage.Model = if ($Context.Task.IsIntegration) { 'lead-model' }
                else { 'worker-model' }
            $Context.Usage.InputTokens = 10
            $Context.Usage.OutputTokens = 10
            'done'
        }
        Get-TeamDefinition | Start-TeamRun -Request 'Go' -Provider $provider `
            -WarningVariable warnings -WarningAction SilentlyContinue | Out-Null
        $warnings.Count | Should -Be 2
        $warnings.Message | Should -Match "^Model '(worker|lead)-model' has no price"
    }

    It 'refuses a negative -MaxCost' {
        { Get-TeamDefinition | Start-TeamRun -Request 'Go' -MaxCost -1 -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidMaxCost*'
    }
}
