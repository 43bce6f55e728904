BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'Start-TeamRun' {
    BeforeAll {
        New-AgentFile alpha | Out-Null
        New-AgentFile beta | Out-Null
        $script:Chain = Get-TeamDefinition (New-TeamFile chain $ChainTeam)
    }

    It 'chains the tasks of a sequential team that has no blocked_by, in list order' {
        $results = $Chain | Start-TeamRun -Request 'Go' -Provider (New-TeamProvider {
            param($Context) "$($Context.TaskName) after [$($Context.Inputs.TaskName -join ',')]"
        })
        $results.TaskName | Should -Be @('first', 'second', 'third')
        ($results | Where-Object TaskName -eq 'third').Output | Should -Be 'third after [second]'
    }

    It 'writes each result to the pipeline as its task finishes' {
        $provider = New-TeamProvider { param($Context) Start-Sleep -Milliseconds 300; 'ok' }
        $arrivals = $Chain | Start-TeamRun -Request 'Go' -Provider $provider |
            ForEach-Object { [pscustomobject]@{ Result = $_; At = [DateTimeOffset]::Now } }
        $arrivals[0].At | Should -BeLessThan $arrivals[-1].Result.StartTime
    }

    It 'hands each task the outputs it waits on in named, delimited blocks' {
        $results = $Chain | Start-TeamRun -Request 'Go' -Provider (New-TeamProvider {
            param($Context) if ($Context.TaskName -eq 'second') { $Context.Prompt } else { 'x' }
        })
        $prompt = ($results | Where-Object TaskName -eq 'second').Output
        $prompt | Should -Match "first"
        $prompt | Should -Match 'Go'
        $prompt | Should -Match 'BEGIN'
    }

    It 'skips the dependents of a failed task and reports the failure' {
        $provider = New-TeamProvider {
            param($Context)
            if ($Context.TaskName -eq 'second') { throw 'the helper broke' }
            'fine'
        }
        $results = $Chain | Start-TeamRun -Request 'Go' -Provider $provider `
            -ErrorVariable failures -ErrorAction SilentlyContinue
        ($results | Where-Object TaskName -eq 'first').Status | Should -Be 'Succeeded'
        $second = $results | Where-Object TaskName -eq 'second'
        $second.Status | Should -Be 'Failed'
        $second.Error | Should -Match 'the helper broke'
        $third = $results | Where-Object TaskName -eq 'third'
        $third.Status | Should -Be 'Skipped'
        $third.Error | Should -Match 'second'
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Match '^TaskFailed'
    }

    It 'keeps to the throttle limit' {
        $team = Get-TeamDefinition -Path $Corpus -Name devops-platform-engineering
        $provider = New-TeamProvider { param($Context) Start-Sleep -Milliseconds 300; 'ok' }
        $results = $team | Start-TeamRun -Request 'Go' -Provider $provider -ThrottleLimit 2
        # The most tasks running at one moment: a start adds one, an end takes one away.
        $moments = foreach ($result in $results) {
            [pscustomobject]@{ At = $result.StartTime; Change = 1 }
            [pscustomobject]@{ At = $result.EndTime; Change = -1 }
        }
        $running = 0
        $most = 0
        foreach ($moment in $moments | Sort-Object At, Change) {
            $running += $moment.Change
            $most = [Math]::Max($most, $running)
        }
        $most | Should -Be 2
    }

    It 'narrates each start and finish on the verbose stream' {
        $verbose = $Chain | Start-TeamRun -Request 'Go' -Verbose 4>&1 |
            Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $verbose.Message | Should -Contain "Starting task 'first' for member 'alpha'."
    }
}

Describe 'The limits of a run' {
    BeforeAll {
        New-AgentFile alpha | Out-Null
        New-AgentFile beta | Out-Null
        $script:Chain = Get-TeamDefinition (New-TeamFile chain $ChainTeam)
        $script:Marks = Join-Path $TestDrive 'marks'
        New-Item $Marks -ItemType Directory -Force | Out-Null
    }

    It 'tries a task again when its scriptblock throws a TransientException' {
        $provider = New-TeamProvider {
            param($Context)
            $mark = Join-Path $Context.Request $Context.TaskName
            if (-not (Test-Path $mark)) {
                New-Item $mark | Out-Null
                throw [TeamForge.TransientException]::new('rate limited')
            }
            'second time lucky'
        }
        $runs = Join-Path $TestDrive 'retry-runs'
        $results = $Chain | Start-TeamRun -Request $Marks -Provider $provider -MaxAttempts 2 `
            -RunPath $runs
        $results.Status | Should -Not -Contain 'Failed'
        $results.Attempts | Should -Be @(2, 2, 2)
        $events = Get-Content (Join-Path (Get-TeamRun -RunPath $runs).Path 'events.jsonl') |
            ConvertFrom-Json
        @($events | Where-Object type -eq 'task-retrying').Count | Should -Be 3
    }

    It 'does not try a task again after a permanent failure' {
        $provider = New-TeamProvider { param($Context) throw 'broken for good' }
        $results = $Chain | Start-TeamRun -Request 'Go' -Provider $provider -MaxAttempts 3 `
            -ErrorAction SilentlyContinue
        ($results | Where-Object TaskName -eq 'first').Attempts | Should -Be 1
    }

    It 'cancels a task past -TaskTimeout with the reason TimedOut' {
        $provider = New-TeamProvider {
            param($Context)
            if ($Context.TaskName -eq 'second') { Start-Sleep -Seconds 20 }
            'quick'
        }
        $results = $Chain | Start-TeamRun -Request 'Go' -Provider $provider `
            -TaskTimeout ([TimeSpan]::FromMilliseconds(500))
        $second = $results | Where-Object TaskName -eq 'second'
        $second.Status | Should -Be 'Cancelled'
        $second.Reason | Should -Be 'TimedOut'
        ($results | Where-Object TaskName -eq 'third').Status | Should -Be 'Skipped'
    }

    It 'cancels the other branches at the first failure with -FailFast' {
        $team = Get-TeamDefinition -Path $Corpus -Name entomology
        $provider = New-TeamProvider {
            param($Context)
            if ($Context.TaskName -eq 'identify-and-document') { throw 'no specimen' }
            Start-Sleep -Seconds 5
            'slow work'
        }
        $results = $team | Start-TeamRun -Request 'Go' -Provider $provider -FailFast `
            -ErrorAction SilentlyContinue
        $others = $results | Where-Object TaskName -in 'assess-ecological-context',
            'create-accessible-output'
        $others.Status | Should -Be @('Cancelled', 'Cancelled')
        $others.Reason | Should -Be @('FailFast', 'FailFast')
    }
}

Describe 'Teams whose members are bound at run time' {
    BeforeAll {
        New-AgentFile alpha | Out-Null
        New-AgentFile beta | Out-Null
        $text = $ChainTeam -replace 'assignee: beta', 'assignee: any' `
            -replace 'name: chain', 'name: placeholder'
        $script:PlaceholderTeam = Get-TeamDefinition (New-TeamFile placeholder $text)
    }

    It 'refuses to run an unbound placeholder and says how to bind it' {
        { $PlaceholderTeam | Start-TeamRun -Request 'Go' -ErrorAction Stop } |
            Should -Throw -ExpectedMessage '*-Bind*'
    }

    It 'runs once the placeholder is bound' {
        $results = $PlaceholderTeam | Start-TeamRun -Request 'Go' -Bind @{ any = 'beta' }
        ($results | Where-Object TaskName -eq 'second').Member | Should -Be 'beta'
    }

    It 'expands a variable member to the count asked for' {
        $team = Get-TeamDefinition -Path $Corpus -Name opaque-team
        $results = $team | Start-TeamRun -Request 'Go' -MemberCount 4
        ($results | Where-Object TaskName -like 'execute-subtasks*').Count | Should -Be 4
        $results.Status | Should -Not -Contain 'Failed'
    }
}

Describe 'Runs as PowerShell jobs' {
    BeforeAll {
        $script:Platform = Get-TeamDefinition
    }

    AfterEach {
        Get-Job | Where-Object PSJobTypeName -eq 'TeamForgeRun' | Remove-Job -Force
    }

    It 'runs in the background and gives its results to Receive-Job' {
        $provider = New-TeamProvider { param($Context) Start-Sleep -Milliseconds 200; 'done' }
        $job = $Platform | Start-TeamRun -Request 'Go' -Provider $provider -AsJob
        $job.PSJobTypeName | Should -Be 'TeamForgeRun'
        (Get-Job -Id $job.Id).InstanceId | Should -Be $job.InstanceId
        Wait-Job $job -Timeout 30 | Out-Null
        $job.State | Should -Be 'Completed'
        $results = Receive-Job $job
        $results.Count | Should -Be 5
        $results[0] -is [TeamForge.TaskResult] | Should -BeTrue
        $results | Merge-TeamDesign | ForEach-Object Team | Should -Be 'platform-engineering'
    }

    It 'cancels every running task on Stop-Job and ends Stopped' {
        $provider = New-TeamProvider { param($Context) Start-Sleep -Seconds 30; 'never' }
        $job = $Platform | Start-TeamRun -Request 'Go' -Provider $provider -AsJob
        Start-Sleep -Milliseconds 300
        $clock = [Diagnostics.Stopwatch]::StartNew()
        Stop-Job $job
        $clock.Elapsed.TotalSeconds | Should -BeLessThan 10
        $job.State | Should -Be 'Stopped'
        $results = Receive-Job $job
        $results.Status | Sort-Object -Unique | Should -Be 'Cancelled'
    }

    It 'shows a bar for the run and a child bar for each running task' {
        $provider = New-TeamProvider { param($Context) Start-Sleep -Milliseconds 200; 'done' }
        $job = $Platform | Start-TeamRun -Request 'Go' -Provider $provider -AsJob
        Wait-Job $job -Timeout 30 | Out-Null
        $run = $job.Progress | Where-Object ActivityId -eq 1
        $run[-1].RecordType | Should -Be 'Completed'
        $run.StatusDescription | Should -Contain '5/5 tasks done; running: none'
        $children = $job.Progress | Where-Object ParentActivityId -eq 1
        ($children.Activity | Sort-Object -Unique).Count | Should -Be 5
        $children.Activity | Should -Contain "Task 'design-core-platform'"
    }

    It 'ends Failed when a task failed' {
        $provider = New-TeamProvider {
            param($Context)
            if ($Context.TaskName -eq 'design-core-platform') { throw 'cluster down' }
            'done'
        }
        $job = $Platform | Start-TeamRun -Request 'Go' -Provider $provider -AsJob
        Wait-Job $job -Timeout 30 | Out-Null
        $job.State | Should -Be 'Failed'
        Receive-Job $job -ErrorVariable failures -ErrorAction SilentlyContinue | Out-Null
        $failures[0].FullyQualifiedErrorId | Should -Match 'TaskFailed'
        Remove-Job $job
        Get-Job -Id $job.Id -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }
}

Describe 'Plans and graphs' {
    It 'shows the plan with -WhatIf and runs and stores nothing' {
        $runs = Join-Path $TestDrive 'whatif-runs'
        $shown = Invoke-FreshPwsh "
            Import-Module '$ModuleManifest'
            `$results = Get-TeamDefinition | Start-TeamRun -Request 'Go' -RunPath '$runs' -WhatIf
            'results: ' + @(`$results).Count" | Out-String
        $shown | Should -Match "What if: Running team 'platform-engineering'"
        $shown | Should -Match 'Wave 1:'
        $shown | Should -Match 'integrate-platform-roadmap: platform-lead \(Lead\), model opus'
        $shown | Should -Match 'Critical path: design-core-platform -> integrate-platform-roadmap'
        $shown | Should -Match 'results: 0'
        Test-Path $runs | Should -BeFalse
    }

    It "shows under each task the model a chat provider would send it to" {
        $shown = Invoke-FreshPwsh "
            Import-Module '$ModuleManifest'
            `$chat = New-TeamProvider -Ollama -Model small -ModelMap @{ opus = 'large' }
            Get-TeamDefinition | Start-TeamRun -Request 'Go' -Provider `$chat -WhatIf" |
            Out-String
        $lead = "integrate-platform-roadmap: platform-lead \(Lead\), model opus"
        $asks = "asks: model 'large' at http://localhost:11434/v1, asked for the design's JSON"
        $shown | Should -Match "$lead.*\s+$asks"
        $shown | Should -Match "asks: model 'small' at "
    }

    It 'writes the task graph as Mermaid and as DOT' {
        $file = Join-Path $TestDrive 'graph.mmd'
        $mermaid = Get-TeamDefinition | Export-TeamGraph -OutFile $file
        $mermaid | Should -Match '(?m)^flowchart LR'
        $mermaid | Should -Match 'subgraph wave1'
        Get-Content $file -Raw | Should -Be $mermaid
        $dot = Get-TeamDefinition | Export-TeamGraph -Format Dot
        $dot | Should -Match '(?m)^digraph "platform-engineering" \{'
        ([regex]::Matches($dot, ' -> ')).Count | Should -Be 4
    }

    It "writes a stored run's timeline as the very gantt chart of its design" {
        $runs = Join-Path $TestDrive 'gantt-runs'
        $results = Get-TeamDefinition | Start-TeamRun -Request 'Design it' -RunPath $runs
        $run = Get-TeamRun -RunPath $runs

        $gantt = $run | Export-TeamGraph

        $gantt | Should -Match '(?m)^gantt$'
        ([regex]::Matches($gantt, '(?m) :done, t\d+, ')).Count | Should -Be 5
        ($results | Merge-TeamDesign).Markdown.Contains($gantt) | Should -BeTrue
    }

    It 'refuses a format that does not fit what is piped, before writing anything' {
        { Get-TeamDefinition | Export-TeamGraph -Format Gantt } |
            Should -Throw -ErrorId 'FormatDoesNotFitInput,*'
        $runs = Join-Path $TestDrive 'gantt-runs'
        { Get-TeamRun -RunPath $runs | Export-TeamGraph -Format Dot } |
            Should -Throw -ErrorId 'FormatDoesNotFitInput,*'
    }
}
