BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')

    function Get-Results {
        # Task results only: -Verbose 4>&1 mixes verbose records into the output.
        param([object[]] $Items)
        $Items | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }
    }
}

Describe 'New-TeamProvider -Command on a corpus team' {
    BeforeAll {
        $script:Entomology = Get-TeamDefinition -Path $Corpus -Name entomology
        $script:Provider = New-TeamProvider -Command /bin/sh `
            -ArgumentList '-c', 'cat; echo done {task}'
        $script:Results = $Entomology |
            Start-TeamRun -Request 'Name the green beetle' -Provider $Provider
    }

    It 'runs every task through the command and names the command as the provider' {
        $Results.Count | Should -Be 4
        $Results.Status | Should -Not -Contain 'Failed'
        $Results.Provider | Sort-Object -Unique | Should -Be "Command '/bin/sh'"
    }

    It "gives each task the prompt on standard input and takes standard output as its output" {
        foreach ($result in $Results) {
            $result.Output | Should -Match '# Request\s+Name the green beetle'
            $result.Output | Should -Match "# Your task: $($result.TaskName)"
            $result.Output.TrimEnd() | Should -BeLike "*`ndone $($result.TaskName)"
        }
    }

    It 'hands the integrating task what the others wrote' {
        $report = $Results | Where-Object TaskName -eq 'synthesize-report'
        foreach ($name in 'assess-ecological-context', 'identify-and-document',
            'create-accessible-output') {
            $report.Output | Should -Match "BEGIN INPUT from task '$name'"
            $report.Output | Should -Match "done $name"
        }
    }

    It 'describes itself by its command and nothing of its environment' {
        $secretive = New-TeamProvider -Command /bin/cat -Environment @{ API_TOKEN = 'tok-123' }
        "$secretive" | Should -Be "Command '/bin/cat'"
        ($secretive | Format-List * | Out-String) | Should -Not -Match 'tok-123'
    }
}

Describe 'A failing command' {
    BeforeAll {
        New-AgentFile alpha | Out-Null
        New-AgentFile beta | Out-Null
        $script:Pair = Get-TeamDefinition (New-TeamFile chain $ChainTeam)
    }

    It 'fails its task with the exit code and its errors, and skips what depends on it' {
        $script = 'cat > /dev/null; if [ "$0" = second ]; then echo "second broke" >&2; ' +
            'exit 4; fi; echo "ok $0"'
        $provider = New-TeamProvider -Command /bin/sh -ArgumentList '-c', $script, '{task}'
        $results = $Pair | Start-TeamRun -Request 'Go' -Provider $provider `
            -ErrorVariable failures -ErrorAction SilentlyContinue

        ($results | Where-Object TaskName -eq 'first').Output | Should -Be "ok first`n"
        $second = $results | Where-Object TaskName -eq 'second'
        $second.Status | Should -Be 'Failed'
        $second.Error | Should -Match "Command '/bin/sh' exited with code 4"
        $second.Error | Should -Match 'second broke'
        $third = $results | Where-Object TaskName -eq 'third'
        $third.Status | Should -Be 'Skipped'
        $third.Error | Should -Match 'second'
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Match '^TaskFailed'
    }

    It 'writes its standard error to the verbose stream, named by task, not to the output' {
        $provider = New-TeamProvider -Command /bin/sh -ArgumentList '-c',
            'cat > /dev/null; echo "note from {task}" >&2; echo out'
        $items = $Pair | Start-TeamRun -Request 'Go' -Provider $provider -Verbose 4>&1
        $verbose = $items | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $verbose.Message | Should -Contain '[second] note from second'
        (Get-Results $items).Output | Should -Be @("out`n", "out`n", "out`n")
    }

    It 'fills the placeholders from each task' {
        $provider = New-TeamProvider -Command /bin/sh -ArgumentList '-c',
            'cat > /dev/null; echo "$0|$1|$2"', '{agent}', '{member}', '{model}'
        $results = $Pair | Start-TeamRun -Request 'Go' -Provider $provider
        ($results | Where-Object TaskName -eq 'second').Output | Should -Be "beta|Helper|sonnet`n"
    }
}

Describe 'The environment of a command' {
    BeforeAll {
        New-AgentFile alpha | Out-Null
        New-AgentFile beta | Out-Null
        $script:Pair = Get-TeamDefinition (New-TeamFile chain $ChainTeam)
        $env:TEAMFORGE_PESTER_SECRET = 'must-not-leak'
        $env:TEAMFORGE_PESTER_SHARED = 'let-through'
    }

    AfterAll {
        Remove-Item Env:TEAMFORGE_PESTER_SECRET, Env:TEAMFORGE_PESTER_SHARED -ErrorAction Ignore
    }

    It 'holds only the defaults, the inherited names and the set values' {
        $script = 'cat > /dev/null; ' +
            'echo "secret=[$TEAMFORGE_PESTER_SECRET] shared=[$TEAMFORGE_PESTER_SHARED] ' +
            'mode=[$TEAMFORGE_MODE] path=[$PATH]"'
        $provider = New-TeamProvider -Command /bin/sh -ArgumentList '-c', $script `
            -InheritEnvironment TEAMFORGE_PESTER_SHARED -Environment @{ TEAMFORGE_MODE = 'review' }
        $output = ($Pair | Start-TeamRun -Request 'Go' -Provider $provider)[0].Output
        $output | Should -BeLike '*secret=`[`] *'
        $output | Should -BeLike '*shared=`[let-through`]*'
        $output | Should -BeLike '*mode=`[review`]*'
        $output | Should -BeLike "*path=``[$env:PATH``]*"
    }

    It 'leaves out a variable whose value is $null' {
        # {{ and }} are the literal braces of the shell's ${HOME-unset}.
        $provider = New-TeamProvider -Command /bin/sh -ArgumentList '-c',
            'cat > /dev/null; echo "home=[${{HOME-unset}}]"' -Environment @{ HOME = $null }
        ($Pair | Start-TeamRun -Request 'Go' -Provider $provider)[0].Output |
            Should -Be "home=[unset]`n"
    }
}

Describe 'Making a command provider' {
    It 'starts nothing and asks nothing until a run uses it' {
        $marker = Join-Path $TestDrive 'started'
        $provider = New-TeamProvider -Command /bin/sh -ArgumentList '-c', "touch '$marker'"
        $provider | Should -Not -BeNullOrEmpty
        Test-Path $marker | Should -BeFalse
    }

    It 'runs a team end to end in a non-interactive session, with no prompt' {
        $output = Invoke-FreshPwsh "
            `$ErrorActionPreference = 'Stop'
            Import-Module '$ModuleManifest'
            `$provider = New-TeamProvider -Command /bin/sh ``
                -ArgumentList '-c', 'cat; echo done {task}'
            `$results = Get-TeamDefinition -Path '$Corpus' -Name entomology |
                Start-TeamRun -Request 'Go' -Provider `$provider
            `$results.Status -join ','"
        $LASTEXITCODE | Should -Be 0
        $output | Should -Be 'Succeeded,Succeeded,Succeeded,Succeeded'
    }

    It 'refuses an unknown placeholder before any run' {
        { New-TeamProvider -Command /bin/sh -ArgumentList '-c', 'echo {taks}' } |
            Should -Throw -ExpectedMessage '*unknown placeholder {taks}*' `
                -ErrorId 'InvalidCommandProvider*'
    }

    It 'refuses a working folder that does not exist' {
        $nowhere = Join-Path $TestDrive 'nowhere'
        { New-TeamProvider -Command /bin/cat -WorkingDirectory $nowhere } |
            Should -Throw -ExpectedMessage '*nowhere*does not exist*' `
                -ErrorId 'WorkingDirectoryNotFound*'
    }

    It 'reads relative paths against the current location, and starts there by default' {
        $folder = New-Item (Join-Path $TestDrive 'work') -ItemType Directory -Force
        Set-Content (Join-Path $folder 'where.sh') "cat > /dev/null; pwd" -NoNewline
        Push-Location $folder
        try {
            $default = New-TeamProvider -Command /bin/sh -ArgumentList './where.sh'
            $relative = New-TeamProvider -Command /bin/sh -ArgumentList 'where.sh' `
                -WorkingDirectory .
        }
        finally {
            Pop-Location
        }
        $default.WorkingDirectory | Should -Be $folder.FullName
        $relative.WorkingDirectory | Should -Be $folder.FullName
        $team = Get-TeamDefinition -Path $Corpus -Name entomology
        ($team | Start-TeamRun -Request 'Go' -Provider $default)[0].Output |
            Should -Be "$($folder.FullName)`n"
    }
}

Describe 'Stopping a run of a command provider' {
    It 'kills the running commands and the processes they started' {
        $pids = Join-Path $TestDrive 'pids'
        $shell = [powershell]::Create()
        $null = $shell.AddScript("
            Import-Module '$ModuleManifest'
            `$provider = New-TeamProvider -Command /bin/sh -ArgumentList '-c',
                'cat > /dev/null; sleep 60 & echo `"`$`$ `$!`" >> `"`$0`"; wait', '$pids'
            Get-TeamDefinition -Path '$Corpus' -Name entomology |
                Start-TeamRun -Request 'Go' -Provider `$provider -ThrottleLimit 1 ``
                    -RunPath '$(Join-Path $TestDrive 'runs')'")
        $async = $shell.BeginInvoke()
        try {
            $deadline = [DateTime]::UtcNow.AddSeconds(30)
            while (-not (Test-Path $pids) -and [DateTime]::UtcNow -lt $deadline) {
                Start-Sleep -Milliseconds 50
            }
            Start-Sleep -Milliseconds 200
            $ids = (Get-Content $pids -Raw).Trim() -split '\s+' | ForEach-Object { [int]$_ }
            $ids.Count | Should -Be 2

            $shell.Stop()

            $deadline = [DateTime]::UtcNow.AddSeconds(10)
            while (($ids | Where-Object { Get-Process -Id $_ -ErrorAction Ignore }) -and
                [DateTime]::UtcNow -lt $deadline) {
                Start-Sleep -Milliseconds 50
            }
            $alive = $ids | Where-Object {
                $stat = "/proc/$_/stat"
                (Test-Path $stat) -and ((Get-Content $stat -Raw) -notmatch '\) [ZX] ')
            }
            $alive | Should -BeNullOrEmpty
        }
        finally {
            $shell.Dispose()
        }
    }
}
