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

    [int] $Rounds = 5
)

$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $ModulePath 'TeamForge.psd1')
$corpus = Join-Path $PSScriptRoot '../../shared/corpus/agent-almanac'
$files = Get-ChildItem $corpus -Recurse -Include '*.md' |
    Where-Object { $_.FullName -match '[\\/](agents|teams|skills)[\\/]' }

function Measure-Best([scriptblock] $Action) {
    $best = [double]::MaxValue
    for ($round = 0; $round -lt $Rounds; $round++) {
        $clock = [Diagnostics.Stopwatch]::StartNew()
        & $Action
        $best = [Math]::Min($best, $clock.Elapsed.TotalMilliseconds)
    }
    $best
}

$coldClock = [Diagnostics.Stopwatch]::StartNew()
$library = [TeamForge.Library.LibraryLoader]::Load($corpus)
$cold = $coldClock.Elapsed.TotalMilliseconds

$read = Measure-Best { foreach ($file in $files) { [IO.File]::ReadAllText($file.FullName) } }
$load = Measure-Best { [TeamForge.Library.LibraryLoader]::Load($corpus) | Out-Null }

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
