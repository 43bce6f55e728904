using System.Linq;
using System.Threading.Tasks;

namespace TeamForge.Tests.Models
{
    public sealed class OpenAIChatRequestTests : ChatRequestTests
    {
        protected override string Wire => "OpenAI";

        [Fact]
        public async Task TheRequestStreamsAsksForUsageSendsTheKeyAndNoTemperature()
        {
            using (var server = new ChatTestServer())
            {
                await RunCorpusTeam(server);

                Assert.Equal(5, server.Requests.Count);
                Assert.All(server.Requests, request =>
                {
                    Assert.Equal("POST", request.Method);
                    Assert.Equal("/v1/chat/completions", request.Path);
                    Assert.True(request.Stream);
                    Assert.True(request.IncludeUsage);
                    Assert.Equal($"Bearer {ChatRuns.Key}", request.Authorization);
                    Assert.False(request.Json.TryGetProperty("temperature", out _));
                    var roles = request.Json.GetProperty("messages").EnumerateArray()
                        .Select(m => m.GetProperty("role").GetString());
                    Assert.Equal(new[] { "system", "user" }, roles);
                });
            }
        }

        [Fact]
        public async Task AGivenTemperatureIsSent()
        {
            using (var server = new ChatTestServer())
            {
                var provider = ChatRuns.Provider(server, o => o.Temperature = 0.25f);

                await ChatRuns.Run(ChatRuns.Chain(), provider);

                Assert.All(server.Requests, request => Assert.Equal(
                    0.25, request.Json.GetProperty("temperature").GetDouble(), 3));
            }
        }
    }
}
