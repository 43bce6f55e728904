BeforeDiscovery {
    # The cases are read from the help the build wrote, so what is tested is what ships.
    # TestSetup.ps1 is dot-sourced in BeforeAll: it needs the test drive, which discovery
    # does not have yet.
    $manifest = Join-Path $PSScriptRoot '../../out/TeamForge/TeamForge.psd1'
    if (-not (Test-Path $manifest)) {
        throw "Build the module first: dotnet pwsh ./build.ps1 -Task Build"
    }
    Import-Module $manifest -Force -ErrorAction Stop

    $script:Cmdlets = foreach ($command in Get-Command -Module TeamForge | Sort-Object Name) {
        @{ Name = $command.Name }
    }
    $script:Examples = foreach ($command in Get-Command -Module TeamForge | Sort-Object Name) {
        $number = 1
        foreach ($example in (Get-Help $command.Name -Full).examples.example) {
            @{ Cmdlet = $command.Name; Number = $number; Code = $example.code }
            $number++
        }
    }
    $script:AboutTopics = @(
        'about_TeamForge', 'about_TeamForge_Definitions', 'about_TeamForge_Providers'
    ) | ForEach-Object { @{ Topic = $_ } }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')

    # -WhatIf and -Confirm are the cmdlet's own to describe, as in PowerShell's own help.
    $script:Common = [System.Management.Automation.Cmdlet]::CommonParameters +
        @('UseTransaction')

    function Get-OwnParameters {
        param([string] $Name)

        (Get-Command $Name).Parameters.Values | Where-Object Name -NotIn $Common
    }

    function Get-HelpText {
        # The text of a help description: the paragraphs Get-Help read from the MAML file.
        param($Description)

        (@($Description) | ForEach-Object Text) -join "`n"
    }

    function Invoke-HelpExample {
        # Runs an example's code as a user would type it: in a runspace of its own (none of
        # the test's variables or functions), in an empty folder, with the module imported.
        param([string] $Code, [string] $Folder)

        $state = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault()
        $state.ImportPSModule($ModuleManifest)
        $runspace = [runspacefactory]::CreateRunspace($state)
        $runspace.Open()
        $shell = [powershell]::Create($runspace)
        try {
            [void] $shell.AddCommand('Set-Location').AddParameter('LiteralPath', $Folder)
            [void] $shell.AddStatement().AddScript($Code)
            $output = $shell.Invoke()
            @{
                Output = $output
                Errors = @($shell.Streams.Error | ForEach-Object { $_.ToString() })
            }
        }
        finally {
            $shell.Dispose()
            $runspace.Dispose()
        }
    }
}

Describe 'The help of <Name>' -ForEach $Cmdlets {
    BeforeAll {
        $script:Help = Get-Help $Name -Full
    }

    It 'comes from the module''s help file' {
        $Help.ModuleName | Should -Be 'TeamForge'
        $Help.description | Should -Not -BeNullOrEmpty
    }

    It 'has a synopsis of its own' {
        # Without a help file Get-Help makes the synopsis from the syntax line.
        $Help.Synopsis | Should -Not -BeNullOrEmpty
        $Help.Synopsis | Should -Not -Match "^\s*$Name\s+\["
        $Help.Synopsis.Length | Should -BeGreaterThan 20
    }

    It 'has a description' {
        (Get-HelpText $Help.description).Length | Should -BeGreaterThan 80
    }

    It 'has at least two examples, each with code and an explanation' {
        $examples = @($Help.examples.example)
        $examples.Count | Should -BeGreaterOrEqual 2
        foreach ($example in $examples) {
            $example.code | Should -Not -BeNullOrEmpty
            Get-HelpText $example.remarks | Should -Not -BeNullOrEmpty
        }
    }

    It 'describes every parameter' {
        foreach ($parameter in Get-OwnParameters $Name) {
            $text = Get-HelpText (Get-Help $Name -Parameter $parameter.Name).description
            $text | Should -Not -BeNullOrEmpty -Because "-$($parameter.Name) needs help text"
        }
    }

    It 'lists exactly the cmdlet''s own parameters, with their types' {
        $own = @(Get-OwnParameters $Name)
        @($Help.parameters.parameter.name | Sort-Object) |
            Should -Be @($own.Name | Sort-Object)
        foreach ($parameter in $own) {
            $help = Get-Help $Name -Parameter $parameter.Name
            # An optional value (int?) is shown as the type it holds.
            $type = $parameter.ParameterType
            $shown = [Nullable]::GetUnderlyingType($type) ?? $type
            $help.parameterValue | Should -Be $shown.Name
            $help.type.name | Should -Be $shown.FullName
        }
    }

    It 'has one syntax line per parameter set, with the set''s parameters' {
        $command = Get-Command $Name
        $syntax = @($Help.syntax.syntaxItem)
        $syntax.Count | Should -Be $command.ParameterSets.Count
        foreach ($set in $command.ParameterSets) {
            $expected = @($set.Parameters.Name | Where-Object { $_ -notin $Common })
            $matching = $syntax | Where-Object {
                -not (Compare-Object @($_.parameter.name) $expected)
            }
            $matching | Should -Not -BeNullOrEmpty -Because "set '$($set.Name)' needs a line"
        }
    }

    It 'gives the pipeline input and the position the cmdlet declares' {
        foreach ($parameter in Get-OwnParameters $Name) {
            $help = Get-Help $Name -Parameter $parameter.Name
            $byValue = [bool] ($parameter.Attributes |
                Where-Object { $_ -is [Parameter] -and $_.ValueFromPipeline })
            $help.pipelineInput -match 'ByValue' | Should -Be $byValue
            $positional = [bool] ($parameter.Attributes |
                Where-Object { $_ -is [Parameter] -and $_.Position -ge 0 })
            $help.position -ne 'named' | Should -Be $positional
        }
    }

    It 'names the output types the cmdlet declares' {
        $declared = @((Get-Command $Name).OutputType.Type.FullName | Sort-Object -Unique)
        @($Help.returnValues.returnValue.type.name | Sort-Object) | Should -Be $declared
        foreach ($value in $Help.returnValues.returnValue) {
            Get-HelpText $value.description | Should -Not -BeNullOrEmpty
        }
    }
}

Describe 'Help example <Number> of <Cmdlet>' -ForEach $Examples {
    It 'runs as written, without an error' {
        $folder = New-Item (Join-Path $TestDrive "$Cmdlet-$Number") -ItemType Directory -Force
        $run = Invoke-HelpExample -Code $Code -Folder $folder.FullName
        $run.Errors | Should -BeNullOrEmpty
        $run.Output | Should -Not -BeNullOrEmpty -Because 'an example shows something'
    }
}

Describe 'The about topic <Topic>' -ForEach $AboutTopics {
    It 'is found when the module is imported from out/TeamForge' {
        $text = Invoke-FreshPwsh "
            Import-Module '$ModuleManifest' -ErrorAction Stop
            Get-Help $Topic | Out-String -Width 200"
        $LASTEXITCODE | Should -Be 0
        ($text -join "`n") | Should -Match "TOPIC\s+$Topic\s"
        ($text -join "`n") | Should -Match 'SHORT DESCRIPTION'
    }

    It 'is found when the module is imported from the repository root' {
        $root = Join-Path $RepoRoot 'TeamForge.psd1'
        $text = Invoke-FreshPwsh "
            Import-Module '$root' -ErrorAction Stop
            Get-Help $Topic | Out-String -Width 200"
        $LASTEXITCODE | Should -Be 0
        ($text -join "`n") | Should -Match "TOPIC\s+$Topic\s"
    }
}

Describe 'The help file' {
    It 'is read from the repository root too' {
        $root = Join-Path $RepoRoot 'TeamForge.psd1'
        $text = Invoke-FreshPwsh "
            Import-Module '$root' -ErrorAction Stop
            (Get-Help Start-TeamRun -Full).examples.example.Count"
        $LASTEXITCODE | Should -Be 0
        [int] ($text | Select-Object -Last 1) | Should -BeGreaterOrEqual 2
    }

    It 'is MAML with one command per exported cmdlet' {
        $path = Join-Path (Split-Path $ModuleManifest) 'en-US/TeamForge.dll-Help.xml'
        $xml = [xml] (Get-Content $path -Raw)
        $names = [System.Xml.XmlNamespaceManager]::new($xml.NameTable)
        $names.AddNamespace('msh', 'http://msh')
        $names.AddNamespace('command', 'http://schemas.microsoft.com/maml/dev/command/2004/10')
        $names.AddNamespace('maml', 'http://schemas.microsoft.com/maml/2004/10')
        $commands = $xml.SelectNodes('/msh:helpItems/command:command', $names)
        $documented = @($commands | ForEach-Object {
                $_.SelectSingleNode('command:details/command:name', $names).InnerText
            } | Sort-Object)
        $documented | Should -Be @((Get-Command -Module TeamForge).Name | Sort-Object)
        foreach ($command in $commands) {
            foreach ($part in 'maml:description', 'command:syntax', 'command:parameters',
                'command:inputTypes', 'command:returnValues', 'command:examples',
                'command:relatedLinks') {
                $command.SelectSingleNode($part, $names) | Should -Not -BeNullOrEmpty
            }
        }
    }
}

Describe 'Building the help' {
    BeforeAll {
        $script:BuildHelp = Join-Path $RepoRoot 'build/help/Build-Help.ps1'

        function Invoke-BuildHelp {
            # Runs the converter, in a pwsh of its own, on a copy of the help source that
            # the caller changes; its problems go to standard error, which is kept here.
            param([scriptblock] $Change)

            $source = Join-Path $TestDrive "help-$([guid]::NewGuid().ToString('N'))"
            Copy-Item (Join-Path $RepoRoot 'module/help') $source -Recurse
            & $Change $source
            $out = Join-Path $source 'out.xml'
            $pwsh = [Environment]::ProcessPath
            $hostArguments = @()
            if ((Split-Path $pwsh -Leaf) -like 'dotnet*') {
                $hostArguments = @(Join-Path $PSHOME 'pwsh.dll')
            }
            $text = & $pwsh @hostArguments -NoProfile -NonInteractive -File $BuildHelp `
                -ModulePath $ModuleManifest -SourcePath $source `
                -AboutPath (Join-Path $RepoRoot 'module/en-US') -OutFile $out 2>&1 |
                ForEach-Object { "$_" }
            @{ Code = $LASTEXITCODE; Text = $text -join "`n"; Out = $out }
        }
    }

    It 'fails and names the cmdlet and the parameter when a parameter has no help text' {
        $result = Invoke-BuildHelp {
            param($Source)
            $file = Join-Path $Source 'Get-TeamRun.md'
            $text = Get-Content $file -Raw
            $text -replace '(?s)### -RunPath.*?(?=## Inputs)', '' | Set-Content $file
        }
        $result.Code | Should -Be 1
        $result.Text | Should -Match 'Get-TeamRun: the parameter -RunPath has no help text'
        Test-Path $result.Out | Should -BeFalse
    }

    It 'fails when a cmdlet has no help source, and for a section of a parameter that is gone' {
        $result = Invoke-BuildHelp {
            param($Source)
            Remove-Item (Join-Path $Source 'New-TeamProvider.md')
            $file = Join-Path $Source 'Get-TeamAgent.md'
            (Get-Content $file -Raw) -replace '### -Name', '### -Names' | Set-Content $file
        }
        $result.Code | Should -Be 1
        $result.Text | Should -Match 'New-TeamProvider: the cmdlet has no help source'
        $result.Text | Should -Match 'Get-TeamAgent: the parameter -Name has no help text'
        $result.Text | Should -Match "'### -Names' documents a parameter Get-TeamAgent does not"
    }

    It 'fails for a cmdlet with fewer than two examples' {
        $result = Invoke-BuildHelp {
            param($Source)
            $file = Join-Path $Source 'Get-TeamSkill.md'
            $text = Get-Content $file -Raw
            $text -replace '(?s)### Read the procedure.*?(?=## Related links)', '' |
                Set-Content $file
        }
        $result.Code | Should -Be 1
        $result.Text | Should -Match 'Get-TeamSkill: the cmdlet has 1 example\(s\)'
    }

    It 'writes the same file as the build from the unchanged source' {
        $result = Invoke-BuildHelp { param($Source) }
        $result.Code | Should -Be 0
        $built = Join-Path (Split-Path $ModuleManifest) 'en-US/TeamForge.dll-Help.xml'
        Get-Content $result.Out -Raw | Should -Be (Get-Content $built -Raw)
    }
}
