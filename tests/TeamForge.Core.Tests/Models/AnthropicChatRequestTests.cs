using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using TeamForge.Execution;

namespace TeamForge.Tests.Models
{
    public sealed class AnthropicChatRequestTests : ChatRequestTests
    {
        protected override string Wire => "Anthropic";

        [Fact]
        public async Task TheRequestIsAStreamedMessageWithTheKeyTheVersionAndALengthLimit()
        {
            using (var server = new ChatTestServer())
            {
                await RunCorpusTeam(server);

                Assert.Equal(5, server.Requests.Count);
                Assert.All(server.Requests, request =>
                {
                    Assert.Equal("POST", request.Method);
                    Assert.Equal("/v1/messages", request.Path);
                    Assert.True(request.Stream);
                    Assert.Equal($"Bearer {ChatRuns.Key}", request.Authorization);
                    Assert.NotNull(request.Header("anthropic-version"));
                    Assert.Equal(AnthropicChat.DefaultMaxOutputTokens,
                        request.Json.GetProperty("max_tokens").GetInt32());
                    Assert.False(request.Json.TryGetProperty("temperature", out _));
                    var roles = request.Json.GetProperty("messages").EnumerateArray()
                        .Select(m => m.GetProperty("role").GetString());
                    Assert.Equal(new[] { "user" }, roles);
                });
            }
        }

        [Fact]
        public async Task AGivenLengthLimitIsSent()
        {
            using (var server = new ChatTestServer())
            {
                var provider = ChatRuns.Provider(server, Wire, o => o.MaxOutputTokens = 1000);

                await ChatRuns.Run(ChatRuns.Chain(), provider);

                Assert.All(server.Requests, request => Assert.Equal(
                    1000, request.Json.GetProperty("max_tokens").GetInt32()));
            }
        }
    }
}
