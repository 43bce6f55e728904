BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'The TeamForge module' {
    It 'exports exactly the documented cmdlets' {
        $names = (Get-Command -Module TeamForge).Name | Sort-Object
        $names | Should -Be @(
            'Export-TeamGraph', 'Get-TeamAgent', 'Get-TeamDefinition', 'Get-TeamRun',
            'Get-TeamSkill', 'Merge-TeamDesign', 'New-TeamProvider', 'Start-TeamRun',
            'Test-TeamDefinition')
    }

    It 'uses approved verbs only and shadows no well-known command' {
        $approved = (Get-Verb).Verb
        foreach ($command in Get-Command -Module TeamForge) {
            $command.Verb | Should -BeIn $approved
            $command.Name | Should -Not -Be 'Get-Team'
        }
    }

    It 'ships no System.Management.Automation.dll' {
        $files = Get-ChildItem (Split-Path $ModuleManifest) -Recurse -File
        $files.Name | Should -Not -Contain 'System.Management.Automation.dll'
        $files.Name | Should -Contain 'YamlDotNet.dll'
    }

    It 'loads its dependencies into its own load context, not the default one' {
        $team = Get-TeamDefinition
        $default = [System.Runtime.Loader.AssemblyLoadContext]::Default.Assemblies.GetName().Name
        $default | Should -Not -Contain 'YamlDotNet'
        $default | Should -Not -Contain 'Markdig'
        $default | Should -Not -Contain 'TeamForge.Core'
        $default | Should -Not -Contain 'Polly.Core'
        $core = $team.GetType().Assembly
        [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($core).Name |
            Should -Be 'TeamForge'
    }

    It 'names its public types for scripts' {
        [TeamForge.TaskResult].FullName | Should -Be 'TeamForge.TaskResult'
        [TeamForge.TransientException]::new('busy').Message | Should -Be 'busy'
        (Get-TeamDefinition) -is [TeamForge.TeamDefinition] | Should -BeTrue
    }

    It 'imports from the repository root after a build' {
        $manifest = Join-Path $RepoRoot 'TeamForge.psd1'
        $output = Invoke-FreshPwsh "
            Import-Module '$manifest' -ErrorAction Stop
            (Get-TeamDefinition).Name
            (Get-Help about_TeamForge | Out-String) -match 'TOPIC'"
        $LASTEXITCODE | Should -Be 0
        $output | Should -Contain 'platform-engineering'
        $output | Should -Contain 'True'
    }

    It 'has manifests that Test-ModuleManifest accepts, at the root and in the build' {
        Test-ModuleManifest (Join-Path $RepoRoot 'TeamForge.psd1') | Should -Not -BeNullOrEmpty
        $built = Test-ModuleManifest $ModuleManifest
        $built.RootModule | Should -Be 'TeamForge.dll'
        $built.ExportedCmdlets.Count | Should -Be 9
    }
}
