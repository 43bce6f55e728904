# Dot-sourced by every test file: imports the built module and names the shared folders.
$script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$script:ModuleManifest = Join-Path $RepoRoot 'out/TeamForge/TeamForge.psd1'
$script:Corpus = Join-Path $RepoRoot '../shared/corpus/agent-almanac'

if (-not (Test-Path $ModuleManifest)) {
    throw "Build the module first: dotnet pwsh ./build.ps1 -Task Build"
}
Import-Module $ModuleManifest -Force -ErrorAction Stop

# Two members, three tasks in a row: a sequential team whose tasks name no blocked_by.
$script:ChainTeam = @'
---
name: chain
description: Three tasks in a row
lead: alpha
coordination: sequential
members:
  - id: alpha
    role: Lead
    responsibilities: Starts and ends
  - id: beta
    role: Helper
    responsibilities: Helps
---

# Chain

<!-- CONFIG:START -->
```yaml
team:
  name: chain
  lead: alpha
  coordination: sequential
  members:
    - agent: alpha
      role: Lead
    - agent: beta
      role: Helper
  tasks:
    - name: first
      assignee: alpha
      description: Start the work
    - name: second
      assignee: beta
      description: Carry it on
    - name: third
      assignee: alpha
      description: Finish it
```
<!-- CONFIG:END -->
'@

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
