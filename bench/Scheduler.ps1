<#
.SYNOPSIS
    Measures the scheduler side by side with its baselines, in one process.
.DESCRIPTION
    1. 1,000 no-op tasks without dependencies on the ScriptBlock provider, against
       ForEach-Object -Parallel over the same 1,000 scriptblocks at the same throttle.
    2. A chain of 1,000 tasks on a provider that does nothing: overhead per task.
    3. A random graph of 200 sleeping tasks: makespan over the critical path.
    4. 1,000 tasks each writing 100 KB: peak working set over the total output.
#>
param(
    [Parameter(Mandatory)]
    [string] $ModulePath,

    [int] $Throttle = 8
)

$ErrorActionPreference = 'Stop'
Import-Module (Join-Path (Resolve-Path $ModulePath) 'TeamForge.psd1')
$work = Join-Path ([IO.Path]::GetTempPath()) "teamforge-bench-$PID"
New-Item (Join-Path $work 'teams'), (Join-Path $work 'agents'), (Join-Path $work 'skills') `
    -ItemType Directory -Force | Out-Null
$agent = "---`nname: worker`ndescription: Works`n---`n`nWork.`n"
Set-Content (Join-Path $work 'agents/worker.md') $agent

function New-BenchTeam {
    # Writes a team of one member whose tasks wait on what $DependsOn gives for each index.
    param([string] $Name, [int] $Count, [scriptblock] $DependsOn)

    $tasks = foreach ($index in 0..($Count - 1)) {
        $waits = @(& $DependsOn $index) | ForEach-Object { "t$_" }
        $blocked = if ($waits) { "`n      blocked_by: [$($waits -join ', ')]" } else { '' }
        "    - name: t$index`n      assignee: worker`n      description: Task $index$blocked"
    }
    $text = "---`nname: $Name`ndescription: Bench`nlead: worker`ncoordination: parallel`n" +
        "members:`n  - id: worker`n    role: Lead`n    responsibilities: All`n---`n`n# $Name`n`n" +
        "<!-- CONFIG:START -->`n``````yaml`nteam:`n  name: $Name`n  lead: worker`n" +
        "  coordination: parallel`n  members:`n    - agent: worker`n      role: Lead`n" +
        "  tasks:`n$($tasks -join "`n")`n```````n<!-- CONFIG:END -->`n"
    $path = Join-Path $work "teams/$Name.md"
    Set-Content $path $text
    Get-TeamDefinition $path
}

function Measure-Seconds([scriptblock] $Action) {
    $clock = [Diagnostics.Stopwatch]::StartNew()
    & $Action | Out-Null
    $clock.Elapsed.TotalSeconds
}

$rows = [Collections.Generic.List[object]]::new()

# 1. Fan-out of no-op scriptblocks.
$wide = New-BenchTeam wide 1000 { }
$noop = New-TeamProvider { param($Context) 'ok' }
$wide | Start-TeamRun -Request 'warm up' -Provider $noop -ThrottleLimit $Throttle | Out-Null
$teamSeconds = Measure-Seconds {
    $wide | Start-TeamRun -Request 'go' -Provider $noop -ThrottleLimit $Throttle
}
$parallelSeconds = Measure-Seconds {
    1..1000 | ForEach-Object -Parallel { 'ok' } -ThrottleLimit $Throttle
}
$rows.Add([pscustomobject]@{
    Measure = '1,000 no-op tasks: ForEach-Object -Parallel / Start-TeamRun'
    Value = [Math]::Round($parallelSeconds / $teamSeconds, 2)
    Target = '>= 3'
    Met = $parallelSeconds / $teamSeconds -ge 3
    Detail = ("{0:0.00} s / {1:0.00} s" -f $parallelSeconds, $teamSeconds)
})

# 2. A chain: every task waits on the one before, so the scheduler's own work shows.
$chain = New-BenchTeam chain 1000 { param($i) if ($i -gt 0) { $i - 1 } }
$chainSeconds = Measure-Seconds {
    $chain | Start-TeamRun -Request 'go' -Provider (New-TeamProvider { param($c) '' }) `
        -ThrottleLimit $Throttle
}
$rows.Add([pscustomobject]@{
    Measure = '1,000-task chain (ScriptBlock provider): ms per task'
    Value = [Math]::Round($chainSeconds * 1000 / 1000, 3)
    Target = '< 1'
    Met = $chainSeconds -lt 1
    Detail = ("{0:0.00} s in all" -f $chainSeconds)
})

# 3. A random graph of sleeping tasks: how close the makespan comes to the critical path.
$random = [Random]::new(7)
$sleeps = 0..199 | ForEach-Object { 20 + $random.Next(0, 80) }
$graph = New-BenchTeam graph 200 {
    param($i)
    if ($i -gt 0) { 0..($random.Next(0, 3)) | ForEach-Object { $random.Next(0, $i) } |
        Sort-Object -Unique }
}
$longest = @{}
foreach ($task in $graph.Tasks) {
    $index = [int]$task.Name.Substring(1)
    $before = ($task.BlockedBy | ForEach-Object { $longest[$_] } | Measure-Object -Maximum).Maximum
    $longest[$task.Name] = [double]$before + $sleeps[$index]
}
$critical = ($longest.Values | Measure-Object -Maximum).Maximum / 1000
$sleeper = New-TeamProvider {
    param($Context)
    $index = [int]$Context.TaskName.Substring(1)
    Start-Sleep -Milliseconds ([int]$Context.Request.Split(',')[$index])
}
$request = $sleeps -join ','
# The first run opens the pool's runspaces; the second is the one measured.
$graph | Start-TeamRun -Request $request -Provider $sleeper -ThrottleLimit 200 | Out-Null
$graphResults = $graph | Start-TeamRun -Request $request -Provider $sleeper -ThrottleLimit 200
$makespan = (($graphResults.EndTime | Measure-Object -Maximum).Maximum -
    ($graphResults.StartTime | Measure-Object -Minimum).Minimum).TotalSeconds
$rows.Add([pscustomobject]@{
    Measure = '200-task random graph: makespan / critical path'
    Value = [Math]::Round($makespan / $critical, 3)
    Target = '<= 1.05 (+0.1 s)'
    Met = $makespan -le $critical * 1.05 + 0.1
    Detail = ("{0:0.00} s / {1:0.00} s" -f $makespan, $critical)
})

# 4. Large outputs: what the run holds against what it produced.
[GC]::Collect()
$before = [Diagnostics.Process]::GetCurrentProcess().WorkingSet64
$big = New-TeamProvider { param($Context) [string]::new([char]'x', 100KB) }
$peak = $before
$wide | Start-TeamRun -Request 'go' -Provider $big -ThrottleLimit $Throttle | ForEach-Object {
    $peak = [Math]::Max($peak, [Diagnostics.Process]::GetCurrentProcess().WorkingSet64)
} -End { }
$total = 1000 * 100KB
$rows.Add([pscustomobject]@{
    Measure = '1,000 x 100 KB outputs: peak memory growth / total output'
    Value = [Math]::Round(($peak - $before) / $total, 2)
    Target = '< 2'
    Met = ($peak - $before) / $total -lt 2
    Detail = ("{0:0} MB growth, {1:0} MB of output text" -f
        (($peak - $before) / 1MB), ($total / 1MB))
})

Remove-Item $work -Recurse -Force
$rows | Format-Table -AutoSize | Out-String -Width 150 | Write-Host
