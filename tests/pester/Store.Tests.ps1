BeforeDiscovery {
    $script:KillPoints = @(1, 2, 3) | ForEach-Object { @{ After = $_ } }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')

    # Five tasks in a row; each logs its name to the file named by the request, then works.
    $script:ChainText = @'
---
name: relay
description: Five tasks in a row
lead: runner
coordination: sequential
members:
  - id: runner
    role: Lead
    responsibilities: Runs every leg
---

# Relay

<!-- CONFIG:START -->
```yaml
team:
  name: relay
  lead: runner
  coordination: sequential
  members:
    - agent: runner
      role: Lead
  tasks:
    - name: leg-1
      assignee: runner
      description: First leg
    - name: leg-2
      assignee: runner
      description: Second leg
    - name: leg-3
      assignee: runner
      description: Third leg
    - name: leg-4
      assignee: runner
      description: Fourth leg
    - name: leg-5
      assignee: runner
      description: Last leg
```
<!-- CONFIG:END -->
'@
    $script:LoggingScript = {
        param($Context)
        Add-Content -Path $Context.Request -Value $Context.TaskName
        Start-Sleep -Milliseconds 400
        "leg $($Context.TaskName) after [$($Context.Inputs.Output -join '|')]"
    }

    function New-Relay([string] $Library) {
        New-AgentFile runner -Library $Library | Out-Null
        Get-TeamDefinition (New-TeamFile relay $ChainText -Library $Library)
    }
}

Describe 'The run store' {
    BeforeAll {
        $script:Runs = Join-Path $TestDrive 'runs'
        $script:Relay = New-Relay (Join-Path $TestDrive 'lib')
        $script:Quick = New-TeamProvider { param($Context) "done $($Context.TaskName)" }
    }

    It 'keeps every run in a folder of its own that Get-TeamRun reads back' {
        $results = $Relay | Start-TeamRun -Request 'Go' -Provider $Quick -RunPath $Runs
        $run = Get-TeamRun -RunPath $Runs -Id $results[0].RunId
        $run.State | Should -Be 'Succeeded'
        $run.Team | Should -Be 'relay'
        $run.Tasks.Count | Should -Be 5
        Test-Path (Join-Path $run.Path 'run.json') | Should -BeTrue
        (Get-Content (Join-Path $run.Path 'events.jsonl')).Count | Should -BeGreaterThan 10
        (Get-ChildItem (Join-Path $run.Path 'tasks') -Filter '*.output.md').Count |
            Should -Be 5
        ($run | Merge-TeamDesign).Markdown | Should -Be ($results | Merge-TeamDesign).Markdown
    }

    It 'pauses before a task, passes on an output edited by hand, and resumes' {
        $results = $Relay | Start-TeamRun -Request 'Go' -Provider $Quick -RunPath $Runs `
            -StopBefore leg-3
        $id = $results[0].RunId
        ($results | Where-Object TaskName -eq 'leg-3').Reason | Should -Be 'Paused'
        (Get-TeamRun -RunPath $Runs -Id $id).State | Should -Be 'Paused'

        $output = Join-Path (Get-TeamRun -RunPath $Runs -Id $id).Path 'tasks/leg-2.output.md'
        Set-Content $output 'leg 2, rewritten by a person' -NoNewline
        $echo = New-TeamProvider { param($Context) "got [$($Context.Inputs.Output -join '|')]" }
        $resumed = Start-TeamRun -Resume $id -RunPath $Runs -Provider $echo

        $resumed.Count | Should -Be 5
        ($resumed | Where-Object TaskName -eq 'leg-2').Reused | Should -BeTrue
        ($resumed | Where-Object TaskName -eq 'leg-2').OutputEdited | Should -BeTrue
        ($resumed | Where-Object TaskName -eq 'leg-3').Output |
            Should -Be 'got [leg 2, rewritten by a person]'
        (Get-TeamRun -RunPath $Runs -Id $id).State | Should -Be 'Succeeded'
        $edited = 'leg-2 \(runner\)\s+Role: Lead\. Status: Succeeded\. Its output was edited'
        ($resumed | Merge-TeamDesign).Markdown | Should -Match $edited
    }

    It 'refuses to resume when the team file changed, says what changed, and -Force goes on' {
        $library = Join-Path $TestDrive 'changing'
        $relay = New-Relay $library
        $results = $relay | Start-TeamRun -Request 'Go' -Provider $Quick -RunPath $Runs `
            -StopBefore leg-5
        $id = $results[0].RunId
        $changed = $ChainText -replace 'name: leg-5', 'name: leg-five'
        Set-Content $relay.Path $changed -NoNewline

        { Start-TeamRun -Resume $id -RunPath $Runs -Provider $Quick -ErrorAction Stop } |
            Should -Throw -ExpectedMessage "*task 'leg-five' is new*"
        $forced = Start-TeamRun -Resume $id -RunPath $Runs -Provider $Quick -Force `
            -WarningAction SilentlyContinue
        ($forced | Where-Object TaskName -eq 'leg-five').Status | Should -Be 'Succeeded'
    }

    It 'resumes with the library the run started with, and warns of another provider' {
        # The team file alone, away from the corpus' agents and skills.
        $teams = Join-Path $TestDrive 'lone/teams'
        New-Item $teams -ItemType Directory -Force | Out-Null
        $file = Join-Path $teams 'devops-platform-engineering.md'
        Copy-Item (Join-Path $Corpus 'teams/devops-platform-engineering.md') $file
        $first = Get-TeamDefinition -Path $file -LibraryPath $Corpus |
            Start-TeamRun -Request 'Design it' -Provider $Quick -RunPath $Runs `
                -StopBefore integrate-platform-design -WarningVariable started
        $started | Should -BeNullOrEmpty

        $resumed = Start-TeamRun -Resume $first[0].RunId -RunPath $Runs `
            -WarningVariable warnings 3>$null

        $warnings.Count | Should -Be 1
        "$warnings" | Should -BeLike "*started on provider 'ScriptBlock provider'*Playbook*"
        $integration = $resumed | Where-Object TaskName -eq 'integrate-platform-design'
        $integration.Status | Should -Be 'Succeeded'
        $integration.Output | Should -Not -Match 'No skill library was given'
    }
}

Describe 'A run stopped as Ctrl+C stops it' {
    It 'cancels the running tasks, keeps what finished, and can be resumed' {
        $runs = Join-Path $TestDrive 'stopped'
        $relay = New-Relay (Join-Path $TestDrive 'lib')
        $shell = [PowerShell]::Create()
        $null = $shell.AddScript(@"
Import-Module '$ModuleManifest'
`$slow = New-TeamProvider {
    param(`$Context)
    if (`$Context.TaskName -eq 'leg-3') { Start-Sleep -Seconds 60 }
    'done'
}
Get-TeamDefinition '$($relay.Path)' | Start-TeamRun -Request 'Go' -Provider `$slow -RunPath '$runs'
"@)
        $invocation = $shell.BeginInvoke()
        $deadline = [DateTime]::UtcNow.AddSeconds(30)
        while (-not (Get-TeamRun -RunPath $runs -ErrorAction Ignore |
            Where-Object { $_.Tasks.Count -ge 2 }) -and [DateTime]::UtcNow -lt $deadline) {
            Start-Sleep -Milliseconds 100
        }
        Start-Sleep -Milliseconds 300
        $shell.Stop()
        $shell.Dispose()

        $run = Get-TeamRun -RunPath $runs
        $run.State | Should -Be 'Cancelled'
        ($run.Tasks | Where-Object TaskName -eq 'leg-3').Status | Should -Be 'Cancelled'
        @($run.Tasks | Where-Object Status -eq 'Succeeded').Count | Should -Be 2
        $quick = New-TeamProvider { param($Context) 'done' }
        $resumed = Start-TeamRun -Resume $run.Id -RunPath $runs -Provider $quick
        @($resumed | Where-Object Reused).Count | Should -Be 2
        $resumed.Status | Sort-Object -Unique | Should -Be 'Succeeded'
    }
}

Describe 'A run killed part-way' {
    BeforeAll {
        $script:Relay = New-Relay (Join-Path $TestDrive 'lib')
    }

    It 'reads back and resumes, running no finished task again (killed after <After>)' `
        -TestCases $KillPoints {
        param($After)
        $runs = Join-Path $TestDrive "runs-$After"
        $log = Join-Path $TestDrive "calls-$After.log"
        $script = @"
`$ProgressPreference = 'SilentlyContinue'
Import-Module '$ModuleManifest'
`$provider = New-TeamProvider { $LoggingScript }
Get-TeamDefinition '$($Relay.Path)' |
    Start-TeamRun -Request '$log' -Provider `$provider -RunPath '$runs' | Out-Null
"@
        # Encoded, since Start-Process passes its arguments on without quoting them.
        $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($script))
        $child = Start-Process -FilePath ([Environment]::ProcessPath) -PassThru `
            -ArgumentList (Join-Path $PSHOME 'pwsh.dll'), '-NoProfile', '-NonInteractive',
                '-EncodedCommand', $encoded
        $deadline = [DateTime]::UtcNow.AddSeconds(60)
        while ((-not (Test-Path $log) -or (Get-Content $log).Count -lt $After + 1) -and
            -not $child.HasExited -and [DateTime]::UtcNow -lt $deadline) {
            Start-Sleep -Milliseconds 50
        }
        $child.HasExited | Should -BeFalse -Because 'the run is killed before it ends'
        Stop-Process -Id $child.Id -Force
        $child.WaitForExit()

        $run = Get-TeamRun -RunPath $runs
        $run.State | Should -Be 'Running'
        $run.Interrupted | Should -BeTrue
        $finished = @($run.Tasks | Where-Object Status -eq 'Succeeded').TaskName
        $finished.Count | Should -BeGreaterOrEqual $After
        foreach ($task in $run.Tasks) {
            $task.Output | Should -Not -BeNullOrEmpty
        }

        $provider = New-TeamProvider $LoggingScript
        $resumed = Start-TeamRun -Resume $run.Id -RunPath $runs -Provider $provider
        $resumed.Status | Sort-Object -Unique | Should -Be 'Succeeded'
        (Get-TeamRun -RunPath $runs).State | Should -Be 'Succeeded'
        $calls = Get-Content $log | Group-Object -AsHashTable -AsString
        foreach ($task in $finished) {
            $calls[$task].Count | Should -Be 1 -Because "'$task' had succeeded before the kill"
        }
        $calls.Keys.Count | Should -Be 5
    }
}
