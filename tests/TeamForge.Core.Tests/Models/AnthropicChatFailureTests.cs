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
        public async Task AnOverloadedServerIsTriedAgain()
        {
            using (var server = new ChatTestServer())
            {
                server.Fail(ChatFault.Answer(529, "Overloaded").ForTask("a"));
                var observer = new RecordingObserver();

                var results = await ChatRuns.Run(
                    ChatRuns.Fan(), ChatRuns.Provider(server, Wire), observer);

                Succeeded(results, server, "a", attempts: 2);
                Assert.EndsWith("HTTP 529: Overloaded", observer.Retries.Single());
                AllTheRestSucceeded(results, server);
            }
        }

        [Fact]
        public async Task AnOverloadedErrorInTheMiddleOfTheStreamIsTriedAgain()
        {
            using (var server = new ChatTestServer())
            {
                server.Fail(ChatFault.StreamError("overloaded_error", "Overloaded")
                    .ForTask("a"));
                var observer = new RecordingObserver();

                var results = await ChatRuns.Run(
                    ChatRuns.Fan(), ChatRuns.Provider(server, Wire), observer);

                Succeeded(results, server, "a", attempts: 2);
                Assert.Contains("Overloaded", observer.Retries.Single());
                AllTheRestSucceeded(results, server);
            }
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
    }
}
