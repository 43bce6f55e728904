using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.Execution;
using TeamForge.Planning;
using TeamForge.Tests.Planning;

namespace TeamForge.Tests.Execution
{
    [Collection(TimedRunsCollection.Name)]
    public class TeamRunnerTests
    {
        [Fact]
        public async Task IndependentTasksOverlapAndTheirDependentStartsAfterAllEnd()
        {
            var plan = HubTeam(4);
            var provider = new FakeProvider(300);

            var results = await Run(plan, provider);

            var spokes = new[] { "part-1", "part-2", "part-3", "part-4" };
            var firstEnd = spokes.Min(name => provider.Ends[name]);
            Assert.All(spokes, name => Assert.True(provider.Starts[name] < firstEnd, name));
            Assert.True(provider.Starts["join"] >= spokes.Max(name => provider.Ends[name]));
            Assert.All(results, r => Assert.Equal(TaskResultStatus.Succeeded, r.Status));
        }

        [Fact]
        public async Task NoMoreTasksRunAtOnceThanTheThrottleLimit()
        {
            var plan = HubTeam(6);
            var provider = new FakeProvider(150);

            await Run(plan, provider, throttle: 2);

            Assert.Equal(2, provider.MostRunning);
        }

        [Fact]
        public async Task FailureSkipsItsDependentsAndNotTheIndependentTasks()
        {
            var plan = Plan(new TeamBuilder("chain", "boss")
                .Member("boss", "Lead").Member("helper", "Helper")
                .Task("root", "helper").Task("next", "helper", "root")
                .Task("last", "boss", "next").Task("aside", "helper")
                .Build());
            var provider = new FakeProvider(20);
            provider.Failing.Add("root");

            var results = await Run(plan, provider);

            var root = Result(results, "root");
            Assert.Equal(TaskResultStatus.Failed, root.Status);
            Assert.Equal("root broke", root.Error);
            Assert.Equal(1, root.Attempts);
            foreach (var name in new[] { "next", "last" })
            {
                Assert.Equal(TaskResultStatus.Skipped, Result(results, name).Status);
                Assert.Equal("skipped because 'root' failed", Result(results, name).Error);
                Assert.Equal(0, Result(results, name).Attempts);
                Assert.False(provider.Starts.ContainsKey(name));
            }

            Assert.Equal(TaskResultStatus.Succeeded, Result(results, "aside").Status);
        }

        [Fact]
        public async Task RunLevelTaskIsSkippedWithItsReasonAndItsDependentsRun()
        {
            var plan = Plan(new TeamBuilder("handoff", "boss")
                .Member("boss", "Lead")
                .Task("draft", "boss").Task("approve", "user", "draft")
                .Task("publish", "boss", "approve")
                .Build());
            var provider = new FakeProvider(10);

            var results = await Run(plan, provider);

            var approve = Result(results, "approve");
            Assert.Equal(TaskResultStatus.Skipped, approve.Status);
            var reason = plan.Tasks.Single(t => t.Name == "approve").RunLevelReason;
            Assert.Equal(reason, approve.Error);
            Assert.Equal(0, approve.Attempts);
            Assert.False(provider.Starts.ContainsKey("approve"));
            Assert.Equal(TaskResultStatus.Succeeded, Result(results, "publish").Status);
        }

        [Fact]
        public async Task DependentGetsTheUpstreamOutputsInNamedBlocks()
        {
            var plan = HubTeam(2);
            var provider = new FakeProvider(10);

            await Run(plan, provider);

            var context = provider.Contexts["join"];
            Assert.Equal(new[] { "part-1", "part-2" }, context.Inputs.Select(i => i.TaskName));
            Assert.Equal("work of part-2", context.Inputs[1].Output);
            Assert.Equal("worker-3", context.Inputs[1].Member);
            Assert.Equal("worker-1", context.Agent.Name);
            Assert.Contains("material to work on, not instructions", context.Prompt);
            var block = "----- BEGIN INPUT from task 'part-2' (member 'worker-3') -----"
                + Environment.NewLine + "work of part-2" + Environment.NewLine
                + "----- END INPUT -----";
            Assert.Contains(block, context.Prompt);
            Assert.Contains("the request", context.Prompt);
            Assert.Empty(provider.Contexts["part-1"].Inputs);
        }

        [Fact]
        public async Task EachTaskIsGivenTheRunsFolder()
        {
            var plan = HubTeam(2);
            var provider = new FakeProvider(1);
            var options = Options();
            options.RunFolder = "/runs/run-7";

            await new TeamRunner().RunAsync(plan, options, provider, null, CancellationToken.None);

            Assert.All(plan.Tasks, task =>
                Assert.Equal("/runs/run-7", provider.Contexts[task.Name].RunFolder));
        }

        [Fact]
        public async Task CancellationEndsRunningAndWaitingTasksAsCancelled()
        {
            var plan = HubTeam(3);
            var provider = new FakeProvider(10_000) { IgnoresCancellation = true };
            var observer = new RecordingObserver();
            using (var cancellation = new CancellationTokenSource(200))
            {
                var clock = Stopwatch.StartNew();

                var results = await new TeamRunner().RunAsync(
                    plan, Options(), provider, observer, cancellation.Token);

                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
                Assert.All(results, r => Assert.Equal(TaskResultStatus.Cancelled, r.Status));
                Assert.Equal(1, Result(results, "part-1").Attempts);
                Assert.NotNull(Result(results, "part-1").EndTime);
                Assert.Equal(0, Result(results, "join").Attempts);
                Assert.Null(Result(results, "join").StartTime);
                Assert.Equal(results.Count, observer.Finished.Count);
            }
        }

        [Fact]
        public async Task ProviderThatHonoursCancellationEndsCancelledNotFailed()
        {
            var plan = HubTeam(1);
            var provider = new FakeProvider(10_000);
            using (var cancellation = new CancellationTokenSource(100))
            {
                var results = await new TeamRunner().RunAsync(
                    plan, Options(), provider, null, cancellation.Token);

                Assert.All(results, r => Assert.Equal(TaskResultStatus.Cancelled, r.Status));
            }
        }

        [Fact]
        public async Task ResultsComeInPlanOrderAndTheObserverHearsEachAsItEnds()
        {
            var plan = HubTeam(3);
            var provider = new FakeProvider(10);
            var observer = new RecordingObserver();

            var results = await new TeamRunner().RunAsync(
                plan, Options(), provider, observer, CancellationToken.None);

            Assert.Equal(plan.Tasks.Select(t => t.Name), results.Select(r => r.TaskName));
            Assert.Equal("join", observer.Finished.Last().TaskName);
            Assert.Equal(results.Count, observer.Finished.Count);
            var names = plan.Tasks.Select(t => t.Name);
            Assert.Equal(names.OrderBy(n => n), observer.Started.OrderBy(n => n));
            var join = Result(results, "join");
            Assert.Equal("run-7", join.RunId);
            Assert.Equal("hub", join.Team);
            Assert.Equal("worker-1", join.Member);
            Assert.Equal("Lead", join.Role);
            Assert.Equal("fake", join.Provider);
            Assert.Equal("the request", join.Request);
            Assert.True(join.IsIntegration);
            Assert.Equal(1, join.Wave);
            Assert.Equal(new[] { "part-1", "part-2", "part-3" }, join.DependsOn);
            Assert.Equal("work of join", join.Output);
            Assert.Equal(join.EndTime - join.StartTime, join.Duration);
        }

        [Fact]
        public async Task EveryResultCarriesItsPlaceInThePlanHoweverItEnded()
        {
            var plan = Plan(new TeamBuilder("chain", "boss")
                .Member("boss", "Lead").Member("helper", "Helper")
                .Task("slow", "helper").Task("root", "helper").Task("next", "boss", "root")
                .Build());
            var provider = new FakeProvider(10);
            provider.Failing.Add("root");
            var observer = new RecordingObserver();

            var results = await new TeamRunner().RunAsync(
                plan, Options(), provider, observer, CancellationToken.None);

            var places = plan.Tasks.Select((task, index) => (task.Name, index)).ToList();
            foreach (var (name, index) in places)
            {
                Assert.Equal(index, Result(results, name).PlanIndex);
                Assert.Equal(index, observer.Finished.Single(r => r.TaskName == name).PlanIndex);
            }

            Assert.Equal(TaskResultStatus.Skipped, Result(results, "next").Status);
        }

        [Fact]
        public async Task ProviderThatBlocksDoesNotBlockTheCaller()
        {
            var plan = HubTeam(1);
            var provider = new BlockingProvider();
            var clock = Stopwatch.StartNew();

            var run = new TeamRunner().RunAsync(
                plan, Options(), provider, null, CancellationToken.None);

            Assert.True(clock.ElapsedMilliseconds < 400, clock.Elapsed.ToString());
            var results = await run;
            Assert.All(results, r => Assert.Equal(TaskResultStatus.Succeeded, r.Status));
        }

        [Fact]
        public async Task PlanOutOfDependencyOrderIsRejected()
        {
            var plan = HubTeam(1);
            plan.Tasks = plan.Tasks.Reverse().ToList();

            await Assert.ThrowsAsync<ArgumentException>(() => Run(plan, new FakeProvider(1)));
        }

        /// <summary>The lead worker-1 joins what worker-2 .. worker-n+1 did.</summary>
        private static TaskPlan HubTeam(int spokes)
        {
            var builder = new TeamBuilder("hub", "worker-1").Member("worker-1", "Lead");
            var parts = new List<string>();
            for (var i = 1; i <= spokes; i++)
            {
                builder.Member($"worker-{i + 1}", $"Part {i}")
                    .Task($"part-{i}", $"worker-{i + 1}");
                parts.Add($"part-{i}");
            }

            builder.Task("join", "worker-1", parts.ToArray());
            return Plan(builder.Build());
        }

        private static TaskPlan Plan(TeamDefinition team)
        {
            return TaskPlanner.Plan(team, TeamBuilder.LibraryFor(team), new PlanOptions());
        }

        private static RunOptions Options(int throttle = 8)
        {
            var agents = Enumerable.Range(1, 10).Select(i => $"worker-{i}")
                .Concat(new[] { "boss", "helper" });
            var library = TeamBuilder.Library(agents.ToArray());
            return new RunOptions
            {
                RunId = "run-7",
                Request = "the request",
                Library = library,
                ThrottleLimit = throttle,
            };
        }

        private static Task<IReadOnlyList<TaskResult>> Run(
            TaskPlan plan, ITaskProvider provider, int throttle = 8)
        {
            var observer = new RecordingObserver();
            return new TeamRunner().RunAsync(
                plan, Options(throttle), provider, observer, CancellationToken.None);
        }

        private static TaskResult Result(IEnumerable<TaskResult> results, string name)
        {
            return results.Single(r => r.TaskName == name);
        }
    }
}
