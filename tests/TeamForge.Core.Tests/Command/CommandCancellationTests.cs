using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.Execution;
using TeamForge.Planning;
using TeamForge.Tests.Parsing;
using TeamForge.Tests.Planning;

namespace TeamForge.Tests.Command
{
    public class CommandCancellationTests
    {
        [Fact]
        public async Task CancellationKillsTheChildAndTheGrandchild()
        {
            using (var folder = new TempFolder())
            using (var cancellation = new CancellationTokenSource())
            {
                var pids = Path.Combine(folder.Path, "pids");
                // The shell starts a grandchild, notes both ids, then waits on it.
                var provider = CommandRuns.Script(
                    "sleep 30 & echo \"$$ $!\" > \"$0.new\"; mv \"$0.new\" \"$0\"; wait", pids);
                var run = provider.RunAsync(CommandRuns.Context(), cancellation.Token);
                var ids = await ReadPids(pids);
                Assert.All(ids, id => Assert.True(CommandRuns.IsAlive(id), $"{id} not started"));
                var clock = Stopwatch.StartNew();

                cancellation.Cancel();

                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
                await WaitUntilGone(ids);
                Assert.All(ids, id => Assert.False(CommandRuns.IsAlive(id), $"{id} still runs"));
            }
        }

        [Fact]
        public async Task TokenCancelledBeforehandStartsNothing()
        {
            using (var folder = new TempFolder())
            {
                var marker = Path.Combine(folder.Path, "started");
                var provider = CommandRuns.Script("touch \"$0\"", marker);

                await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                    provider.RunAsync(CommandRuns.Context(), new CancellationToken(true)));

                Assert.False(File.Exists(marker));
            }
        }

        [Fact]
        public async Task CancelledRunEndsItsCommandTasksAsCancelled()
        {
            var team = new TeamBuilder("pair", "lead")
                .Member("lead", "Lead").Member("helper", "Helper")
                .Task("slow", "helper").Task("after", "lead", "slow")
                .Build();
            var library = TeamBuilder.LibraryFor(team);
            var plan = TaskPlanner.Plan(team, library, new PlanOptions());
            var provider = CommandRuns.Script("cat > /dev/null; sleep 30");
            using (var cancellation = new CancellationTokenSource(500))
            {
                var clock = Stopwatch.StartNew();

                var results = await new TeamRunner().RunAsync(plan,
                    new RunOptions { RunId = "run-1", Request = "Go", Library = library },
                    provider, null, cancellation.Token);

                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
                Assert.All(results, r => Assert.Equal(TaskResultStatus.Cancelled, r.Status));
                Assert.Equal("cancelled while it ran", results.First().Error);
            }
        }

        private static async Task<int[]> ReadPids(string path)
        {
            var clock = Stopwatch.StartNew();
            while (!File.Exists(path))
            {
                Assert.True(clock.Elapsed < CommandRuns.Limit, "the script never wrote its ids");
                await Task.Delay(20);
            }

            return File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(int.Parse).ToArray();
        }

        // A killed grandchild is reaped by whoever adopts it, which may take a moment.
        private static async Task WaitUntilGone(int[] ids)
        {
            var clock = Stopwatch.StartNew();
            while (ids.Any(CommandRuns.IsAlive) && clock.Elapsed < TimeSpan.FromSeconds(5))
            {
                await Task.Delay(50);
            }
        }
    }
}
