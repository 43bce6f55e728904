using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.Execution;
using TeamForge.Planning;
using TeamForge.Tests.Planning;

namespace TeamForge.Tests.Execution
{
    /// <summary>What each task costs, and a run that stops at its cost limit.</summary>
    public class TeamRunnerCostTests
    {
        // FlakyProvider reports model-of-<task>, 100 + the name's length prompt tokens and
        // 10 + the call's number answer tokens. At these prices a prompt token costs $0.001
        // and an answer token nothing: "first" costs $0.105.
        private static readonly PriceTable Prices = PriceTable.Default.With(
            new[] { "first", "second", "third", "left", "right", "after" }.ToDictionary(
                task => $"model-of-{task}", task => new ModelPrice(1000m, 0m, null)));

        [Fact]
        public async Task EachResultCostsItsTokensAtTheRunsPrices()
        {
            var results = await Run(Chain(), new FlakyProvider(0, false), o => { });

            Assert.Equal(0.105m, Result(results, "first").Cost);
            Assert.Equal(0.106m, Result(results, "second").Cost);
            Assert.Equal(0.105m, Result(results, "third").Cost);
        }

        [Fact]
        public async Task AModelWithoutAPriceLeavesTheCostNull()
        {
            var results = await Run(Chain(), new FlakyProvider(0, false),
                o => o.Prices = PriceTable.Default);

            Assert.All(results, r => Assert.Null(r.Cost));
            Assert.All(results, r => Assert.NotNull(r.InputTokens));
        }

        [Fact]
        public async Task ACostTheProviderReportsIsKept()
        {
            var provider = new ReportingProvider(context => context.Usage.Cost = 1.5m);

            var results = await Run(Chain(), provider, o => { });

            Assert.All(results, r => Assert.Equal(1.5m, r.Cost));
        }

        [Fact]
        public async Task ThePricesOfAPricedProviderAreUsedWhenTheRunHasNone()
        {
            var provider = new ReportingProvider(context =>
            {
                context.Usage.Model = "house-model-2026-01-01";
                context.Usage.InputTokens = 2_000_000;
                context.Usage.OutputTokens = 0;
            })
            {
                Prices = PriceTable.Default.With(new Dictionary<string, ModelPrice>
                {
                    ["house-model"] = new ModelPrice(0.5m, 1m, null),
                }),
            };

            var results = await Run(Chain(), provider, o => o.Prices = null);

            Assert.All(results, r => Assert.Equal(1m, r.Cost));
        }

        [Fact]
        public async Task OnceTheSpendReachesTheLimitNoMoreTasksStart()
        {
            var provider = new FlakyProvider(0, false);

            var results = await Run(Chain(), provider, o => o.MaxCost = 0.2m);

            Assert.Equal(TaskResultStatus.Succeeded, Result(results, "first").Status);
            Assert.Equal(TaskResultStatus.Succeeded, Result(results, "second").Status);
            var third = Result(results, "third");
            Assert.Equal(TaskResultStatus.Skipped, third.Status);
            Assert.Equal(TaskReasons.CostLimit, third.Reason);
            Assert.Contains("spend of $0.211", third.Error);
            Assert.Contains("limit of $0.20 (-MaxCost)", third.Error);
            Assert.False(provider.Calls.ContainsKey("third"));
            Assert.Null(third.Cost);
        }

        [Fact]
        public async Task TasksAlreadyRunningFinishAndWhatWaitsOnASkippedTaskIsSkipped()
        {
            var provider = new FlakyProvider(0, false);

            var results = await Run(Wide(), provider, o =>
            {
                o.MaxCost = 0.1m;
                o.ThrottleLimit = 2;
            });

            // left and right start together; each alone reaches the limit.
            Assert.Equal(TaskResultStatus.Succeeded, Result(results, "left").Status);
            Assert.Equal(TaskResultStatus.Succeeded, Result(results, "right").Status);
            Assert.Equal(TaskReasons.CostLimit, Result(results, "third").Reason);
            Assert.Equal(TaskReasons.CostLimit, Result(results, "after").Reason);
            Assert.Contains("skipped because the run's spend", Result(results, "after").Error);
            Assert.Equal(2, provider.Calls.Count);
        }

        [Fact]
        public async Task ResultsReusedFromAnEarlierAttemptCountTowardTheLimit()
        {
            var earlier = await Run(Chain(), new FlakyProvider(0, false), o => o.MaxCost = 0.2m);
            var prior = earlier.ToDictionary(r => r.TaskName, StringComparer.OrdinalIgnoreCase);

            var same = new FlakyProvider(0, false);
            var again = await Run(Chain(), same, o =>
            {
                o.PriorResults = prior;
                o.MaxCost = 0.2m;
            });
            var higher = new FlakyProvider(0, false);
            var resumed = await Run(Chain(), higher, o =>
            {
                o.PriorResults = prior;
                o.MaxCost = 1m;
            });

            Assert.Equal(TaskReasons.CostLimit, Result(again, "third").Reason);
            Assert.Empty(same.Calls);
            Assert.True(Result(resumed, "second").Reused);
            Assert.Equal(0.106m, Result(resumed, "second").Cost);
            Assert.Equal(TaskResultStatus.Succeeded, Result(resumed, "third").Status);
            Assert.Equal(new[] { "third" }, higher.Calls.Keys);
        }

        [Fact]
        public async Task WithoutALimitEveryTaskRunsWhateverItCosts()
        {
            var results = await Run(Chain(), new ReportingProvider(c => c.Usage.Cost = 1000m),
                o => o.MaxCost = null);

            Assert.All(results, r => Assert.Equal(TaskResultStatus.Succeeded, r.Status));
        }

        [Fact]
        public void TheWarningsSayEachUnpricedModelOnceAndTheLimitOnce()
        {
            var heard = new[]
            {
                Priced("left", "model-of-left", 0.104m),
                Priced("right", "model-of-right", null),
                Priced("again", "model-of-right", null),
                new TaskResult { TaskName = "third", Reason = TaskReasons.CostLimit },
                new TaskResult { TaskName = "after", Reason = TaskReasons.CostLimit },
            };

            var warnings = new CostWarnings(0.1m);
            var said = heard.Select(warnings.Check).Where(w => w != null).ToList();

            Assert.Equal(2, said.Count);
            Assert.StartsWith("Model 'model-of-right' has no price", said[0]);
            Assert.StartsWith("The run's spend of $0.104 reached its limit of $0.10", said[1]);
            Assert.Contains("before task 'third'", said[1]);
        }

        [Fact]
        public void TheTotalsAddWhatIsKnownAndSayWhatHasNoPrice()
        {
            var results = new[]
            {
                new TaskResult { InputTokens = 1200, OutputTokens = 300, CachedTokens = 200,
                    Cost = 0.5m },
                new TaskResult { InputTokens = 800, OutputTokens = 100, Cost = 0.25m },
                new TaskResult { InputTokens = 10, OutputTokens = 1 },
                new TaskResult(),
            };

            var totals = UsageTotals.Of(results);

            Assert.Equal(2010, totals.InputTokens);
            Assert.Equal(401, totals.OutputTokens);
            Assert.Equal(200, totals.CachedTokens);
            Assert.Equal(0.75m, totals.Cost);
            Assert.Equal(1, totals.UnpricedTasks);
            Assert.Equal("2,010 input tokens (200 cached), 401 output tokens; cost $0.75 " +
                "(1 task's model has no price)", totals.Describe());
            Assert.False(UsageTotals.Of(new[] { new TaskResult() }).Any);
        }

        private static TaskResult Priced(string task, string model, decimal? cost)
        {
            return new TaskResult
            {
                TaskName = task,
                Status = TaskResultStatus.Succeeded,
                Model = model,
                InputTokens = 104,
                OutputTokens = 11,
                Cost = cost,
            };
        }

        private static TaskPlan Chain()
        {
            return Plan(new TeamBuilder("chain", "boss")
                .Member("boss", "Lead").Member("helper", "Helper")
                .Task("first", "helper").Task("second", "helper", "first")
                .Task("third", "boss", "second")
                .Build());
        }

        private static TaskPlan Wide()
        {
            return Plan(new TeamBuilder("wide", "boss")
                .Member("boss", "Lead").Member("helper", "Helper")
                .Task("left", "helper").Task("right", "helper").Task("third", "helper")
                .Task("after", "boss", "left", "right", "third")
                .Build());
        }

        private static TaskPlan Plan(TeamDefinition team)
        {
            return TaskPlanner.Plan(team, TeamBuilder.LibraryFor(team), new PlanOptions());
        }

        private static Task<IReadOnlyList<TaskResult>> Run(
            TaskPlan plan, ITaskProvider provider, Action<RunOptions> configure)
        {
            var options = new RunOptions
            {
                RunId = "run-cost",
                Request = "the request",
                Library = TeamBuilder.LibraryFor(plan.Team),
                ThrottleLimit = 1,
                Prices = Prices,
            };
            configure(options);
            return new TeamRunner().RunAsync(
                plan, options, provider, null, CancellationToken.None);
        }

        private static TaskResult Result(IEnumerable<TaskResult> results, string name)
        {
            return results.Single(r => r.TaskName == name);
        }

        /// <summary>Succeeds at once, reporting what the test has it report.</summary>
        private sealed class ReportingProvider : ITaskProvider, IPricedProvider
        {
            private readonly Action<TaskContext> report;

            public ReportingProvider(Action<TaskContext> report)
            {
                this.report = report;
            }

            public string Name => "reporting";

            public PriceTable Prices { get; set; }

            public Task<string> RunAsync(TaskContext context, CancellationToken token)
            {
                report(context);
                return Task.FromResult($"work of {context.TaskName}");
            }
        }
    }
}
