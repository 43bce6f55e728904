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
    /// <summary>Retries, time limits, fail-fast, resuming and pausing.</summary>
    public class TeamRunnerLimitsTests
    {
        [Fact]
        public async Task TransientFailuresAreRetriedAndEachRetryIsHeard()
        {
            var provider = new FlakyProvider(failures: 2, transient: true);
            var observer = new RecordingObserver();

            var results = await Run(Chain(), provider, observer, o => o.MaxAttempts = 3);

            Assert.All(results, r => Assert.Equal(TaskResultStatus.Succeeded, r.Status));
            Assert.All(results, r => Assert.Equal(3, r.Attempts));
            Assert.Equal("work of first on call 3", Result(results, "first").Output);
            Assert.Contains("first#2: busy, call 1", observer.Retries);
            Assert.Contains("first#3: busy, call 2", observer.Retries);
        }

        [Fact]
        public async Task ATransientFailureThatSaysWhenToRetryIsRetriedThen()
        {
            var provider = new FlakyProvider(1, transient: true, TimeSpan.FromMilliseconds(700));
            var observer = new RecordingObserver();
            var clock = Stopwatch.StartNew();

            var results = await Run(Chain(), provider, observer, o => o.MaxAttempts = 2);

            Assert.All(results, r => Assert.Equal(TaskResultStatus.Succeeded, r.Status));
            Assert.All(observer.RetryDelays,
                delay => Assert.Equal(TimeSpan.FromMilliseconds(700), delay));
            Assert.Equal(3, observer.RetryDelays.Count);
            Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(2100), $"{clock.Elapsed}");
        }

        [Fact]
        public async Task WithoutRetryAfterTheBackoffStartsAtTheRetryDelay()
        {
            var provider = new FlakyProvider(1, transient: true);
            var observer = new RecordingObserver();

            await Run(Chain(), provider, observer, o =>
            {
                o.MaxAttempts = 2;
                o.RetryDelay = TimeSpan.FromMilliseconds(30);
            });

            Assert.Equal(3, observer.RetryDelays.Count);
            Assert.All(observer.RetryDelays,
                delay => Assert.True(delay < TimeSpan.FromMilliseconds(200), $"{delay}"));
        }

        [Fact]
        public async Task TheModelAndTokensAProviderReportsAreInTheResult()
        {
            var provider = new FlakyProvider(1, transient: true, TimeSpan.Zero);

            var results = await Run(Chain(), provider, null, o => o.MaxAttempts = 2);

            var second = Result(results, "second");
            Assert.Equal("model-of-second", second.Model);
            Assert.Equal(106, second.InputTokens);
            Assert.Equal(12, second.OutputTokens);
            Assert.Null(second.CachedTokens);
        }

        [Fact]
        public async Task AProviderThatReportsNothingLeavesTheResultsUsageEmpty()
        {
            var results = await Run(Chain(), new FakeProvider(1), null, _ => { });

            Assert.All(results, r => Assert.Null(r.Model));
            Assert.All(results, r => Assert.Null(r.InputTokens));
        }

        [Fact]
        public async Task TransientFailuresStopAtTheAttemptLimit()
        {
            var provider = new FlakyProvider(failures: 5, transient: true);

            var results = await Run(Chain(), provider, null, o => o.MaxAttempts = 2);

            var first = Result(results, "first");
            Assert.Equal(TaskResultStatus.Failed, first.Status);
            Assert.Equal(2, first.Attempts);
            Assert.Equal("busy, call 2", first.Error);
            Assert.Equal(2, provider.Calls["first"]);
            Assert.Equal(TaskReasons.DependencyFailed, Result(results, "second").Reason);
        }

        [Fact]
        public async Task PermanentFailuresAreNotRetried()
        {
            var provider = new FlakyProvider(failures: 1, transient: false);

            var results = await Run(Chain(), provider, null, o => o.MaxAttempts = 3);

            Assert.Equal(1, provider.Calls["first"]);
            Assert.Equal(1, Result(results, "first").Attempts);
            Assert.Equal(TaskReasons.Failed, Result(results, "first").Reason);
        }

        [Fact]
        public async Task TaskPastItsLimitIsCancelledAsTimedOutEvenWhenTheProviderIgnoresIt()
        {
            var provider = new FakeProvider(5000) { IgnoresCancellation = true };
            var clock = Stopwatch.StartNew();

            var results = await Run(
                Chain(), provider, null, o => o.TaskTimeout = TimeSpan.FromMilliseconds(200));

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"took {clock.Elapsed}");
            var first = Result(results, "first");
            Assert.Equal(TaskResultStatus.Cancelled, first.Status);
            Assert.Equal(TaskReasons.TimedOut, first.Reason);
            Assert.StartsWith("TimedOut", first.Error);
            Assert.Equal(TaskResultStatus.Skipped, Result(results, "second").Status);
            Assert.Contains("'first' timed out", Result(results, "second").Error);
        }

        [Fact]
        public async Task RunPastItsLimitCancelsWhatRunsAndWhatWaits()
        {
            var provider = new FakeProvider(5000);

            var results = await Run(
                Chain(), provider, null, o => o.Timeout = TimeSpan.FromMilliseconds(200));

            Assert.All(results, r => Assert.Equal(TaskResultStatus.Cancelled, r.Status));
            Assert.All(results, r => Assert.Equal(TaskReasons.TimedOut, r.Reason));
            Assert.Contains("while it ran", Result(results, "first").Error);
            Assert.Contains("before it started", Result(results, "second").Error);
        }

        [Fact]
        public async Task FailFastCancelsTheOtherBranchesAtTheFirstFailure()
        {
            var plan = Plan(new TeamBuilder("pair", "boss")
                .Member("boss", "Lead").Member("helper", "Helper")
                .Task("quick", "helper").Task("slow", "boss")
                .Build());
            var provider = new FakeProvider(3000);
            provider.Failing.Add("quick");
            var quick = new FlakyProvider(failures: 1, transient: false);
            var mixed = new RoutingProvider(("quick", quick), ("slow", provider));

            var results = await Run(plan, mixed, null, o => o.FailFast = true);

            Assert.Equal(TaskResultStatus.Failed, Result(results, "quick").Status);
            var slow = Result(results, "slow");
            Assert.Equal(TaskResultStatus.Cancelled, slow.Status);
            Assert.Equal(TaskReasons.FailFast, slow.Reason);
            Assert.Contains("'quick' did not succeed", slow.Error);
        }

        [Fact]
        public async Task WithoutFailFastTheOtherBranchesFinish()
        {
            var plan = Plan(new TeamBuilder("pair", "boss")
                .Member("boss", "Lead").Member("helper", "Helper")
                .Task("quick", "helper").Task("slow", "boss")
                .Build());
            var quick = new FlakyProvider(failures: 1, transient: false);
            var mixed = new RoutingProvider(("quick", quick), ("slow", new FakeProvider(200)));

            var results = await Run(plan, mixed, null, _ => { });

            Assert.Equal(TaskResultStatus.Succeeded, Result(results, "slow").Status);
        }

        [Fact]
        public async Task ResumeReusesSucceededTasksAndFeedsTheirStoredOutputOn()
        {
            var prior = new Dictionary<string, TaskResult>
            {
                ["first"] = new TaskResult
                {
                    TaskName = "first", Status = TaskResultStatus.Succeeded,
                    Output = "edited by hand", Attempts = 1, Provider = "earlier",
                    Model = "earlier-model", InputTokens = 5, OutputTokens = 6,
                    CachedTokens = 7,
                },
                ["second"] = new TaskResult
                {
                    TaskName = "second", Status = TaskResultStatus.Failed, Error = "broke",
                },
            };
            var provider = new FakeProvider(10);

            var results = await Run(Chain(), provider, null, o => o.PriorResults = prior);

            Assert.False(provider.Starts.ContainsKey("first"));
            Assert.True(Result(results, "first").Reused);
            Assert.Equal("earlier-model", Result(results, "first").Model);
            Assert.Equal(new int?[] { 5, 6, 7 }, new[]
            {
                Result(results, "first").InputTokens, Result(results, "first").OutputTokens,
                Result(results, "first").CachedTokens,
            });
            Assert.Equal("edited by hand", Result(results, "first").Output);
            Assert.Equal(TaskResultStatus.Succeeded, Result(results, "second").Status);
            var input = provider.Contexts["second"].Inputs.Single();
            Assert.Equal("edited by hand", input.Output);
        }

        [Fact]
        public async Task StopBeforePausesTheTaskAndWhatWaitsOnIt()
        {
            var provider = new FakeProvider(10);

            var results = await Run(
                Chain(), provider, null, o => o.StopBefore = new[] { "second" });

            Assert.Equal(TaskResultStatus.Succeeded, Result(results, "first").Status);
            Assert.Equal(TaskReasons.Paused, Result(results, "second").Reason);
            Assert.Equal(TaskReasons.Paused, Result(results, "third").Reason);
            Assert.False(provider.Starts.ContainsKey("second"));
        }

        [Fact]
        public async Task WithoutKeptOutputsTheObserverStillGetsThemAndDependentsTheirInputs()
        {
            var provider = new FakeProvider(5);
            var observer = new RecordingObserver();

            var results = await Run(Chain(), provider, observer, o => o.KeepOutputs = false);

            Assert.All(results, r => Assert.Null(r.Output));
            Assert.All(observer.Finished, r => Assert.Equal($"work of {r.TaskName}", r.Output));
            Assert.Equal("work of first", provider.Contexts["second"].Inputs.Single().Output);
            Assert.Equal("work of second", provider.Contexts["third"].Inputs.Single().Output);
        }

        private static TaskPlan Chain()
        {
            return Plan(new TeamBuilder("chain", "boss")
                .Member("boss", "Lead").Member("helper", "Helper")
                .Task("first", "helper").Task("second", "helper", "first")
                .Task("third", "boss", "second")
                .Build());
        }

        private static TaskPlan Plan(TeamDefinition team)
        {
            return TaskPlanner.Plan(team, TeamBuilder.LibraryFor(team), new PlanOptions());
        }

        private static Task<IReadOnlyList<TaskResult>> Run(
            TaskPlan plan, ITaskProvider provider, IRunObserver observer,
            Action<RunOptions> configure)
        {
            var options = new RunOptions
            {
                RunId = "run-limits",
                Request = "the request",
                Library = TeamBuilder.LibraryFor(plan.Team),
                RetryDelay = TimeSpan.FromMilliseconds(5),
            };
            configure(options);
            return new TeamRunner().RunAsync(
                plan, options, provider, observer, CancellationToken.None);
        }

        private static TaskResult Result(IEnumerable<TaskResult> results, string name)
        {
            return results.Single(r => r.TaskName == name);
        }
    }
}
