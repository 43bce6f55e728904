using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using TeamForge.Execution;
using TeamForge.Tests.Execution;

namespace TeamForge.Tests.Models
{
    /// <summary>
    /// How each fault of the server ends through the scheduler: transient ones tried again
    /// with nothing of the broken attempt kept, refusals failed at once with the server's
    /// words, a stream past its time limit timed out; the other branch always finishes.
    /// Each wire format the chat providers speak meets every fault.
    /// </summary>
    public abstract class ChatFailureTests
    {
        /// <summary>The provider's kind, which picks its wire format.</summary>
        protected abstract string Wire { get; }

        private ChatProvider Provider(ChatTestServer server) => ChatRuns.Provider(server, Wire);

        [Fact]
        public async Task ARateLimitWaitsTheRetryAfterThenSucceeds()
        {
            using (var server = new ChatTestServer())
            {
                server.Fail(ChatFault.TooManyRequests("1").ForTask("a"));
                var observer = new RecordingObserver();

                var results = await ChatRuns.Run(
                    ChatRuns.Fan(), Provider(server), observer);

                var a = Succeeded(results, server, "a", attempts: 2);
                var tries = Requests(server, "a");
                var waited = tries[1].Received - tries[0].Received;
                Assert.True(waited >= TimeSpan.FromMilliseconds(950), $"waited {waited}");
                Assert.Equal(TimeSpan.FromSeconds(1), observer.RetryDelays.Single());
                var retry = observer.Retries.Single();
                Assert.StartsWith($"a#2: {Wire} at ", retry);
                Assert.EndsWith("HTTP 429: Rate limit reached for requests "
                    + "(the server asks to wait 1 s)", retry);
                AllTheRestSucceeded(results, server);
            }
        }

        [Theory]
        [InlineData(500)]
        [InlineData(503)]
        public async Task AServerErrorIsTriedAgain(int status)
        {
            using (var server = new ChatTestServer())
            {
                server.Fail(ChatFault.Answer(status, "The server had an error").ForTask("a"));
                var observer = new RecordingObserver();

                var results = await ChatRuns.Run(
                    ChatRuns.Fan(), Provider(server), observer);

                Succeeded(results, server, "a", attempts: 2);
                Assert.EndsWith($"HTTP {status}: The server had an error",
                    observer.Retries.Single());
                AllTheRestSucceeded(results, server);
            }
        }

        [Fact]
        public async Task ADroppedStreamIsTriedAgainAndOnlyTheWholeAnswerKept()
        {
            using (var server = new ChatTestServer())
            {
                server.Fail(ChatFault.CutStream().ForTask("a"));
                var observer = new RecordingObserver();

                var results = await ChatRuns.Run(
                    ChatRuns.Fan(), Provider(server), observer);

                Succeeded(results, server, "a", attempts: 2);
                Assert.Contains("the answer's stream broke off", observer.Retries.Single());
                AllTheRestSucceeded(results, server);
            }
        }

        [Fact]
        public async Task AStreamThatEndsBeforeTheModelFinishedIsTriedAgain()
        {
            using (var server = new ChatTestServer())
            {
                server.Fail(ChatFault.EndEarly().ForTask("a"));
                var observer = new RecordingObserver();

                var results = await ChatRuns.Run(
                    ChatRuns.Fan(), Provider(server), observer);

                Succeeded(results, server, "a", attempts: 2);
                Assert.Contains("ended before the model finished", observer.Retries.Single());
                AllTheRestSucceeded(results, server);
            }
        }

        [Fact]
        public async Task ASlowStreamPastTheTaskTimeoutIsTimedOut()
        {
            using (var server = new ChatTestServer())
            {
                server.Fail(ChatFault.Slow(TimeSpan.FromMilliseconds(100)).ForTask("a"));
                var clock = Stopwatch.StartNew();

                var results = await ChatRuns.Run(ChatRuns.Fan(), Provider(server),
                    configure: o => o.TaskTimeout = TimeSpan.FromSeconds(1.5));

                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(6), $"took {clock.Elapsed}");
                Assert.True(await ClosesSoon(server), "the slow stream was left open");
                var a = ChatRuns.Result(results, "a");
                Assert.Equal(TaskResultStatus.Cancelled, a.Status);
                Assert.Equal(TaskReasons.TimedOut, a.Reason);
                Assert.Equal("TimedOut: the task ran past its limit of 1.5 s", a.Error);
                Assert.Null(a.Output);
                Assert.Equal(TaskResultStatus.Succeeded, ChatRuns.Result(results, "b").Status);
                var merge = ChatRuns.Result(results, "merge");
                Assert.Equal(TaskReasons.DependencyFailed, merge.Reason);
            }
        }

        [Theory]
        [InlineData(401, "Incorrect API key provided.")]
        [InlineData(400, "Invalid value for 'messages'.")]
        [InlineData(403, "Your organization may not use this model.")]
        [InlineData(404, "The model 'test-model' does not exist.")]
        public async Task ARefusalFailsAtOnceWithTheServersOwnMessage(int status, string message)
        {
            using (var server = new ChatTestServer())
            {
                server.Fail(ChatFault.Answer(status, message).ForTask("a"));

                var provider = Provider(server);

                var results = await ChatRuns.Run(ChatRuns.Fan(), provider);

                var a = ChatRuns.Result(results, "a");
                Assert.Equal(TaskResultStatus.Failed, a.Status);
                Assert.Equal(1, a.Attempts);
                Assert.Single(Requests(server, "a"));
                Assert.Equal($"{provider.Name}: HTTP {status}: {message}", a.Error);
                Assert.Equal(TaskResultStatus.Succeeded, ChatRuns.Result(results, "b").Status);
                var merge = ChatRuns.Result(results, "merge");
                Assert.Equal(TaskReasons.DependencyFailed, merge.Reason);
            }
        }

        [Fact]
        public async Task AKeyTheServerEchoesIsBlankedOutOfTheError()
        {
            using (var server = new ChatTestServer())
            {
                server.Fail(ChatFault.Answer(401, $"Key {ChatRuns.Key} is not valid.")
                    .ForTask("a"));

                var results = await ChatRuns.Run(ChatRuns.Fan(), Provider(server));

                var a = ChatRuns.Result(results, "a");
                Assert.EndsWith("HTTP 401: Key *** is not valid.", a.Error);
                Assert.DoesNotContain(ChatRuns.Key, a.Error);
            }
        }

        [Fact]
        public async Task MalformedJsonFailsAtOnceAndSaysSo()
        {
            using (var server = new ChatTestServer())
            {
                server.Fail(ChatFault.MalformedJson().ForTask("a"));

                var provider = Provider(server);

                var results = await ChatRuns.Run(ChatRuns.Fan(), provider);

                var a = ChatRuns.Result(results, "a");
                Assert.Equal(TaskResultStatus.Failed, a.Status);
                Assert.Equal(1, a.Attempts);
                Assert.StartsWith($"{provider.Name}: the server's answer is not the chat "
                    + "format's JSON: ", a.Error);
                Assert.Equal(TaskResultStatus.Succeeded, ChatRuns.Result(results, "b").Status);
            }
        }

        [Fact]
        public async Task ARefusedConnectionIsTriedAgainUpToTheLimit()
        {
            var nobody = new Uri($"http://127.0.0.1:{ClosedPort()}/v1");
            var provider = ChatRuns.Provider(nobody, Wire);
            var observer = new RecordingObserver();

            var results = await ChatRuns.Run(ChatRuns.Fan(), provider, observer,
                o => o.MaxAttempts = 2);

            var a = ChatRuns.Result(results, "a");
            Assert.Equal(TaskResultStatus.Failed, a.Status);
            Assert.Equal(2, a.Attempts);
            Assert.StartsWith($"{provider.Name}: could not reach the server: ", a.Error);
            Assert.Contains($"a#2: {Wire} at", string.Join("\n", observer.Retries));
        }

        private protected static TaskResult Succeeded(
            IReadOnlyList<TaskResult> results, ChatTestServer server, string task, int attempts)
        {
            var result = ChatRuns.Result(results, task);
            Assert.Equal(TaskResultStatus.Succeeded, result.Status);
            Assert.Equal(attempts, result.Attempts);
            var tries = Requests(server, task);
            Assert.Equal(attempts, tries.Count);
            Assert.Equal(tries.Last().Answer, result.Output);
            Assert.Equal(tries.Last().SentUsage.Value.Input, result.InputTokens);
            return result;
        }

        // What waits on a task that was tried again gets its one whole answer, once.
        private protected static void AllTheRestSucceeded(
            IReadOnlyList<TaskResult> results, ChatTestServer server)
        {
            Assert.All(results, r => Assert.Equal(TaskResultStatus.Succeeded, r.Status));
            Assert.Equal(1, ChatRuns.Result(results, "b").Attempts);
            var merge = Requests(server, "merge").Single().UserMessage;
            foreach (var upstream in new[] { "a", "b" })
            {
                var answer = ChatRuns.Result(results, upstream).Output;
                Assert.Equal(1, Count(merge, answer));
            }
        }

        // The task's token reaches the request: the client hangs up, so the server's next
        // write fails and it stops sending.
        private static async Task<bool> ClosesSoon(ChatTestServer server)
        {
            for (var wait = 0; wait < 40 && server.Open > 0; wait++)
            {
                await Task.Delay(50);
            }

            return server.Open == 0;
        }

        private protected static List<RecordedRequest> Requests(ChatTestServer server, string task)
        {
            return server.Requests.Where(r => r.IsFor(task)).ToList();
        }

        private static int Count(string text, string part)
        {
            var count = 0;
            for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0;
                at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }

        private static int ClosedPort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }
    }
}
