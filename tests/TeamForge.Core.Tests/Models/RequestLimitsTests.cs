using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.Execution;
using TeamForge.Tests.Execution;

namespace TeamForge.Tests.Models
{
    /// <summary>
    /// The limits a chat provider keeps across the runs that share it, with a client in
    /// memory and per-minute limits counted in a short window.
    /// </summary>
    [Collection(TimedRunsCollection.Name)]
    public sealed class RequestLimitsTests
    {
        private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(600);

        // The sliding window counts in twelve segments: a request is let go up to one
        // segment before a whole window has passed since the one it replaces.
        private static readonly TimeSpan Segment = TimeSpan.FromTicks(Window.Ticks / 12);

        private static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(15);

        [Fact]
        public async Task RunsSharingAProviderNeverHaveMoreRequestsInFlightThanItsLimit()
        {
            var client = new PacedChatClient { Pause = TimeSpan.FromMilliseconds(40) };
            var provider = Provider(client, new RequestLimits(2, null, null));
            var observer = new RecordingObserver();

            var runs = await Task.WhenAll(
                ChatRuns.Run(ChatRuns.Wide(4), provider, observer),
                ChatRuns.Run(ChatRuns.Wide(4), provider, observer));

            Assert.All(runs.SelectMany(r => r),
                r => Assert.Equal(TaskResultStatus.Succeeded, r.Status));
            Assert.Equal(8, client.Requests);
            Assert.Equal(2, client.MaxInFlight);
            Assert.Contains(observer.Progress, p =>
                p.Progress.WaitingFor == "a request slot ('2' requests at once)");
        }

        [Fact]
        public async Task WithoutALimitTheSameRunsOverlapTheirRequests()
        {
            var client = new PacedChatClient { Pause = TimeSpan.FromMilliseconds(40) };
            var provider = Provider(client, null);

            await Task.WhenAll(
                ChatRuns.Run(ChatRuns.Wide(4), provider),
                ChatRuns.Run(ChatRuns.Wide(4), provider));

            Assert.True(client.MaxInFlight > 2, $"at most {client.MaxInFlight} at once");
        }

        [Fact]
        public async Task NoMoreRequestsStartInAWindowThanTheRequestsPerMinute()
        {
            var client = new PacedChatClient { Pause = TimeSpan.Zero };
            var limits = new RequestLimits(null, 2, null, Window);
            var provider = Provider(client, limits);
            var observer = new RecordingObserver();

            await Task.WhenAll(
                ChatRuns.Run(ChatRuns.Wide(3), provider, observer),
                ChatRuns.Run(ChatRuns.Wide(3), provider, observer));

            var starts = client.Starts.OrderBy(t => t).ToList();
            Assert.Equal(6, starts.Count);
            for (var index = 2; index < starts.Count; index++)
            {
                var apart = starts[index] - starts[index - 2];
                Assert.True(apart >= Window - Segment - Slack,
                    $"requests {index - 1} and {index + 1} only {apart.TotalMilliseconds} ms "
                    + "apart");
            }

            Assert.Contains(observer.Progress, p => p.Progress.WaitingFor
                == "the requests-per-minute window ('2' requests a minute)");
        }

        [Fact]
        public async Task ATokenReservationIsCorrectedByWhatTheServerCounted()
        {
            // A window of an hour: the budget does not refill while the test runs.
            var limits = new RequestLimits(null, null, 1000, TimeSpan.FromHours(1));

            // Reserved 800, spent 100: the 700 not spent come back, so 800 more fit.
            using (var first = await limits.WaitAsync(800, null, CancellationToken.None))
            {
                first.Spent(100);
            }

            var second = limits.WaitAsync(800, null, CancellationToken.None);
            Assert.True(second.IsCompleted, "the unspent tokens did not come back");
            (await second).Spent(800);

            // 100 are left; reserved 50 but spent 600, so the debt holds up the next one.
            using (var third = await limits.WaitAsync(50, null, CancellationToken.None))
            {
                third.Spent(600);
            }

            var waits = new System.Collections.Generic.List<string>();
            using (var stop = new CancellationTokenSource())
            {
                var fourth = limits.WaitAsync(10, waits.Add, stop.Token);
                await Task.Delay(100);
                Assert.False(fourth.IsCompleted, "the overspent tokens were not counted");

                stop.Cancel();
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fourth);
            }

            Assert.Equal(new[]
            {
                "the tokens-per-minute budget ('560' tokens for this request, '1000' a minute)",
            }, waits);
        }

        [Fact]
        public async Task TheProviderSettlesEachRequestWithTheUsageTheServerReports()
        {
            // The first answer counts the whole budget: the next task in the chain waits for
            // a refill, which does not come within the hour, and times out.
            var client = new PacedChatClient { InputTokens = 950, OutputTokens = 50 };
            var limits = new RequestLimits(null, null, 1000, TimeSpan.FromHours(1));
            var provider = Provider(client, limits);

            var results = await ChatRuns.Run(ChatRuns.Chain(), provider,
                configure: o => o.TaskTimeout = TimeSpan.FromMilliseconds(300));

            Assert.Equal(TaskResultStatus.Succeeded, ChatRuns.Result(results, "first").Status);
            var second = ChatRuns.Result(results, "second");
            Assert.Equal(TaskResultStatus.Cancelled, second.Status);
            Assert.Equal(TaskReasons.TimedOut, second.Reason);
            Assert.Equal(1, client.Requests);
        }

        [Fact]
        public async Task ATaskQueuedForALimitEndsAsTimedOutAtItsTimeLimit()
        {
            var client = new PacedChatClient();
            var limits = new RequestLimits(1, null, null);
            var provider = Provider(client, limits);
            var observer = new RecordingObserver();
            var held = await limits.WaitAsync(0, null, CancellationToken.None);

            var started = DateTimeOffset.Now;
            var results = await ChatRuns.Run(ChatRuns.Fan(), provider, observer,
                o => o.TaskTimeout = TimeSpan.FromMilliseconds(200));

            Assert.True(DateTimeOffset.Now - started < TimeSpan.FromSeconds(5));
            foreach (var task in new[] { "a", "b" })
            {
                var result = ChatRuns.Result(results, task);
                Assert.Equal(TaskResultStatus.Cancelled, result.Status);
                Assert.Equal(TaskReasons.TimedOut, result.Reason);
            }

            Assert.Equal(0, client.Requests);
            Assert.Equal(2, observer.Progress.Count(p => p.Progress.IsWait));

            // The tasks that gave up left the queue: once the slot is free, a run goes.
            held.Dispose();
            var again = await ChatRuns.Run(ChatRuns.Fan(), provider);
            Assert.All(again, r => Assert.Equal(TaskResultStatus.Succeeded, r.Status));
        }

        [Fact]
        public async Task ARateLimitedRequestWaitsItsRetryAfterWithoutHoldingTheSlot()
        {
            using (var server = new ChatTestServer())
            {
                server.Fail(ChatFault.TooManyRequests("1").ForTask("a"));
                var provider = ChatRuns.Provider(
                    server, o => o.Limits = new RequestLimits(1, 100, 100000));

                var results = await ChatRuns.Run(ChatRuns.Fan(), provider);

                Assert.All(results, r => Assert.Equal(TaskResultStatus.Succeeded, r.Status));
                Assert.Equal(2, ChatRuns.Result(results, "a").Attempts);
                var tries = server.Requests.Where(r => r.IsFor("a")).ToList();
                var waited = tries[1].Received - tries[0].Received;
                Assert.True(waited >= TimeSpan.FromMilliseconds(950), $"waited {waited}");
                var other = server.Requests.Single(r => r.IsFor("b"));
                Assert.True(other.Received < tries[1].Received,
                    "'b' waited for the slot while 'a' waited to try again");
            }
        }

        [Fact]
        public void ALimitBelowZeroIsRefusedAndZeroMeansNone()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new RequestLimits(-1, null, null));

            var none = new RequestLimits(0, 0, 0);

            Assert.True(none.IsEmpty);
            Assert.Null(none.MaxConcurrency);
            Assert.Equal("no limits", none.ToString());
            Assert.Equal("at most '2' requests at once, '60' requests a minute",
                new RequestLimits(2, 60, null).ToString());
        }

        private static ChatProvider Provider(PacedChatClient client, RequestLimits limits)
        {
            return new ChatProvider(client, new ChatProviderOptions
            {
                Name = "Paced",
                Model = "m",
                Limits = limits,
            });
        }
    }
}
