BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')

    # A listener as an OpenTelemetry exporter would register it, in the session's own
    # (default) load context.
    Add-Type -TypeDefinition @'
using System.Collections.Concurrent;
using System.Diagnostics;

public static class TeamForgeSpanCollector
{
    public static readonly ConcurrentQueue<Activity> Stopped = new ConcurrentQueue<Activity>();

    private static ActivityListener listener;

    public static void Start()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "TeamForge",
            Sample = (ref ActivityCreationOptions<ActivityContext> options) =>
                ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => Stopped.Enqueue(activity),
        };
        ActivitySource.AddActivityListener(listener);
    }
}
'@
    [TeamForgeSpanCollector]::Start()
}

Describe 'Run telemetry' {
    It 'shows a listener in the session one span for the run and one per task' {
        $results = Get-TeamDefinition | Start-TeamRun -Request 'Trace me'
        $spans = [TeamForgeSpanCollector]::Stopped.ToArray()
        $run = $spans | Where-Object { $_.GetTagItem('teamforge.run') -eq $results[0].RunId }
        $run | Should -HaveCount 1
        $tasks = $spans | Where-Object ParentSpanId -eq $run.SpanId
        $tasks.Count | Should -Be 5
        $tasks | ForEach-Object { $_.GetTagItem('teamforge.status') } | Sort-Object -Unique |
            Should -Be 'Succeeded'
        $tasks.ForEach({ $_.GetTagItem('teamforge.member') }) | Should -Contain 'platform-lead'
    }
}
