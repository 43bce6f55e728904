BeforeDiscovery {
    # Each case provokes one error as a user would; the record is checked alike for all.
    $script:Cases = @(
        @{ Id = 'TeamNotFound'; Do = { Get-TeamDefinition -Name no-such-team } }
        @{ Id = 'LibraryNotFound'; Do = {
                Get-TeamAgent -LibraryPath (Join-Path $TestDrive 'none')
            }
        }
        @{ Id = 'DefinitionNotFound'; Do = { Get-TeamAgent -Name no-such-agent } }
        @{ Id = 'RunNotFound'; Do = { Get-TeamRun -Id no-such-run -RunPath $TestDrive } }
        @{ Id = 'RunNotFound'; Do = { Start-TeamRun -Resume no-such-run -RunPath $TestDrive } }
        @{ Id = 'TeamPathIsFolder'; Do = { Start-TeamRun -Request 'x' -Path $TestDrive } }
        @{ Id = 'TaskFailed'; Do = {
                $failing = New-TeamProvider -ScriptBlock { throw 'No notes today.' }
                Get-TeamDefinition | Start-TeamRun -Request 'x' -Provider $failing `
                    -RunPath (Join-Path $TestDrive 'failing')
            }
        }
        @{ Id = 'OutFileIsFolder'; Do = {
                $runs = Join-Path $TestDrive 'r'
                Get-TeamDefinition | Start-TeamRun -Request 'x' -RunPath $runs |
                    Merge-TeamDesign -OutFile $TestDrive
            }
        }
        @{ Id = 'NoTaskResults'; Do = { @() | Merge-TeamDesign } }
        @{ Id = 'ApiKeyNotFound'; Do = {
                New-TeamProvider -OpenAI -Model m -ApiKeyVariable TEAMFORGE_NO_SUCH_VARIABLE
            }
        }
        @{ Id = 'ApiKeyTwice'; Do = {
                New-TeamProvider -Anthropic -ApiKey ([securestring]::new()) -ApiKeyVariable X
            }
        }
        @{ Id = 'VaultWithoutSecret'; Do = {
                New-TeamProvider -Anthropic -Vault TeamVault -ApiKey ([securestring]::new())
            }
        }
        @{ Id = 'InvalidChatProvider'; Do = {
                New-TeamProvider -OpenAI -Model m -ApiKey ([securestring]::new()) `
                    -BaseUri 'ftp://127.0.0.1/v1'
            }
        }
        @{ Id = 'WorkingDirectoryNotFound'; Do = {
                New-TeamProvider -Command pwsh -WorkingDirectory (Join-Path $TestDrive 'none')
            }
        }
        @{ Id = 'InvalidCommandProvider'; Do = {
                New-TeamProvider -Command pwsh -ArgumentList '{no-such-placeholder}'
            }
        }
        @{ Id = 'FormatDoesNotFitInput'; Do = {
                Get-TeamDefinition | Export-TeamGraph -Format Gantt
            }
        }
        @{ Id = 'InvalidPriceTable'; Do = {
                New-TeamProvider -Ollama -Model m -PriceTable @{ m = @{ Ouput = 1 } }
            }
        }
        @{ Id = 'DeploymentNotGiven'; Do = {
                New-TeamProvider -AzureOpenAI -Endpoint https://contoso.openai.azure.com `
                    -ApiKey ([securestring]::new())
            }
        }
        @{ Id = 'InvalidPriceTable'; Do = {
                New-TeamProvider -Ollama -Model m -PriceTable 'variable:/no-such-table'
            }
        }
        @{ Id = 'TF1001'; Do = { Get-TeamDefinition -Path (Join-Path $TestDrive 'no-such.md') } }
    )
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')

    function Get-ErrorRecord {
        # The first error the script writes or throws, as the record a user catches.
        param([scriptblock] $Script)
        try {
            $ErrorActionPreference = 'Stop'
            & $Script 3>$null | Out-Null
        }
        catch {
            return $_
        }
    }
}

Describe 'Every error record' {
    It '<Id> has its id, a category, a target and advice' -TestCases $Cases {
        $record = Get-ErrorRecord $Do

        $record | Should -Not -BeNullOrEmpty -Because "the case provokes $Id"
        $record.FullyQualifiedErrorId | Should -BeLike "$Id,*"
        $record.CategoryInfo.Category | Should -Not -Be 'NotSpecified'
        $record.TargetObject | Should -Not -BeNullOrEmpty
        $record.ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
    }

    It 'has advice of its own for every id the module raises' {
        $source = Get-ChildItem (Join-Path $RepoRoot 'src/TeamForge.PowerShell') -Recurse `
            -Filter '*.cs' | Get-Content -Raw
        $ids = [regex]::Matches(($source -join "`n"), '"([A-Z]\w+)",\s*ErrorCategory\.') |
            ForEach-Object { $_.Groups[1].Value } | Sort-Object -Unique
        $ids += 'InvalidPriceTable', 'SecretManagementNotFound', 'SecretNotFound'
        $errors = (Get-Module TeamForge).ImplementingAssembly.GetType(
            'TeamForge.PowerShell.Commands.Errors')
        $known = $errors.GetProperty('Ids').GetValue($null)
        $ids.Count | Should -BeGreaterThan 15
        foreach ($id in $ids | Sort-Object -Unique) {
            $known | Should -Contain $id -Because "'$id' needs a recommended action"
        }
    }
}
