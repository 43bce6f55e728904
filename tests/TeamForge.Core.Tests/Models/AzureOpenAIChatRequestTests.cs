using System.Linq;
using System.Threading.Tasks;

namespace TeamForge.Tests.Models
{
    public sealed class AzureOpenAIChatRequestTests : ChatRequestTests
    {
        protected override string Wire => "Azure OpenAI";

        [Fact]
        public async Task EachTierGoesToItsDeploymentWithTheKeyInTheApiKeyHeader()
        {
            using (var server = new ChatTestServer())
            {
                var results = await RunCorpusTeam(server);

                Assert.Equal(5, server.Requests.Count);
                foreach (var result in results)
                {
                    var request = RequestFor(server, result.TaskName);
                    Assert.Equal($"/openai/deployments/{result.Model}/chat/completions",
                        request.Path);
                    Assert.True(request.Stream);
                    Assert.True(request.IncludeUsage);
                    Assert.Equal(ChatRuns.Key, request.Header("api-key"));
                    Assert.Null(request.Authorization);
                }
            }
        }
    }
}
