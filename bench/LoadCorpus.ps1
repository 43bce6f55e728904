<#
.SYNOPSIS
    Measures loading the whole corpus (agents, skills, teams) against reading its files.
.DESCRIPTION
    Both are measured side by side in one process, so the ratio holds across machines:
    the baseline reads every definition file's text; TeamForge parses and indexes them.
#>
param(
    [Parameter(Mandatory)]
    [string] $ModulePath,

    [int] $Rounds = 30
)

$ErrorActionPreference = 'Stop'
Import-Module (Join-Path (Resolve-Path $ModulePath) 'TeamForge.psd1')
$corpus = Join-Path $PSScriptRoot '../../shared/corpus/agent-almanac'
$files = @(
    Get-ChildItem (Join-Path $corpus 'agents') -Filter '*.md'
    Get-ChildItem (Join-Path $corpus 'teams') -Filter '*.md'
    Get-ChildItem (Join-Path $corpus 'skills') -Directory |
        ForEach-Object { Get-Item (Join-Path $_.FullName 'SKILL.md') -ErrorAction Ignore }
) | Where-Object { $_.Name -ne 'README.md' -and -not $_.FullName.Contains('_') }

function Measure-Best([scriptblock] $Action) {
    $best = [double]::MaxValue
    for ($round = 0; $round -lt $Rounds; $round++) {
        $clock = [Diagnostics.Stopwatch]::StartNew()
        & $Action | Out-Null
        $best = [Math]::Min($best, $clock.Elapsed.TotalMilliseconds)
    }
    $best
}

# The core lives in the module's own load context, out of reach of type literals.
$core = (Get-TeamDefinition)[0].GetType().Assembly
$loader = $core.GetType('TeamForge.Library.LibraryLoader')

$coldClock = [Diagnostics.Stopwatch]::StartNew()
$library = $loader::Load($corpus)
$cold = $coldClock.Elapsed.TotalMilliseconds

$read = Measure-Best { foreach ($file in $files) { [IO.File]::ReadAllText($file.FullName) } }
$load = Measure-Best { $loader::Load($corpus) | Out-Null }

[pscustomobject]@{
    Files          = $files.Count
    Agents         = $library.Agents.Count
    Skills         = $library.Skills.Count
    Teams          = $library.Teams.Count
    'Cold load ms' = [Math]::Round($cold, 1)
    'Warm load ms' = [Math]::Round($load, 1)
    'Read ms'      = [Math]::Round($read, 1)
    'Load / read'  = [Math]::Round($load / $read, 1)
} | Format-Table -AutoSize | Out-String | Write-Host
