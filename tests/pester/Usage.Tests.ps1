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
