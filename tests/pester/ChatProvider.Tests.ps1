BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')

    $script:ServerSource = Join-Path $PSScriptRoot 'ChatServer.cs'
    if (-not ('TeamForgeTests.ChatServer' -as [type])) {
        Add-Type -Path $ServerSource
    }

    $script:TeamName = 'devops-platform-engineering'
    $script:NoKey = [securestring]::new()

    function Get-Requests {
        # The server's recorded bodies, as objects.
        param($Server)
        $Server.Bodies.ToArray() | ForEach-Object { $_ | ConvertFrom-Json }
    }

    function Get-TaskOf {
        # The task a request was for, from the user message's heading.
        param($Request)
        $user = ($Request.messages | Where-Object role -eq 'user').content
        if ($user -match '(?m)^# Your task: (.+?)\r?$') { $Matches[1] }
    }
}

Describe 'New-TeamProvider -OpenAI on a corpus team, through the built module' {
    BeforeAll {
        $script:Server = [TeamForgeTests.ChatServer]::new()
        $script:Runs = Join-Path $TestDrive 'chat-runs'
        $script:Provider = New-TeamProvider -OpenAI -BaseUri $Server.BaseUri -Model test-model `
            -ApiKey $NoKey
        $script:Results = Get-TeamDefinition -Path $Corpus -Name $TeamName |
            Start-TeamRun -Request 'Design our platform' -Provider $Provider -RunPath $Runs
        $script:Requests = Get-Requests $Server
    }

    AfterAll {
        $Server.Dispose()
    }

    It 'runs every task through the server, one request each' {
        $Results.Count | Should -Be 5
        $Results.Status | Sort-Object -Unique | Should -Be 'Succeeded'
        $Requests.Count | Should -Be 5
        ($Requests | ForEach-Object { Get-TaskOf $_ } | Sort-Object) |
            Should -Be ($Results.TaskName | Sort-Object)
    }

    It "takes each streamed answer whole as the task's output" {
        foreach ($result in $Results | Where-Object { -not $_.IsIntegration }) {
            $result.Output | Should -BeExactly "## $($result.TaskName)`n`nDone by test-model.`n"
        }
    }

    It "renders the integrating task's JSON answer, asked for in the design's schema" {
        $integration = $Results | Where-Object IsIntegration
        $integration.Output | Should -BeLike '*: merged by test-model.*## Roadmap*### Phase 1*'
        $integration.Warnings | Should -BeNullOrEmpty
        $asked = $Requests | Where-Object { $null -ne $_.response_format }
        @($asked).Count | Should -Be 1
        Get-TaskOf $asked | Should -Be $integration.TaskName
        $asked.response_format.json_schema.name | Should -Be 'team_design'
    }

    It 'reports the model and the tokens the server counted' {
        $Results.Model | Sort-Object -Unique | Should -Be 'test-model'
        $Results.InputTokens | Sort-Object -Unique | Should -Be 100
        $Results.OutputTokens | Sort-Object -Unique | Should -Be 20
        $Results.CachedTokens | Sort-Object -Unique | Should -Be 10
    }

    It "sends each member its agent file's instructions as the system message" {
        foreach ($request in $Requests) {
            $result = $Results | Where-Object TaskName -eq (Get-TaskOf $request)
            $agent = Get-TeamAgent -Name $result.Member -LibraryPath $Corpus
            $system = ($request.messages | Where-Object role -eq 'system').content
            $system.StartsWith($agent.Instructions.Trim()) | Should -BeTrue
            $request.model | Should -Be 'test-model'
            $request.stream | Should -BeTrue
        }
    }

    It "hands the integrating task the others' outputs, each in its named block" {
        $integration = $Requests | Where-Object { (Get-TaskOf $_) -eq 'integrate-platform-design' }
        $user = ($integration.messages | Where-Object role -eq 'user').content
        foreach ($upstream in $Results | Where-Object { -not $_.IsIntegration }) {
            $fence = "----- BEGIN INPUT from task '$($upstream.TaskName)' " +
                "(member '$($upstream.Member)') -----"
            $user | Should -BeLike "*$fence`n$($upstream.Output.Trim())`n----- END INPUT -----*"
        }
    }

    It 'stores the model and tokens with each result and reads them back' {
        $stored = Get-TeamRun -RunPath $Runs
        $stored.Provider | Should -Be $Provider.Name
        $resultFiles = Get-ChildItem (Join-Path $stored.Path 'tasks') -Filter '*.result.json'
        $resultFiles.Count | Should -Be 5
        foreach ($file in $resultFiles) {
            $json = Get-Content $file.FullName -Raw | ConvertFrom-Json
            $json.model | Should -Be 'test-model'
            $json.inputTokens | Should -Be 100
        }
    }

    It 'merges the answers into the design' {
        $design = $Results | Merge-TeamDesign
        $design.Team | Should -Be $TeamName
        $design.Markdown | Should -Match 'Done by test-model'
        $design.IntegrationPoints | Should -Be 'Pipelines deploy through GitOps.'
        $design.Roadmap.Name | Should -Be 'Phase 1: Foundation', 'Phase 2: Paths'
    }
}

Describe 'Request limits and live token progress of a provider that runs share' {
    BeforeAll {
        $script:Server = [TeamForgeTests.ChatServer]::new()
        # Each answer takes a while, so that requests the limit let through would overlap.
        $Server.PauseMilliseconds = 40
        $script:Shared = New-TeamProvider -OpenAI -BaseUri $Server.BaseUri -Model test-model `
            -ApiKey $NoKey -MaxConcurrency 1
        $team = Get-TeamDefinition -Path $Corpus -Name $TeamName
        $script:Jobs = 1..2 | ForEach-Object {
            $team | Start-TeamRun -Request "Design platform $_" -Provider $Shared -AsJob `
                -RunPath (Join-Path $TestDrive "shared-$_")
        }
        $null = $Jobs | Wait-Job -Timeout 120
        $script:Progress = @($Jobs | ForEach-Object { $_.Progress })
        $script:Verbose = @($Jobs | ForEach-Object { $_.Verbose.Message })
        $script:Results = @($Jobs | Receive-Job)
    }

    AfterAll {
        $Jobs | Remove-Job -Force
        $Server.Dispose()
    }

    It 'never has two requests in flight at the server, over both runs' {
        $Jobs.State | Should -Be 'Completed', 'Completed'
        $Results.Count | Should -Be 10
        $Server.Bodies.Count | Should -Be 10
        $Server.MaxInFlight | Should -Be 1
        $Shared.Limits.MaxConcurrency | Should -Be 1
    }

    It 'says in the verbose stream which tasks wait for the slot' {
        $waits = $Verbose -like "Task '*' is waiting for a request slot ('1' requests at once)."
        $waits.Count | Should -BeGreaterThan 0
    }

    It "shows the tokens received on each task's progress bar, estimated and then counted" {
        $tasks = $Progress | Where-Object ParentActivityId -eq 1
        $counted = $tasks | Where-Object StatusDescription -eq 'Receiving: 20 tokens'
        ($counted.Activity | Sort-Object -Unique).Count | Should -Be 5
        $estimated = $tasks.StatusDescription -match '^Receiving: about \d+ tokens'
        $estimated.Count | Should -BeGreaterThan 0
    }

    It 'lets the same runs overlap their requests without the limit' {
        $free = New-TeamProvider -OpenAI -BaseUri $Server.BaseUri -Model test-model `
            -ApiKey $NoKey
        $before = $Server.MaxInFlight
        $team = Get-TeamDefinition -Path $Corpus -Name $TeamName
        $unlimited = 1..2 | ForEach-Object {
            $team | Start-TeamRun -Request "Design platform $_" -Provider $free -AsJob `
                -RunPath (Join-Path $TestDrive "free-$_")
        }
        $null = $unlimited | Wait-Job -Timeout 120
        $unlimited | Remove-Job -Force
        $before | Should -Be 1
        $Server.MaxInFlight | Should -BeGreaterThan 1
    }
}

Describe 'New-TeamProvider -<Kind> on a corpus team, through the built module' -ForEach @(
    @{ Kind = 'Anthropic'; Path = '/v1/messages'; KeyHeader = $false }
    @{ Kind = 'AzureOpenAI'; Path = '/openai/deployments/test-model/chat/completions'
        KeyHeader = $true }
    @{ Kind = 'Ollama'; Path = '/v1/chat/completions'; KeyHeader = $false }
) {
    BeforeAll {
        $script:Server = [TeamForgeTests.ChatServer]::new()
        $script:Key = 'sk-kind-' + [guid]::NewGuid().ToString('N')
        $secure = ConvertTo-SecureString $Key -AsPlainText -Force
        $made = @{ ApiKey = $secure; ModelMap = @{ opus = 'test-model'; sonnet = 'test-model' } }
        $script:Provider = switch ($Kind) {
            'Anthropic' { New-TeamProvider -Anthropic -BaseUri $Server.Root @made }
            'AzureOpenAI' { New-TeamProvider -AzureOpenAI -Endpoint $Server.Root @made }
            # Ollama takes no key: the library sends its placeholder.
            'Ollama' {
                $script:Key = 'no-key'
                New-TeamProvider -Ollama -BaseUri $Server.BaseUri -Model test-model
            }
        }
        $script:Results = Get-TeamDefinition -Path $Corpus -Name $TeamName |
            Start-TeamRun -Request 'Design our platform' -Provider $Provider `
                -RunPath (Join-Path $TestDrive "$Kind-runs")
        $script:Requests = Get-Requests $Server
    }

    AfterAll {
        $Server.Dispose()
    }

    It 'runs every task through the server with the answer as its output' {
        $Results.Count | Should -Be 5
        $Results.Status | Sort-Object -Unique | Should -Be 'Succeeded'
        $Server.Paths.ToArray() | Sort-Object -Unique | Should -Be $Path
        foreach ($result in $Results) {
            $expected = if ($result.IsIntegration) { '*merged by test-model.*## Roadmap*' }
            else { "## $($result.TaskName)`n`nDone by test-model.`n" }
            $result.Output | Should -BeLike $expected
            $result.Provider | Should -Be $Provider.Name
        }
    }

    It 'reports the model and the tokens, the cached ones among the input' {
        $Results.Model | Sort-Object -Unique | Should -Be 'test-model'
        $Results.InputTokens | Sort-Object -Unique | Should -Be 100
        $Results.OutputTokens | Sort-Object -Unique | Should -Be 20
        $Results.CachedTokens | Sort-Object -Unique | Should -Be 10
    }

    It "sends each member its agent file's instructions as the system prompt" {
        foreach ($request in $Requests) {
            $task = if ($Kind -eq 'Anthropic') {
                $request.messages[0].content[0].text -match '(?m)^# Your task: (.+?)\r?$' |
                    Out-Null
                $Matches[1]
            }
            else { Get-TaskOf $request }
            $result = $Results | Where-Object TaskName -eq $task
            $agent = Get-TeamAgent -Name $result.Member -LibraryPath $Corpus
            $system = if ($Kind -eq 'Anthropic') { $request.system[0].text }
            else { ($request.messages | Where-Object role -eq 'system').content }
            $system.StartsWith($agent.Instructions.Trim()) | Should -BeTrue
        }
    }

    It 'sends the key in the header its service reads' {
        if ($KeyHeader) {
            $Server.KeyHeaders.ToArray() | Sort-Object -Unique | Should -Be $Key
        }
        else {
            $Server.Authorizations.ToArray() | Sort-Object -Unique | Should -Be "Bearer $Key"
        }
    }
}

Describe 'New-TeamProvider -Secret' {
    BeforeAll {
        # A stand-in for Microsoft.PowerShell.SecretManagement, found first on the module
        # path: it serves one vault whose secrets are SecureStrings.
        $modules = Join-Path $TestDrive 'modules'
        $stub = Join-Path $modules 'Microsoft.PowerShell.SecretManagement'
        New-Item $stub -ItemType Directory -Force | Out-Null
        Set-Content (Join-Path $stub 'Microsoft.PowerShell.SecretManagement.psm1') @'
$script:Secrets = @{ 'team-key' = 'sk-vault-key-0123456789' }
function Get-Secret {
    [CmdletBinding()]
    param([Parameter(Mandatory)][string] $Name, [string] $Vault = 'LocalStore')
    if ($Vault -ne 'LocalStore' -or -not $script:Secrets.ContainsKey($Name)) {
        Write-Error "The secret $Name was not found in vault $Vault."
        return
    }
    ConvertTo-SecureString $script:Secrets[$Name] -AsPlainText -Force
}
'@
        $script:SavedPath = $env:PSModulePath
        $env:PSModulePath = $modules + [IO.Path]::PathSeparator + $env:PSModulePath
        $script:Server = [TeamForgeTests.ChatServer]::new()
    }

    AfterAll {
        $Server.Dispose()
        $env:PSModulePath = $SavedPath
        Remove-Module Microsoft.PowerShell.SecretManagement -ErrorAction SilentlyContinue
    }

    It 'reads the key from the vault and sends it, naming only the secret' {
        $made = New-TeamProvider -OpenAI -BaseUri $Server.BaseUri -Model test-model `
            -Secret team-key -Vault LocalStore -Verbose 4>&1
        $provider = $made | Where-Object { $_ -isnot [Management.Automation.VerboseRecord] }
        ($made | Where-Object { $_ -is [Management.Automation.VerboseRecord] }).Message |
            Should -BeLike "*the key comes from secret 'team-key' in vault 'LocalStore'*"
        $results = Get-TeamDefinition -Path $Corpus -Name $TeamName |
            Start-TeamRun -Request 'Design it' -Provider $provider `
                -RunPath (Join-Path $TestDrive 'vault-runs')
        $results.Status | Sort-Object -Unique | Should -Be 'Succeeded'
        $Server.Authorizations.ToArray() | Sort-Object -Unique |
            Should -Be 'Bearer sk-vault-key-0123456789'
        ($made | Out-String).Contains('sk-vault-key') | Should -BeFalse
    }

    It 'stops with SecretNotFound for a secret the vault does not have' {
        { New-TeamProvider -Anthropic -Secret no-such-key } |
            Should -Throw -ErrorId 'SecretNotFound,*' -ExpectedMessage "*'no-such-key'*"
    }

    It 'stops with SecretManagementNotFound when the module is not installed' {
        $env:PSModulePath = $SavedPath
        Remove-Module Microsoft.PowerShell.SecretManagement -ErrorAction SilentlyContinue
        try {
            if (Get-Module Microsoft.PowerShell.SecretManagement -ListAvailable) {
                Set-ItResult -Skipped -Because 'this machine has the real module installed'
                return
            }
            { New-TeamProvider -Anthropic -Secret team-key } |
                Should -Throw -ErrorId 'SecretManagementNotFound,*'
        }
        finally {
            $env:PSModulePath = $modules + [IO.Path]::PathSeparator + $SavedPath
        }
    }

    It 'refuses -Vault without -Secret' {
        { New-TeamProvider -Anthropic -Vault LocalStore -ApiKey $NoKey } |
            Should -Throw -ErrorId 'VaultWithoutSecret,*'
    }
}

Describe 'What a chat run costs, and a run that stops at -MaxCost' {
    BeforeAll {
        $script:Server = [TeamForgeTests.ChatServer]::new()
        $library = Join-Path $TestDrive 'cost-lib'
        $script:CostTeam = New-TeamFile chain $ChainTeam -Library $library
        New-AgentFile alpha -Library $library | Out-Null
        New-AgentFile beta -Library $library | Out-Null
        $script:CostRuns = Join-Path $TestDrive 'cost-runs'
        # The server counts 100 prompt tokens (10 of them cached) and 20 answer tokens per
        # task: (90 x 1000 + 10 x 100 + 20 x 2000) / 1,000,000 = $0.131 a task.
        $script:Priced = New-TeamProvider -OpenAI -BaseUri $Server.BaseUri -Model test-model `
            -ApiKey $NoKey -PriceTable @{
                'test-model' = @{ Input = 1000; Output = 2000; CachedInput = 100 }
            }
        $script:First = Start-TeamRun -Path $CostTeam -Request 'Go' -Provider $Priced `
            -RunPath $CostRuns -ThrottleLimit 1 -MaxCost 0.2 -WarningVariable limitWarnings `
            -WarningAction SilentlyContinue -Verbose 4>&1
        $script:LimitWarnings = $limitWarnings
        $script:FirstResults = @($First | Where-Object { $_ -is [TeamForge.TaskResult] })
        $script:RunId = $FirstResults[0].RunId
        $script:Paused = Get-TeamRun -Id $RunId -RunPath $CostRuns
        $script:Resumed = @(Start-TeamRun -Resume $RunId -RunPath $CostRuns -Provider $Priced `
            -MaxCost 1)
        $script:Stored = Get-TeamRun -Id $RunId -RunPath $CostRuns
    }

    AfterAll {
        $Server.Dispose()
    }

    It 'prices each task at the table given, cached tokens apart' {
        $ran = $FirstResults | Where-Object Status -eq 'Succeeded'
        $ran.TaskName | Should -Be @('first', 'second')
        $ran.Cost | Sort-Object -Unique | Should -Be 0.131
        $ran[0].Cost | Should -BeOfType [decimal]
    }

    It 'starts no task once the spend reaches the limit, with a reason a script can test' {
        $third = $FirstResults | Where-Object TaskName -eq 'third'
        $third.Status | Should -Be 'Skipped'
        $third.Reason | Should -Be 'CostLimit'
        $third.Error | Should -BeLike '*spend of $0.262*limit of $0.20 (-MaxCost)*'
        $third.Cost | Should -BeNullOrEmpty
        @($Server.Bodies.ToArray()).Count | Should -Be 3 -Because 'two tasks, then the resumed one'
    }

    It 'says so in one warning, and the stored run is paused' {
        $LimitWarnings.Count | Should -Be 1
        $LimitWarnings[0].Message |
            Should -BeLike "*reached its limit of `$0.20*before task 'third'*"
        $Paused.State | Should -Be 'Paused'
        $Paused.Cost | Should -Be 0.262
    }

    It 'writes the totals in the summary at the end of the run' {
        $summary = $First | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } |
            Select-Object -Last 1
        $summary.Message | Should -Be ("Run '$RunId' used 200 input tokens (20 cached), " +
            '40 output tokens; cost $0.262.')
    }

    It 'goes on when resumed with a higher limit, counting the reused results' {
        ($Resumed | Where-Object Reused).TaskName | Should -Be @('first', 'second')
        ($Resumed | Where-Object TaskName -eq 'third').Status | Should -Be 'Succeeded'
        $Stored.State | Should -Be 'Succeeded'
        $Stored.Options['maxCost'] | Should -Be '1'
    }

    It 'stores each cost with its result and totals them on the run and the design' {
        $Stored.Tasks.Cost | Should -Be @(0.131, 0.131, 0.131)
        $Stored.InputTokens | Should -Be 300
        $Stored.OutputTokens | Should -Be 60
        $Stored.CachedTokens | Should -Be 30
        $Stored.Cost | Should -Be 0.393
        $json = Get-Content (Join-Path $Stored.Path 'tasks/first.result.json') -Raw |
            ConvertFrom-Json
        $json.cost | Should -Be 0.131

        $design = $Stored | Merge-TeamDesign
        $design.Cost | Should -Be 0.393
        $design.InputTokens | Should -Be 300
        $design.Markdown | Should -Match ([regex]::Escape(
            '- Usage: 300 input tokens (30 cached), 60 output tokens; cost $0.393.'))
    }

    It 'shows the tokens and the cost in the table of results' {
        $table = $Resumed | Format-Table | Out-String -Width 200
        $table | Should -Match 'Tokens\s+Cost'
        $table | Should -Match '100/20\s+\$0\.131'
    }

    It 'warns once for each model that has no price, and leaves its Cost empty' {
        $unpriced = New-TeamProvider -OpenAI -BaseUri $Server.BaseUri -Model house-model `
            -ApiKey $NoKey
        $results = Start-TeamRun -Path $CostTeam -Request 'Go' -Provider $unpriced `
            -RunPath $CostRuns -MaxCost 0.01 -WarningVariable unpricedWarnings `
            -WarningAction SilentlyContinue
        $results.Status | Sort-Object -Unique | Should -Be 'Succeeded'
        $results.Count | Should -Be 3
        $results | Where-Object { $null -ne $_.Cost } | Should -BeNullOrEmpty
        $unpricedWarnings.Count | Should -Be 1
        $unpricedWarnings[0].Message | Should -BeLike "Model 'house-model' has no price*"
    }
}

Describe 'The API key stays secret with -<Kind>' -ForEach @(
    @{ Kind = 'OpenAI' }, @{ Kind = 'Anthropic' }, @{ Kind = 'AzureOpenAI' }
) {
    BeforeAll {
        $script:Key = 'sk-teamforge-' + [guid]::NewGuid().ToString('N')
        $env:TEAMFORGE_TEST_KEY = $Key
        $script:Server = [TeamForgeTests.ChatServer]::new()
        # The worst case: a server that echoes the whole key in its refusal.
        $Server.RefuseTask = 'design-platform-security'
        $Server.RefuseMessage = "Incorrect API key provided: $Key."
        $script:Runs = Join-Path $TestDrive "secret-runs-$Kind"
        $script:Where = switch ($Kind) {
            'OpenAI' { @{ BaseUri = $Server.BaseUri } }
            'Anthropic' { @{ BaseUri = $Server.Root } }
            'AzureOpenAI' { @{ Endpoint = $Server.Root } }
        }
        $kindSwitch = @{ $Kind = $true }

        $DebugPreference = 'Continue'
        $script:Made = New-TeamProvider @kindSwitch @Where -ModelMap @{ opus = 'test-model'
            sonnet = 'test-model' } -ApiKeyVariable TEAMFORGE_TEST_KEY -Verbose 4>&1 5>&1
        $script:Provider = $Made | Where-Object { $_.GetType().Name -eq 'ChatProvider' }
        $script:Streams = Get-TeamDefinition -Path $Corpus -Name $TeamName |
            Start-TeamRun -Request 'Design it' -Provider $Provider -RunPath $Runs -Verbose `
                -ErrorVariable runErrors -ErrorAction SilentlyContinue 4>&1 5>&1 6>&1
        $DebugPreference = 'SilentlyContinue'
        $script:RunErrors = $runErrors

        $secure = ConvertTo-SecureString $Key -AsPlainText -Force
        $script:FromSecure = New-TeamProvider @kindSwitch @Where `
            -ModelMap @{ opus = 'test-model' } -ApiKey $secure -Verbose 4>&1
    }

    AfterAll {
        $Server.Dispose()
        Remove-Item Env:TEAMFORGE_TEST_KEY -ErrorAction SilentlyContinue
    }

    It 'sends the key to the server, and the refusal reaches the results' {
        $sent = if ($Kind -eq 'AzureOpenAI') { $Server.KeyHeaders.ToArray() }
        else { $Server.Authorizations.ToArray() -replace '^Bearer ' }
        $sent | Sort-Object -Unique | Should -Be $Key
        $refused = $Streams | Where-Object { $_ -is [TeamForge.TaskResult] -and
            $_.TaskName -eq 'design-platform-security' }
        $refused.Status | Should -Be 'Failed'
        $refused.Error | Should -BeLike '*HTTP 401: Incorrect API key provided: `*`*`*.'
        $RunErrors.Count | Should -BeGreaterThan 0
    }

    It 'writes it to no stream, result, error record or provider text' {
        $text = @(
            $Made | Out-String
            $Made | Format-List * -Force | Out-String
            $Made | ConvertTo-Json -Depth 4 -WarningAction SilentlyContinue
            $Streams | Out-String
            $Streams | Format-List * -Force | Out-String
            $Streams | Where-Object { $_ -is [TeamForge.TaskResult] } | ConvertTo-Json -Depth 4
            $RunErrors | Format-List * -Force | Out-String
            $RunErrors | ForEach-Object { $_.Exception.ToString() }
            $FromSecure | Out-String
            $FromSecure | Format-List * -Force | Out-String
            $Provider.ToString()
        ) -join "`n"
        $text.Length | Should -BeGreaterThan 1000
        $text | Should -Match 'design-platform-security'
        $text.Contains($Key) | Should -BeFalse
    }

    It 'leaves no byte of it in the run folder' {
        $files = Get-ChildItem $Runs -Recurse -File
        $files.Name | Should -Contain 'run.json'
        $needle = [Text.Encoding]::UTF8.GetBytes($Key)
        foreach ($file in $files) {
            $bytes = [IO.File]::ReadAllBytes($file.FullName)
            $asText = [Text.Encoding]::Latin1.GetString($bytes)
            $asText.Contains([Text.Encoding]::Latin1.GetString($needle)) |
                Should -BeFalse -Because "$($file.Name) must not hold the key"
        }
    }
}

Describe 'New-TeamProvider -OpenAI and -Ollama settings' {
    # None of these providers is used: nothing here opens a connection.
    BeforeAll {
        $env:TEAMFORGE_TEST_KEY = 'sk-settings-only'
    }

    AfterAll {
        Remove-Item Env:TEAMFORGE_TEST_KEY -ErrorAction SilentlyContinue
    }

    It "defaults -Ollama to Ollama's OpenAI-compatible endpoint on this machine" {
        $provider = New-TeamProvider -Ollama -Model llama3.2
        $provider.Name | Should -Be 'Ollama at http://localhost:11434/v1'
        $provider.Model | Should -Be 'llama3.2'
        $provider.ModelMap.Count | Should -Be 0
    }

    It 'sends every tier to the default OpenAI models when no -Model is given' {
        $provider = New-TeamProvider -OpenAI -ApiKeyVariable TEAMFORGE_TEST_KEY
        $provider.Name | Should -Be 'OpenAI at https://api.openai.com/v1'
        $provider.Model | Should -BeNullOrEmpty
        $provider.ModelMap['opus'] | Should -Be 'gpt-5'
        $provider.ModelMap['sonnet'] | Should -Be 'gpt-5-mini'
        $provider.ModelMap['haiku'] | Should -Be 'gpt-5-nano'
    }

    It 'lays -ModelMap over the defaults, and -Model alone replaces them' {
        $mapped = New-TeamProvider -OpenAI -ApiKeyVariable TEAMFORGE_TEST_KEY `
            -ModelMap @{ sonnet = 'gpt-4.1' }
        $mapped.ModelMap['sonnet'] | Should -Be 'gpt-4.1'
        $mapped.ModelMap['opus'] | Should -Be 'gpt-5'

        $one = New-TeamProvider -OpenAI -ApiKeyVariable TEAMFORGE_TEST_KEY -Model gpt-4.1-mini
        $one.ModelMap.Count | Should -Be 0
        $one.ModelFor((Get-TeamAgent -Name devops-engineer -LibraryPath $Corpus)) |
            Should -Be 'gpt-4.1-mini'
    }

    It 'sends a given temperature, and none by default' {
        (New-TeamProvider -Ollama -Model m).Temperature | Should -BeNullOrEmpty
        (New-TeamProvider -Ollama -Model m -Temperature 0.2).Temperature |
            Should -BeGreaterThan 0.19
    }

    It 'refuses to start without a key and names the variable it looked in' {
        { New-TeamProvider -OpenAI -Model m -ApiKeyVariable TEAMFORGE_NO_SUCH_KEY } |
            Should -Throw -ErrorId 'ApiKeyNotFound,*' -ExpectedMessage "*'TEAMFORGE_NO_SUCH_KEY'*"
    }

    It 'refuses the key given two ways' {
        { New-TeamProvider -OpenAI -Model m -ApiKey $NoKey -ApiKeyVariable TEAMFORGE_TEST_KEY } |
            Should -Throw -ErrorId 'ApiKeyTwice,*'
    }

    It 'lays a price table file, JSON or PowerShell data, over the default table' {
        Set-Content (Join-Path $TestDrive 'prices.json') `
            '{ "models": { "house-model": { "Input": 2, "Output": 4 } } }'
        Set-Content (Join-Path $TestDrive 'prices.psd1') `
            "@{ 'house-model' = @{ Input = 3; Output = 6; CachedInput = 0.3 } }"
        $json = New-TeamProvider -Ollama -Model m -PriceTable (Join-Path $TestDrive 'prices.json')
        $data = New-TeamProvider -Ollama -Model m -PriceTable (Join-Path $TestDrive 'prices.psd1')
        $json.Prices.Find('house-model-2026-01-01').Output | Should -Be 4
        $data.Prices.Find('house-model').CachedInput | Should -Be 0.3
        $data.Prices.Find('gpt-5-mini').Input | Should -Be 0.25
        (New-TeamProvider -Ollama -Model m).Prices.Date | Should -Match '^\d{4}-\d{2}-\d{2}$'
        $claude = New-TeamProvider -Anthropic -ApiKeyVariable TEAMFORGE_TEST_KEY `
            -PriceTable @{ 'claude-sonnet-4-5' = @{ Input = 1; Output = 2 } }
        $claude.Prices.Find('claude-sonnet-4-5-20250929').Output | Should -Be 2
        foreach ($model in $claude.ModelMap.Values) {
            $claude.Prices.Find($model) | Should -Not -BeNullOrEmpty -Because "$model has a price"
        }
    }

    It 'names the file, the entry and the problem of a bad price table, with no stack trace' {
        $bad = Join-Path $TestDrive 'bad-prices.json'
        Set-Content $bad '{ "house-model": { "Input": 2, "Ouput": 4 } }'
        $failure = { New-TeamProvider -Ollama -Model m -PriceTable $bad -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidPriceTable,*' -PassThru
        $failure.Exception.Message | Should -Be ("The price table '$bad', entry 'house-model', " +
            "has an unknown key 'Ouput'; the keys are Input, Output and CachedInput.")
        ($failure | Out-String) | Should -Not -Match '\bat TeamForge\.'

        $code = Join-Path $TestDrive 'code-prices.psd1'
        Set-Content $code "@{ 'm' = @{ Input = (Get-Date).Second; Output = 1 } }"
        { New-TeamProvider -Ollama -Model m -PriceTable $code } |
            Should -Throw -ErrorId 'InvalidPriceTable,*' -ExpectedMessage "*'$code'*constant*"
        { New-TeamProvider -Ollama -Model m -PriceTable @{ m = @{ Output = 1 } } } |
            Should -Throw -ErrorId 'InvalidPriceTable,*' `
                -ExpectedMessage "*entry 'm', has no Input*"
        { New-TeamProvider -Ollama -Model m -PriceTable (Join-Path $TestDrive 'none.json') } |
            Should -Throw -ErrorId 'InvalidPriceTable,*' -ExpectedMessage '*does not exist*'
    }

    It 'refuses a base address that is not http or https' {
        { New-TeamProvider -OpenAI -Model m -ApiKey $NoKey -BaseUri 'ftp://127.0.0.1/v1' } |
            Should -Throw -ErrorId 'InvalidChatProvider,*'
    }
}

Describe "The chat provider beside pwsh's own Microsoft.Bcl.AsyncInterfaces" {
    It 'streams answers when the session loaded its copy first, and keeps its own' {
        $output = Invoke-FreshPwsh "
            `$ErrorActionPreference = 'Stop'
            `$first = [Reflection.Assembly]::Load('Microsoft.Bcl.AsyncInterfaces')
            'first:' + [Runtime.Loader.AssemblyLoadContext]::GetLoadContext(`$first).Name
            Add-Type -Path '$ServerSource'
            `$server = [TeamForgeTests.ChatServer]::new()
            try {
                Import-Module '$ModuleManifest'
                `$provider = New-TeamProvider -OpenAI -BaseUri `$server.BaseUri -Model m ``
                    -ApiKey ([securestring]::new())
                `$results = Get-TeamDefinition -Path '$Corpus' -Name $TeamName |
                    Start-TeamRun -Request 'Design it' -Provider `$provider ``
                        -RunPath '$(Join-Path $TestDrive 'fresh-runs')'
                'succeeded:' + @(`$results | Where-Object Status -eq 'Succeeded').Count
                `$module = [Runtime.Loader.AssemblyLoadContext]::All |
                    Where-Object Name -eq 'TeamForge'
                `$own = `$module.Assemblies |
                    Where-Object { `$_.GetName().Name -eq 'Microsoft.Bcl.AsyncInterfaces' }
                'own:' + (Split-Path (Split-Path `$own.Location) -Leaf)
            }
            finally { `$server.Dispose() }"
        $output | Should -Contain 'first:Default'
        $output | Should -Contain 'succeeded:5'
        $output | Should -Contain 'own:dependencies'
    }
}
