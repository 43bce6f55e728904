using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.Execution;
using TeamForge.Planning;
using TeamForge.Tests.Planning;

namespace TeamForge.Tests.Execution
{
    public class RunTelemetryTests
    {
        [Fact]
        public async Task ListenerSeesOneSpanForTheRunAndOnePerTaskAttempt()
        {
            var stopped = new ConcurrentBag<Activity>();
            using var listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == RunTelemetry.SourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) =>
                    ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = stopped.Add,
            };
            ActivitySource.AddActivityListener(listener);
            var team = new TeamBuilder("traced", "boss")
                .Member("boss", "Lead").Member("helper", "Helper")
                .Task("first", "helper").Task("second", "boss", "first")
                .Build();
            var plan = TaskPlanner.Plan(team, TeamBuilder.LibraryFor(team), new PlanOptions());
            var options = new RunOptions
            {
                RunId = "run-traced",
                Request = "r",
                Library = TeamBuilder.LibraryFor(team),
                RetryDelay = System.TimeSpan.FromMilliseconds(1),
            };

            await new TeamRunner().RunAsync(
                plan, options, new FlakyProvider(1, transient: true), null,
                CancellationToken.None);

            var run = stopped.Single(a => (string)a.GetTagItem("teamforge.run") == "run-traced");
            var attempts = stopped.Where(a => a.ParentSpanId == run.SpanId).ToList();
            Assert.Equal("traced", run.GetTagItem("teamforge.team"));
            Assert.Equal(4, attempts.Count);
            var first = attempts.Where(a => (string)a.GetTagItem("teamforge.task") == "first")
                .OrderBy(a => (int)a.GetTagItem("teamforge.attempt")).ToList();
            Assert.Equal(
                new object[] { 1, 2 }, first.Select(a => a.GetTagItem("teamforge.attempt")));
            Assert.Equal("Failed", first[0].GetTagItem("teamforge.status"));
            Assert.Equal("Succeeded", first[1].GetTagItem("teamforge.status"));
            Assert.Equal("helper", first[1].GetTagItem("teamforge.member"));
        }
    }
}
