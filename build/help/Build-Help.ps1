<#
.SYNOPSIS
    Turns the help source (module/help/<Cmdlet>.md) into the module's MAML help file.
.DESCRIPTION
    Imports the built module, reads each exported cmdlet's metadata (parameter sets, types,
    positions, pipeline input, aliases, wildcards, defaults, input and output types) and its
    help source, checks that the source documents every one of those facts, and writes
    out/TeamForge/en-US/TeamForge.dll-Help.xml. Every problem found is printed, as
    file:line: message or as the cmdlet and parameter that lack help, and the script exits
    with 1 without writing the file. build.ps1 runs it in a pwsh of its own, so the module
    it imports never stays loaded in the build's session.
.EXAMPLE
    dotnet pwsh -File build/help/Build-Help.ps1 -ModulePath out/TeamForge/TeamForge.psd1 `
        -SourcePath module/help -AboutPath module/en-US `
        -OutFile out/TeamForge/en-US/TeamForge.dll-Help.xml
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $SourcePath,
    [Parameter(Mandatory)] [string] $AboutPath,
    [Parameter(Mandatory)] [string] $OutFile
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

. (Join-Path $PSScriptRoot 'HelpSource.ps1')
. (Join-Path $PSScriptRoot 'HelpMetadata.ps1')
. (Join-Path $PSScriptRoot 'HelpChecks.ps1')
. (Join-Path $PSScriptRoot 'MamlWriter.ps1')

$module = Import-Module $ModulePath -PassThru -Force
$cmdlets = @(Get-Command -Module $module.Name -CommandType Cmdlet | Sort-Object Name)
$aboutTopics = @(Get-ChildItem $AboutPath -Filter 'about_*.help.txt' |
        ForEach-Object { $_.Name -replace '\.help\.txt$', '' })
$problems = [System.Collections.Generic.List[string]]::new()

$sources = @(Get-ChildItem $SourcePath -Filter '*.md' | Where-Object BaseName -NE 'README')
foreach ($file in $sources | Where-Object BaseName -NotIn $cmdlets.Name) {
    $problems.Add("$($file.FullName): '$($file.BaseName)' is not a cmdlet of the module")
}

$commands = foreach ($cmdlet in $cmdlets) {
    $path = Join-Path $SourcePath "$($cmdlet.Name).md"
    if (-not (Test-Path $path)) {
        $problems.Add("$($cmdlet.Name): the cmdlet has no help source; write '$path'")
        continue
    }

    $source = Read-HelpSource -Path (Resolve-Path $path).Path
    $metadata = Get-HelpMetadata -Command $cmdlet
    $problems.AddRange([string[]] @(Test-HelpSource $source $metadata $aboutTopics))
    @{ Metadata = $metadata; Source = $source }
}

if ($problems.Count -gt 0) {
    [Console]::Error.WriteLine("The help source has $($problems.Count) problem(s):")
    foreach ($problem in $problems) {
        [Console]::Error.WriteLine("  $problem")
    }
    exit 1
}

New-Item (Split-Path $OutFile) -ItemType Directory -Force | Out-Null
Write-MamlHelp -Commands @($commands) -Path $OutFile
Write-Host "Wrote the help of $(@($commands).Count) cmdlets to '$OutFile'."
