BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')

    function New-AgentCliStub {
        # A stand-in for an agent CLI: a launcher (sh here, .cmd on Windows) that starts this
        # PowerShell on a script recording, per call, the arguments, the standard input and
        # the file a --system-prompt-file= argument names, as one JSON file; then it prints
        # an answer. The script reads its arguments from the process's command line, so that
        # none is taken for a parameter of pwsh or of the script.
        param([string] $Name)

        $folder = New-Item (Join-Path $TestDrive "stub-$Name") -ItemType Directory -Force
        $calls = New-Item (Join-Path $folder 'calls') -ItemType Directory -Force
        $recorder = Join-Path $folder 'record.ps1'
        Set-Content -LiteralPath $recorder -Value @"
`$line = [Environment]::GetCommandLineArgs()
`$at = [Array]::FindIndex(`$line, [Predicate[string]] { `$args[0] -like '*record.ps1' })
`$arguments = @(`$line | Select-Object -Skip (`$at + 1))
`$system = `$null
foreach (`$argument in `$arguments) {
    if (`$argument -like '--system-prompt-file=*') {
        `$system = Get-Content -Raw -LiteralPath `$argument.Substring(21)
    }
}
[ordered]@{
    Arguments = `$arguments
    Input = [Console]::In.ReadToEnd()
    System = `$system
} | ConvertTo-Json | Set-Content -LiteralPath (Join-Path '$calls' "`$([guid]::NewGuid()).json")
'answer from the stub'
"@
        $pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
        if ($IsWindows) {
            $launcher = Join-Path $folder "$Name.cmd"
            Set-Content -LiteralPath $launcher -Value "@`"$pwsh`" -NoProfile -File `"$recorder`" %*"
        }
        else {
            $launcher = Join-Path $folder $Name
            Set-Content -LiteralPath $launcher -Value @"
#!/usr/bin/env sh
exec '$pwsh' -NoProfile -File '$recorder' "`$@"
"@
            chmod +x $launcher
        }

        [pscustomobject]@{ Path = $launcher; Calls = $calls.FullName }
    }

    function Get-StubCall {
        # The recorded call whose standard input is the prompt of the named task.
        param($Stub, [string] $Task)

        $all = Get-ChildItem -LiteralPath $Stub.Calls -Filter *.json |
            ForEach-Object { Get-Content -Raw -LiteralPath $_.FullName | ConvertFrom-Json }
        @($all | Where-Object { $_.Input -match "# Your task: $Task\r?\n" })
    }

    function Get-Instructions {
        # An agent's instructions as its file has them, line ends as this system writes them.
        param([string] $Agent)

        (Get-TeamAgent -Name $Agent -LibraryPath $Corpus).Instructions.Trim()
    }

    $script:Team = Get-TeamDefinition -Path $Corpus -Name devops-platform-engineering
    $script:Request = 'Design the platform for our model teams'
    $script:Lead = 'devops-engineer'
    $script:Architect = 'senior-software-developer'
}

Describe 'New-TeamProvider -ClaudeCode' {
    BeforeAll {
        $script:Stub = New-AgentCliStub claude
        $script:Runs = Join-Path $TestDrive 'claude-runs'
        $provider = New-TeamProvider -ClaudeCode -Command $Stub.Path
        $script:Results = $Team | Start-TeamRun -Request $Request -Provider $provider -RunPath $Runs
        $script:RunFolder = (Get-TeamRun -RunPath $Runs).Path
    }

    It 'runs every task through the program, named as Claude Code' {
        $Results.Count | Should -Be 5
        $Results.Status | Sort-Object -Unique | Should -Be 'Succeeded'
        $Results.Provider | Sort-Object -Unique | Should -Be "Claude Code '$($Stub.Path)'"
        $Results.Output | Sort-Object -Unique | Should -Match '^answer from the stub\s*$'
    }

    It 'gives each task print mode, plain text, the mapped model, the tools and the file' {
        foreach ($result in $Results) {
            $agent = Get-TeamAgent -Name $result.Member -LibraryPath $Corpus
            $file = Join-Path $RunFolder "system/$($result.TaskName).md"
            $call = Get-StubCall $Stub $result.TaskName
            $call.Count | Should -Be 1
            $call[0].Arguments | Should -Be @(
                '-p', '--output-format=text', "--model=$($agent.Model)",
                "--system-prompt-file=$file", "--allowedTools=$($agent.Tools -join ',')")
        }
    }

    It 'sends the opus architect to opus with the tools its agent file lists' {
        $task = ($Results | Where-Object Member -eq $Architect).TaskName
        $arguments = (Get-StubCall $Stub $task)[0].Arguments
        $arguments | Should -Contain '--model=opus'
        $arguments | Should -Contain '--allowedTools=Read,Grep,Glob,Bash,WebFetch'
    }

    It 'writes the agent file''s instructions and core skills as the system prompt' {
        foreach ($result in $Results) {
            $system = (Get-StubCall $Stub $result.TaskName)[0].System
            $system.StartsWith((Get-Instructions $result.Member)) | Should -BeTrue
            $system | Should -Match '# Your core skills'
            $file = Join-Path $RunFolder "system/$($result.TaskName).md"
            Get-Content -Raw -LiteralPath $file | Should -Be $system
        }
    }

    It 'puts the task''s prompt on standard input, and the others'' outputs for the lead' {
        $integration = $Results | Where-Object IsIntegration
        $input_ = (Get-StubCall $Stub $integration.TaskName)[0].Input
        $input_ | Should -Match "^# Request\s+$Request"
        foreach ($upstream in $integration.DependsOn) {
            $input_ | Should -Match "BEGIN INPUT from task '$upstream'"
        }
        ([regex]::Matches($input_, 'answer from the stub')).Count | Should -Be 4
        $input_.Contains((Get-Instructions $Lead)) | Should -BeFalse
    }
}

Describe 'New-TeamProvider -Codex' {
    BeforeAll {
        $script:Stub = New-AgentCliStub codex
        $provider = New-TeamProvider -Codex -Command $Stub.Path
        $script:Results = $Team | Start-TeamRun -Request $Request -Provider $provider `
            -RunPath (Join-Path $TestDrive 'codex-runs')
    }

    It 'runs codex exec with the tier''s OpenAI model and the prompt read from input' {
        $Results.Status | Sort-Object -Unique | Should -Be 'Succeeded'
        foreach ($result in $Results) {
            $tier = (Get-TeamAgent -Name $result.Member -LibraryPath $Corpus).Model
            $model = @{ opus = 'gpt-5'; sonnet = 'gpt-5-mini' }[$tier]
            (Get-StubCall $Stub $result.TaskName)[0].Arguments |
                Should -Be @('exec', "--model=$model", '-')
        }
    }

    It 'puts the agent''s instructions on standard input ahead of the task' {
        foreach ($result in $Results) {
            $input_ = (Get-StubCall $Stub $result.TaskName)[0].Input
            $input_.StartsWith((Get-Instructions $result.Member)) | Should -BeTrue
            $input_ | Should -Match "(?s)# Your core skills.*\r?\n---\r?\n\r?\n# Request"
        }
        $integration = $Results | Where-Object IsIntegration
        ([regex]::Matches((Get-StubCall $Stub $integration.TaskName)[0].Input,
            'answer from the stub')).Count | Should -Be 4
    }

    It 'sends every member to the one -Model, with extra arguments before the -' {
        $stub = New-AgentCliStub codex-one
        $provider = New-TeamProvider -Codex -Command $stub.Path -Model gpt-5-codex `
            -ArgumentList '--sandbox', 'read-only'
        $results = $Team | Start-TeamRun -Request $Request -Provider $provider `
            -RunPath (Join-Path $TestDrive 'codex-one-runs')
        foreach ($result in $results) {
            (Get-StubCall $stub $result.TaskName)[0].Arguments |
                Should -Be @('exec', '--model=gpt-5-codex', '--sandbox', 'read-only', '-')
        }
    }
}

Describe 'New-TeamProvider -GeminiCli' {
    BeforeAll {
        $script:Stub = New-AgentCliStub gemini
        $provider = New-TeamProvider -GeminiCli -Command $Stub.Path `
            -ModelMap @{ opus = 'gemini-2.5-flash' }
        $script:Results = $Team | Start-TeamRun -Request $Request -Provider $provider `
            -RunPath (Join-Path $TestDrive 'gemini-runs')
    }

    It 'runs gemini -p with plain text and the model the map gives the tier' {
        $Results.Status | Sort-Object -Unique | Should -Be 'Succeeded'
        $Results.Provider | Sort-Object -Unique | Should -Be "Gemini CLI '$($Stub.Path)'"
        foreach ($result in $Results) {
            # The map's opus entry goes over the default; sonnet keeps the default's model.
            (Get-StubCall $Stub $result.TaskName)[0].Arguments | Should -Be @(
                '--output-format=text', '--model=gemini-2.5-flash', '-p',
                'Do the task described above.')
        }
    }

    It 'puts the agent''s instructions on standard input, then the task' {
        $task = ($Results | Where-Object Member -eq $Architect).TaskName
        $input_ = (Get-StubCall $Stub $task)[0].Input
        $input_.StartsWith((Get-Instructions $Architect)) | Should -BeTrue
        $input_ | Should -Match "# Your task: $task"
    }
}

Describe 'Start-TeamRun -WhatIf with an agent CLI' {
    It 'shows under each task the program and its quoted arguments, and runs nothing' {
        $stub = New-AgentCliStub claude-whatif
        $runs = Join-Path $TestDrive 'whatif-runs'
        $shown = Invoke-FreshPwsh "
            Import-Module '$ModuleManifest'
            `$claude = New-TeamProvider -ClaudeCode -Command '$($stub.Path)'
            `$team = Get-TeamDefinition -Path '$Corpus' -Name devops-platform-engineering
            `$team | Start-TeamRun -Request 'Go' -Provider `$claude -RunPath '$runs' -WhatIf
        " | Out-String

        $architect = $Team.Tasks | Where-Object Assignee -eq $Architect | Select-Object -First 1
        $file = Join-Path '<run folder>' "system/$($architect.Name).md"
        $expected = "runs: '$($stub.Path)' '-p' '--output-format=text' '--model=opus' " +
            "'--system-prompt-file=$file' '--allowedTools=Read,Grep,Glob,Bash,WebFetch'"
        $shown | Should -Match ([regex]::Escape($expected))
        $shown | Should -Match "system prompt file '.+': [\d,]+ characters, beginning '"
        $shown | Should -Match "standard input: the task's prompt \([\d,]+ characters, before"
        ([regex]::Matches($shown, "runs: '")).Count | Should -Be 5
        Test-Path $runs | Should -BeFalse
        Get-ChildItem -LiteralPath $stub.Calls | Should -BeNullOrEmpty
    }

    It 'shows a plain command''s arguments the same way' {
        $shown = Invoke-FreshPwsh "
            Import-Module '$ModuleManifest'
            `$echo = New-TeamProvider -Command /bin/echo -ArgumentList 'two words', '{task}'
            Get-TeamDefinition | Start-TeamRun -Request 'Go' -Provider `$echo -WhatIf
        " | Out-String
        $shown | Should -Match ([regex]::Escape(
            "runs: '/bin/echo' 'two words' 'integrate-platform-roadmap'"))
    }
}
