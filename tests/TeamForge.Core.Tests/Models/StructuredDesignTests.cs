using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using TeamForge.Execution;
using TeamForge.Integration;

namespace TeamForge.Tests.Models
{
    /// <summary>
    /// The integrating task asked for the design's JSON: rendered into the design when it
    /// fits the schema, sent back once with what it misses, kept as text with a warning
    /// when the repair misses too.
    /// </summary>
    public sealed class StructuredDesignTests
    {
        private const string Design = "{\"summary\": \"One platform.\", "
            + "\"sections\": [{\"title\": \"Clusters\", \"body\": \"Three **regions**.\"}], "
            + "\"integrationPoints\": [\"CI publishes images the clusters pull.\"], "
            + "\"openDecisions\": [\"Which registry to run.\"], "
            + "\"roadmap\": [{\"phase\": \"Phase 1: Ground\", \"items\": [\"Clusters up.\"]}, "
            + "{\"phase\": \"Phase 2: Paths\", \"items\": [\"Templates.\", \"Docs.\"]}]}";

        [Fact]
        public async Task OnlyTheIntegratingTaskIsAskedForTheSchema()
        {
            var client = Client(_ => Design);

            await ChatRuns.Run(ChatRuns.Chain(), Provider(client));

            var formats = client.Options.Select(o => o.ResponseFormat).ToList();
            Assert.Equal(3, formats.Count);
            Assert.Null(formats[0]);
            Assert.Null(formats[1]);
            var schema = Assert.IsType<ChatResponseFormatJson>(formats[2]);
            Assert.Equal(DesignSchema.Name, schema.SchemaName);
            Assert.Equal(DesignSchema.Schema.GetRawText(), schema.Schema.Value.GetRawText());
            Assert.Contains("JSON in the schema 'team_design'", UserText(client.Messages[2]));
        }

        [Fact]
        public async Task AnAnswerInTheSchemaBecomesTheDesignsMarkdown()
        {
            var client = Client(_ => Design);

            var results = await ChatRuns.Run(ChatRuns.Chain(), Provider(client));

            var third = ChatRuns.Result(results, "third");
            Assert.Equal(TaskResultStatus.Succeeded, third.Status);
            Assert.Empty(third.Warnings);
            Assert.StartsWith("One platform.\n\n## Clusters\n\nThree **regions**.\n", third.Output);
            var design = DesignComposer.Compose(results);
            Assert.Equal(new[] { "CI publishes images the clusters pull." },
                design.IntegrationPoints);
            Assert.Equal(new[] { "Which registry to run." }, design.OpenDecisions);
            Assert.Equal(new[] { "Phase 1: Ground", "Phase 2: Paths" },
                design.Roadmap.Select(phase => phase.Name));
        }

        [Fact]
        public async Task AnAnswerThatMissesIsSentBackOnceWithWhatItMisses()
        {
            var asked = 0;
            var client = Client(options => options.ResponseFormat == null ? "plain"
                : ++asked == 1 ? "{\"summary\": \"Half a design.\"}" : Design);

            var results = await ChatRuns.Run(ChatRuns.Chain(), Provider(client));

            var third = ChatRuns.Result(results, "third");
            Assert.Equal(TaskResultStatus.Succeeded, third.Status);
            Assert.Empty(third.Warnings);
            Assert.StartsWith("One platform.", third.Output);
            Assert.Equal(4, client.Options.Count);
            var repair = client.Messages[3];
            Assert.Equal("{\"summary\": \"Half a design.\"}",
                repair.Last(m => m.Role == ChatRole.Assistant).Text);
            var words = repair.Last().Text;
            Assert.Contains("'sections' is missing", words);
            Assert.Contains("'roadmap' is missing", words);
            Assert.Equal(2 * 40, third.InputTokens);
        }

        [Fact]
        public async Task AnAnswerThatMissesTwiceIsKeptAsTextWithAWarning()
        {
            var client = Client(options => options.ResponseFormat == null
                ? "plain"
                : "Here is the design: not JSON at all.");

            var results = await ChatRuns.Run(ChatRuns.Chain(), Provider(client));

            var third = ChatRuns.Result(results, "third");
            Assert.Equal(TaskResultStatus.Succeeded, third.Status);
            Assert.Equal("Here is the design: not JSON at all.", third.Output);
            var warning = Assert.Single(third.Warnings);
            Assert.Contains("does not match the design's JSON schema after one repair", warning);
            Assert.Contains("the answer is not JSON", warning);
            Assert.Equal(4, client.Options.Count);
        }

        [Fact]
        public async Task AServerThatRefusesTheSchemaIsAskedForMarkdown()
        {
            using (var server = new ChatTestServer())
            {
                server.Fail(ChatFault.Answer(400, "Unknown parameter: 'response_format'.")
                    .ForTask("third"));

                var results = await ChatRuns.Run(ChatRuns.Chain(), ChatRuns.Provider(server));

                var third = ChatRuns.Result(results, "third");
                Assert.Equal(TaskResultStatus.Succeeded, third.Status);
                Assert.Equal(1, third.Attempts);
                var tries = server.Requests.Where(r => r.IsFor("third")).ToList();
                Assert.Equal(new[] { true, false }, tries.Select(r => r.AsksForSchema));
                Assert.Equal(tries[1].Answer, third.Output);
                var warning = Assert.Single(third.Warnings);
                Assert.Contains("refused the design's JSON schema", warning);
                Assert.Contains("Unknown parameter: 'response_format'.", warning);
            }
        }

        [Fact]
        public async Task ARefusalOfAnotherKindIsNotTakenForTheSchemas()
        {
            using (var server = new ChatTestServer())
            {
                server.Fail(ChatFault.Answer(400, "This model's maximum context length is 8192.")
                    .ForTask("third"));

                var results = await ChatRuns.Run(ChatRuns.Chain(), ChatRuns.Provider(server));

                var third = ChatRuns.Result(results, "third");
                Assert.Equal(TaskResultStatus.Failed, third.Status);
                Assert.Contains("maximum context length", third.Error);
                Assert.Single(server.Requests.Where(r => r.IsFor("third")));
            }
        }

        [Fact]
        public async Task AWarningOfAnAttemptThatFailedIsNotKept()
        {
            using (var server = new ChatTestServer())
            {
                var refusal = "Unknown parameter: 'response_format'.";
                server.Fail(ChatFault.Answer(400, refusal).ForTask("third"));
                server.Fail(ChatFault.Answer(500, "The server had an error").ForTask("third"));
                server.Fail(ChatFault.Answer(400, refusal).ForTask("third"));

                var results = await ChatRuns.Run(ChatRuns.Chain(), ChatRuns.Provider(server));

                var third = ChatRuns.Result(results, "third");
                Assert.Equal(TaskResultStatus.Succeeded, third.Status);
                Assert.Equal(2, third.Attempts);
                Assert.Single(third.Warnings);
            }
        }

        [Fact]
        public void ASectionNamedLikeOneOfTheDesignsOwnPartsIsSentBack()
        {
            var json = Design.Replace("\"title\": \"Clusters\"", "\"title\": \"Roadmap\"");

            Assert.False(DesignAnswer.TryRead(json, out _, out var problems));

            Assert.Contains(problems, p => p.Contains("the section 'Roadmap' has the name"));
        }

        [Theory]
        [InlineData("OpenAI")]
        [InlineData("Azure OpenAI")]
        [InlineData("Anthropic")]
        public async Task EveryKindSendsTheSchemaOnItsWire(string wire)
        {
            using (var server = new ChatTestServer())
            {
                var results = await ChatRuns.Run(
                    ChatRuns.Chain(), ChatRuns.Provider(server, wire));

                var third = ChatRuns.Result(results, "third");
                Assert.Empty(third.Warnings);
                Assert.Contains("## Roadmap\n\n### Phase 1: Foundation", third.Output);
                Assert.Equal(new[] { false, false, true },
                    server.Requests.OrderBy(r => r.Received).Select(r => r.AsksForSchema));
            }
        }

        [Fact]
        public void TheSchemaAsksForEveryPropertyAndNoOther()
        {
            var schema = DesignSchema.Schema;

            var required = schema.GetProperty("required").EnumerateArray()
                .Select(p => p.GetString());
            var properties = schema.GetProperty("properties").EnumerateObject()
                .Select(p => p.Name);
            Assert.Equal(properties.OrderBy(p => p), required.OrderBy(p => p));
            Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
        }

        [Theory]
        [InlineData("[]", "must be a JSON object")]
        [InlineData("{\"summary\": \"\", \"sections\": [], \"integrationPoints\": [], "
            + "\"openDecisions\": [], \"roadmap\": [{\"phase\": \"P\", \"items\": []}]}",
            "'summary' must be a text that is not empty")]
        [InlineData("{\"summary\": \"s\", \"sections\": [{\"title\": \"t\"}], "
            + "\"integrationPoints\": [], \"openDecisions\": [], "
            + "\"roadmap\": [{\"phase\": \"P\", \"items\": []}]}", "'sections[].body' is missing")]
        [InlineData("{\"summary\": \"s\", \"sections\": [], \"integrationPoints\": [1], "
            + "\"openDecisions\": [], \"roadmap\": [{\"phase\": \"P\", \"items\": []}]}",
            "each item of 'integrationPoints' must be a text")]
        [InlineData("{\"summary\": \"s\", \"sections\": [], \"integrationPoints\": [], "
            + "\"openDecisions\": [], \"roadmap\": []}", "'roadmap' needs at least one phase")]
        [InlineData("{\"summary\": \"s\", \"sections\": [], \"integrationPoints\": [], "
            + "\"openDecisions\": [], \"roadmap\": [{\"phase\": \"P\", \"items\": []}], "
            + "\"extra\": 1}", "'extra' is not a property of the design")]
        public void AnAnswerOffTheSchemaSaysWhere(string json, string problem)
        {
            Assert.False(DesignAnswer.TryRead(json, out var answer, out var problems));

            Assert.Null(answer);
            Assert.Contains(problems, p => p.Contains(problem));
        }

        [Fact]
        public void AnAnswerInAMarkdownFenceIsReadAsItsJson()
        {
            Assert.True(DesignAnswer.TryRead("```json\n" + Design + "\n```", out var answer,
                out var problems));

            Assert.Empty(problems);
            Assert.Equal("One platform.", answer.Summary);
            Assert.Equal(2, answer.Roadmap[1].Value.Count);
        }

        private static StreamingChatClient Client(System.Func<ChatOptions, string> text)
        {
            return new StreamingChatClient(options => Answer(text(options)));
        }

        private static ChatProvider Provider(StreamingChatClient client)
        {
            return new ChatProvider(client, new ChatProviderOptions { Model = "m" });
        }

        private static IEnumerable<ChatResponseUpdate> Answer(string text)
        {
            yield return new ChatResponseUpdate(ChatRole.Assistant, text)
            {
                FinishReason = ChatFinishReason.Stop,
            };
            yield return new ChatResponseUpdate(null, new List<AIContent>
            {
                new UsageContent(new UsageDetails { InputTokenCount = 40, OutputTokenCount = 4 }),
            });
        }

        private static string UserText(IList<ChatMessage> messages)
        {
            return messages.Last(m => m.Role == ChatRole.User).Text;
        }
    }
}
