<#
.SYNOPSIS
    Builds, tests, demonstrates and benchmarks the TeamForge module.
.DESCRIPTION
    Build   compiles the cmdlet and core assemblies, lays the module out in out/TeamForge and
            makes its help from module/help (build/help/Build-Help.ps1).
    Test    packages, then runs the xunit and Pester suites; the last line is
            'N passed, N failed'.
    Package builds, then packs the module into out/packages/TeamForge.<version>.nupkg, which
            Install-PSResource and Save-PSResource install from a folder repository.
    Demo    builds, then runs the bundled platform-engineering team and writes out/demo/design.md.
    Bench   builds, then runs the benchmarks under bench/.
    Clean   removes out/ and the build folders.
.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 -Task Demo
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Package', 'Test', 'Demo', 'Bench', 'Clean')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = $PSScriptRoot
$out = Join-Path $root 'out'
$moduleOut = Join-Path $out 'TeamForge'

# What goes into the module folder: nothing else is copied, and a missing file fails the build.
$dependencyFiles = @(
    'TeamForge.Core.dll', 'YamlDotNet.dll', 'Markdig.dll', 'Polly.Core.dll',
    'System.Threading.RateLimiting.dll',
    'Microsoft.Bcl.AsyncInterfaces.dll', 'Microsoft.Bcl.TimeProvider.dll',
    'Microsoft.Extensions.AI.Abstractions.dll', 'Microsoft.Extensions.AI.OpenAI.dll',
    'OpenAI.dll', 'System.ClientModel.dll', 'System.Memory.Data.dll',
    'Anthropic.dll', 'Azure.AI.OpenAI.dll', 'Azure.Core.dll',
    'Microsoft.Extensions.Logging.Abstractions.dll',
    'Microsoft.Extensions.DependencyInjection.Abstractions.dll',
    'Microsoft.Extensions.Configuration.Abstractions.dll',
    'Microsoft.Extensions.Hosting.Abstractions.dll',
    'Microsoft.Extensions.Diagnostics.Abstractions.dll',
    'Microsoft.Extensions.FileProviders.Abstractions.dll',
    'Microsoft.Extensions.Options.dll', 'Microsoft.Extensions.Primitives.dll'
)
$moduleFiles = @(
    @{ Source = 'module/TeamForge.Format.ps1xml'; Target = 'TeamForge.Format.ps1xml' }
    @{
        Source = 'module/en-US/about_TeamForge.help.txt'
        Target = 'en-US/about_TeamForge.help.txt'
    }
    @{
        Source = 'module/en-US/about_TeamForge_Definitions.help.txt'
        Target = 'en-US/about_TeamForge_Definitions.help.txt'
    }
    @{
        Source = 'module/en-US/about_TeamForge_Providers.help.txt'
        Target = 'en-US/about_TeamForge_Providers.help.txt'
    }
)
# Made by the build from module/help/*.md and the built cmdlets (build/help/Build-Help.ps1).
$helpFile = 'en-US/TeamForge.dll-Help.xml'

function Invoke-Native {
    param([string] $FilePath, [string[]] $ArgumentList)

    & $FilePath @ArgumentList
    if ($LASTEXITCODE -ne 0) {
        throw "'$FilePath $($ArgumentList -join ' ')' exited with code $LASTEXITCODE."
    }
}

function Invoke-Build {
    $publish = Join-Path $root "src/TeamForge.PowerShell/bin/$Configuration/publish"
    Invoke-Native dotnet @('publish', (Join-Path $root 'src/TeamForge.PowerShell'),
        '-c', $Configuration, '-o', $publish, '--nologo', '-v', 'quiet')

    if (Test-Path $moduleOut) {
        Remove-Item $moduleOut -Recurse -Force
    }
    $dependencies = New-Item (Join-Path $moduleOut 'dependencies') -ItemType Directory -Force

    Copy-Item (Join-Path $publish 'TeamForge.dll') $moduleOut
    foreach ($file in $dependencyFiles) {
        $source = Join-Path $publish $file
        if (-not (Test-Path $source)) {
            throw "The build output lacks '$file'."
        }
        Copy-Item $source $dependencies
    }

    foreach ($file in $moduleFiles) {
        $target = Join-Path $moduleOut $file.Target
        New-Item (Split-Path $target) -ItemType Directory -Force | Out-Null
        Copy-Item (Join-Path $root $file.Source) $target
    }
    Copy-Item (Join-Path $root 'module/library') (Join-Path $moduleOut 'library') -Recurse

    # The manifest at the root nests the built one, so that help is found from either (it
    # is looked up beside the module that holds the cmdlets); the built one roots at the dll.
    $manifest = (Get-Content (Join-Path $root 'TeamForge.psd1') -Raw) -replace '(?m)^\s*#.*\n', ''
    $rootModule = "RootModule           = 'TeamForge.dll'`n" +
        "    FormatsToProcess     = @('TeamForge.Format.ps1xml')"
    $manifest = $manifest -replace "NestedModules\s*=\s*@\('out/TeamForge/TeamForge.psd1'\)",
        $rootModule
    Set-Content (Join-Path $moduleOut 'TeamForge.psd1') $manifest -NoNewline

    if (Get-ChildItem $moduleOut -Recurse -Filter 'System.Management.Automation.dll') {
        throw 'System.Management.Automation.dll must not ship with the module.'
    }
    Invoke-HelpBuild
    Write-Host "Built the module into '$moduleOut'."
}

# The help is made from the built cmdlets, so it is written last, by a pwsh of its own: the
# module it imports never stays loaded in this session.
function Invoke-HelpBuild {
    $arguments = @(
        '-ModulePath', (Join-Path $moduleOut 'TeamForge.psd1')
        '-SourcePath', (Join-Path $root 'module/help')
        '-AboutPath', (Join-Path $root 'module/en-US')
        '-OutFile', (Join-Path $moduleOut $helpFile)
    )
    & dotnet pwsh -NoProfile -NonInteractive -File (Join-Path $root 'build/help/Build-Help.ps1') `
        @arguments
    if ($LASTEXITCODE -ne 0) {
        throw 'The help source has problems (listed above); the module has no help file.'
    }
}

function Restore-TestTools {
    # Pester and the packages the tests load come from NuGet, never from a machine install.
    Invoke-Native dotnet @('restore', (Join-Path $root 'tests/tools/TestTools.csproj'),
        '--nologo', '-v', 'quiet')
    $cache = (& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', ''
    $cache.Trim()
}

function Invoke-XunitTests {
    $results = Join-Path $out 'test-results'
    Remove-Item $results -Recurse -Force -ErrorAction SilentlyContinue
    & dotnet test (Join-Path $root 'tests/TeamForge.Core.Tests') -c $Configuration --nologo `
        --logger 'trx;LogFileName=core.trx' --results-directory $results | Out-Host

    $trx = Join-Path $results 'core.trx'
    if (-not (Test-Path $trx)) {
        return @{ Passed = 0; Failed = 1 }
    }
    $counters = ([xml](Get-Content $trx -Raw)).TestRun.ResultSummary.Counters
    @{ Passed = [int]$counters.passed; Failed = [int]$counters.failed + [int]$counters.error }
}

function Invoke-PesterTests {
    $packages = Restore-TestTools
    $pester = Join-Path $packages 'pester/5.7.1/tools/Pester.psd1'
    $summary = Join-Path $out 'test-results/pester.json'
    $script = @"
Import-Module '$pester' -RequiredVersion 5.7.1
`$configuration = New-PesterConfiguration
`$configuration.Run.Path = '$(Join-Path $root 'tests')'
`$configuration.Run.PassThru = `$true
`$configuration.Output.Verbosity = 'Normal'
`$result = Invoke-Pester -Configuration `$configuration
@{ Passed = `$result.PassedCount; Failed = `$result.FailedCount + `$result.FailedBlocksCount } |
    ConvertTo-Json | Set-Content '$summary'
"@
    $env:TEAMFORGE_TEST_PACKAGES = $packages
    & dotnet pwsh -NoProfile -NonInteractive -Command $script | Out-Host
    if (-not (Test-Path $summary)) {
        return @{ Passed = 0; Failed = 1 }
    }
    $counts = Get-Content $summary -Raw | ConvertFrom-Json
    @{ Passed = [int]$counts.Passed; Failed = [int]$counts.Failed }
}

function Invoke-Test {
    Invoke-Package | Out-Null
    $xunit = Invoke-XunitTests
    $pester = Invoke-PesterTests
    $passed = $xunit.Passed + $pester.Passed
    $failed = $xunit.Failed + $pester.Failed
    Write-Host "xunit: $($xunit.Passed) passed, $($xunit.Failed) failed"
    Write-Host "pester: $($pester.Passed) passed, $($pester.Failed) failed"
    Write-Host "$passed passed, $failed failed"
    if ($failed -gt 0 -or $passed -eq 0) {
        exit 1
    }
}

# PSResourceGet, which comes with pwsh, packs the built folder as it would for a gallery.
function Invoke-Package {
    Invoke-Build
    $packages = Join-Path $out 'packages'
    Remove-Item $packages -Recurse -Force -ErrorAction SilentlyContinue
    New-Item $packages -ItemType Directory | Out-Null
    Import-Module Microsoft.PowerShell.PSResourceGet
    Compress-PSResource -Path $moduleOut -DestinationPath $packages
    $package = Get-ChildItem $packages -Filter 'TeamForge.*.nupkg' | Select-Object -First 1
    if (-not $package) {
        throw "Compress-PSResource wrote no package into '$packages'."
    }
    Write-Host "Packed the module into '$($package.FullName)'."
    Write-Output $package.FullName
}

function Invoke-Demo {
    Invoke-Build
    $design = Join-Path $out 'demo/design.md'
    $demoRequest = 'Design our internal developer platform: Kubernetes, CI/CD, GitOps, ' +
        'observability, ML serving and security from day one'
    $script = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$(Join-Path $moduleOut 'TeamForge.psd1')'
`$results = Get-TeamDefinition -Name platform-engineering |
    Start-TeamRun -Request '$demoRequest' -RunPath '$(Join-Path $out 'demo/runs')'
`$seconds = @{ Name = 'Seconds'; Expression = { '{0:0.00}' -f `$_.Duration.TotalSeconds } }
`$results | Format-Table TaskName, Member, Status, `$seconds -AutoSize | Out-Host
`$design = `$results | Merge-TeamDesign -OutFile '$design'
"Design of '`$(`$design.Team)': `$(`$design.Sections.Count) sections, " +
    "`$(`$design.OpenDecisions.Count) open decisions, `$(`$design.Roadmap.Count) roadmap phases."
"@
    & dotnet pwsh -NoProfile -NonInteractive -Command $script | Out-Host
    if ($LASTEXITCODE -ne 0 -or -not (Test-Path $design)) {
        throw 'The demo run did not write its design.'
    }
    Write-Output $design
}

function Invoke-Bench {
    Invoke-Build
    foreach ($bench in Get-ChildItem (Join-Path $root 'bench') -Filter '*.ps1') {
        & dotnet pwsh -NoProfile -NonInteractive -File $bench.FullName -ModulePath $moduleOut
        if ($LASTEXITCODE -ne 0) {
            throw "The benchmark '$($bench.Name)' failed."
        }
    }
}

switch ($Task) {
    'Build' { Invoke-Build }
    'Package' { Invoke-Package }
    'Test' { Invoke-Test }
    'Demo' { Invoke-Demo }
    'Bench' { Invoke-Bench }
    'Clean' {
        Remove-Item $out -Recurse -Force -ErrorAction SilentlyContinue
        Get-ChildItem $root -Directory -Recurse -Include bin, obj | Remove-Item -Recurse -Force
    }
}
