BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')

    $packages = $env:TEAMFORGE_TEST_PACKAGES
    if (-not $packages) {
        $listing = & dotnet nuget locals global-packages --list
        $packages = ($listing -replace '^global-packages:\s*').Trim()
    }
    $script:OldYaml = Join-Path $packages 'yamldotnet/11.2.1/lib/netstandard2.1/YamlDotNet.dll'

    # What the other module does with its YamlDotNet 11, and what TeamForge does with its own.
    $script:UseOldYaml = "
        Add-Type -Path '$OldYaml'
        `$yaml = [YamlDotNet.Serialization.Deserializer]::new().Deserialize[object]('a: 1')
        `$version = [YamlDotNet.Serialization.Deserializer].Assembly.GetName().Version
        'old:' + `$version.Major + ':' + `$yaml['a']"
    $script:UseTeamForge = "
        Import-Module '$ModuleManifest' -ErrorAction Stop
        'teams:' + (Get-TeamDefinition -Path '$Corpus').Count"
}

Describe 'TeamForge beside a module with another YamlDotNet' {
    It 'works when the other module loaded its YamlDotNet first' {
        $output = Invoke-FreshPwsh ($UseOldYaml + "`n" + $UseTeamForge)
        $output | Should -Contain 'old:11:1'
        $output | Should -Contain 'teams:12'
    }

    It 'leaves the other module working when TeamForge loaded first' {
        $output = Invoke-FreshPwsh ($UseTeamForge + "`n" + $UseOldYaml)
        $output | Should -Contain 'teams:12'
        $output | Should -Contain 'old:11:1'
    }
}
