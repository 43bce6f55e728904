using System.Linq;
using System.Threading.Tasks;
using TeamForge.Execution;
using TeamForge.Tests.Execution;

namespace TeamForge.Tests.Models
{
    /// <summary>The faults every wire meets, and those of Anthropic's own.</summary>
    public sealed class AnthropicChatFailureTests : ChatFailureTests
    {
        protected override string Wire => "Anthropic";

        [Fact]
        public Task AnOverloadedServerIsTriedAgain()
        {
            return TriedAgainOnce(ChatFault.Answer(529, "Overloaded"), "HTTP 529: Overloaded");
        }

        [Fact]
        public Task AnOverloadedErrorInTheMiddleOfTheStreamIsTriedAgain()
        {
            return TriedAgainOnce(ChatFault.StreamError("overloaded_error", "Overloaded"),
                "the stream ended with 'overloaded_error': Overloaded");
        }

        [Fact]
        public async Task ARequestErrorInTheMiddleOfTheStreamFailsAtOnce()
        {
            using (var server = new ChatTestServer())
            {
                server.Fail(ChatFault.StreamError("invalid_request_error", "Prompt is too long")
                    .ForTask("a"));

                var results = await ChatRuns.Run(
                    ChatRuns.Fan(), ChatRuns.Provider(server, Wire));

                var a = ChatRuns.Result(results, "a");
                Assert.Equal(TaskResultStatus.Failed, a.Status);
                Assert.Equal(1, a.Attempts);
                Assert.Contains("Prompt is too long", a.Error);
                Assert.Null(a.Output);
            }
        }

        private async Task TriedAgainOnce(ChatFault fault, string retrySays)
        {
            using (var server = new ChatTestServer())
            {
                server.Fail(fault.ForTask("a"));
                var observer = new RecordingObserver();

                var results = await ChatRuns.Run(
                    ChatRuns.Fan(), ChatRuns.Provider(server, Wire), observer);

                Succeeded(results, server, "a", attempts: 2);
                Assert.EndsWith(retrySays, observer.Retries.Single());
                AllTheRestSucceeded(results, server);
            }
        }
    }
}
