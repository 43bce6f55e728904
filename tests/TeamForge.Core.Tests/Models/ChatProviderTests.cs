using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using TeamForge.Execution;

namespace TeamForge.Tests.Models
{
    /// <summary>The chat provider alone: the model a member gets, its name, any client.</summary>
    public sealed class ChatProviderTests
    {
        [Fact]
        public void TheMapPicksTheTiersModelWithoutRegardToCase()
        {
            var provider = Provider(model: "one", ("Opus", "big"));

            Assert.Equal("big", provider.ModelFor(new AgentDefinition { Model = "opus" }));
            Assert.Equal("one", provider.ModelFor(new AgentDefinition { Model = "haiku" }));
            Assert.Equal("one", provider.ModelFor(new AgentDefinition()));
            Assert.Equal("one", provider.ModelFor(null));
        }

        [Fact]
        public void ATierNeitherTheMapNorAModelCoversFailsTheTaskAndSaysHowToFixIt()
        {
            var provider = Provider(null, ("sonnet", "mid"), ("opus", "big"));

            var error = Assert.Throws<ChatFailedException>(() => provider.ModelFor(
                new AgentDefinition { Name = "scout", Model = "haiku" }));

            Assert.Equal("Test: agent 'scout' asks for model 'haiku', which the model map "
                + "(sonnet, opus) does not name; give a model for every member (-Model) or "
                + "map the tier (-ModelMap).", error.Message);
        }

        [Fact]
        public void AProviderWithNoModelAtAllIsRefusedWhenMade()
        {
            var error = Assert.Throws<ArgumentException>(() => Provider(null));

            Assert.Contains("Name a model", error.Message);
        }

        [Fact]
        public void TheOpenAIDefaultsMapEveryTierTheCorpusUses()
        {
            var tiers = Planning.CorpusTeams.Library().Agents.Values
                .Select(agent => agent.Model).Distinct();

            Assert.All(tiers, tier => Assert.True(ChatModels.OpenAIDefaults.ContainsKey(tier)));
            Assert.True(ChatModels.OpenAIDefaults.ContainsKey("haiku"));
        }

        [Fact]
        public void TheNameShowsWhereTheServerIsAndNoCredentialOrQuery()
        {
            var uri = new Uri("http://someone:hunter2@127.0.0.1:9/v1?api-key=opensesame");

            var provider = OpenAIChat.CreateProvider(uri, "sk-secret-key",
                new ChatProviderOptions { Name = "OpenAI", Model = "m" });

            Assert.Equal("OpenAI at http://127.0.0.1:9/v1", provider.Name);
            Assert.Equal(provider.Name, provider.ToString());
            Assert.Equal(new Uri("http://127.0.0.1:9/v1"), provider.Endpoint);
        }

        [Theory]
        [InlineData("ftp://127.0.0.1/v1")]
        [InlineData("/v1")]
        public void ABaseAddressThatIsNotHttpIsRefused(string address)
        {
            var uri = new Uri(address, UriKind.RelativeOrAbsolute);

            Assert.Throws<ArgumentException>(() => OpenAIChat.CreateProvider(
                uri, null, new ChatProviderOptions { Model = "m" }));
        }

        [Fact]
        public async Task AnyChatClientWorksAndIsToldTheModelPerRequest()
        {
            var client = new StreamingChatClient(options => Answer(options.ModelId, "stop"));
            var provider = new ChatProvider(client, new ChatProviderOptions
            {
                Name = "Memory",
                Model = "small",
                ModelMap = new Dictionary<string, string> { ["opus"] = "large" },
                StructuredDesign = false,
            });

            var results = await ChatRuns.Run(ChatRuns.Chain(), provider);

            Assert.All(results, r => Assert.Equal(TaskResultStatus.Succeeded, r.Status));
            Assert.Equal("answer from large", ChatRuns.Result(results, "third").Output);
            Assert.Equal("answer from small", ChatRuns.Result(results, "first").Output);
            Assert.Equal(new[] { "small", "small", "large" },
                client.Options.Select(o => o.ModelId));
            Assert.All(client.Options, o => Assert.Null(o.Temperature));
            Assert.Equal("Memory", ChatRuns.Result(results, "first").Provider);
            Assert.Equal(40, ChatRuns.Result(results, "first").InputTokens);
        }

        [Fact]
        public async Task AnAnswerWithoutAnEndIsTriedAgainAndThenFails()
        {
            var client = new StreamingChatClient(options => Answer(options.ModelId, null));
            var provider = new ChatProvider(client, new ChatProviderOptions { Model = "m" });

            var results = await ChatRuns.Run(ChatRuns.Chain(), provider,
                configure: o => o.MaxAttempts = 2);

            var first = ChatRuns.Result(results, "first");
            Assert.Equal(TaskResultStatus.Failed, first.Status);
            Assert.Equal(2, first.Attempts);
            Assert.Equal("Chat: the answer's stream ended before the model finished "
                + "(13 characters came).", first.Error);
        }

        [Fact]
        public async Task AnAnswerWithNoTextFailsAndSaysWhyTheModelStopped()
        {
            var client = new StreamingChatClient(_ => new[]
            {
                new ChatResponseUpdate(ChatRole.Assistant, "")
                {
                    FinishReason = ChatFinishReason.ContentFilter,
                },
            });
            var provider = new ChatProvider(client, new ChatProviderOptions { Model = "m" });

            var results = await ChatRuns.Run(ChatRuns.Chain(), provider);

            var first = ChatRuns.Result(results, "first");
            Assert.Equal(TaskResultStatus.Failed, first.Status);
            Assert.Equal(1, first.Attempts);
            Assert.Equal("Chat: the model gave no text (it stopped for 'content_filter').",
                first.Error);
        }

        private static IEnumerable<ChatResponseUpdate> Answer(string model, string finish)
        {
            yield return new ChatResponseUpdate(ChatRole.Assistant, "answer ") { ModelId = model };
            yield return new ChatResponseUpdate(null, $"from {model}")
            {
                FinishReason = finish == null ? (ChatFinishReason?)null
                    : new ChatFinishReason(finish),
            };
            yield return new ChatResponseUpdate(null, new List<AIContent>
            {
                new UsageContent(new UsageDetails { InputTokenCount = 40, OutputTokenCount = 4 }),
            });
        }

        private static ChatProvider Provider(string model, params (string, string)[] map)
        {
            return new ChatProvider(new StreamingChatClient(_ => new ChatResponseUpdate[0]),
                new ChatProviderOptions
                {
                    Name = "Test",
                    Model = model,
                    ModelMap = map.ToDictionary(entry => entry.Item1, entry => entry.Item2),
                });
        }
    }
}
