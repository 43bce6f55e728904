# Dot-sourced by every test file: imports the built module and names the shared folders.
$script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$script:ModuleManifest = Join-Path $RepoRoot 'out/TeamForge/TeamForge.psd1'
$script:Corpus = Join-Path $RepoRoot '../shared/corpus/agent-almanac'

if (-not (Test-Path $ModuleManifest)) {
    throw "Build the module first: dotnet pwsh ./build.ps1 -Task Build"
}
Import-Module $ModuleManifest -Force -ErrorAction Stop

function New-TeamFile {
    # Writes a team file into a library folder (agents/, skills/, teams/) under TestDrive.
    param([string] $Name, [string] $Text, [string] $Library = (Join-Path $TestDrive 'lib'))

    foreach ($folder in 'agents', 'skills', 'teams') {
        New-Item (Join-Path $Library $folder) -ItemType Directory -Force | Out-Null
    }
    $path = Join-Path $Library "teams/$Name.md"
    Set-Content -Path $path -Value $Text -NoNewline
    $path
}

function New-AgentFile {
    param([string] $Name, [string] $Library = (Join-Path $TestDrive 'lib'))

    New-Item (Join-Path $Library 'agents') -ItemType Directory -Force | Out-Null
    $path = Join-Path $Library "agents/$Name.md"
    Set-Content -Path $path -Value @"
---
name: $Name
description: Test agent $Name
tools: [Read]
model: sonnet
skills: []
---

# $Name

You do what the task says.
"@
    $path
}

function Invoke-FreshPwsh {
    # Runs a command in a new pwsh -NoProfile, the same pwsh that runs the tests.
    param([string] $Command)

    $host_ = [Environment]::ProcessPath
    $here = (Get-Location).ProviderPath
    if ((Split-Path $host_ -Leaf) -like 'dotnet*') {
        & $host_ (Join-Path $PSHOME 'pwsh.dll') -NoProfile -NonInteractive `
            -WorkingDirectory $here -Command $Command
    }
    else {
        & $host_ -NoProfile -NonInteractive -WorkingDirectory $here -Command $Command
    }
}

# Runs are stored under the current location: keep them in the test drive.
Set-Location $TestDrive
