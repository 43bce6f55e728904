using System.Text.Json;

namespace TeamForge.Execution
{
    /// <summary>
    /// The JSON the lead's integrating task is asked for when its provider can hold a model
    /// to a schema: the design's summary, its sections, the points where the domains meet,
    /// the decisions left open, and the roadmap's phases.
    /// </summary>
    /// <remarks>
    /// Every property is required and no other is allowed, the form strict structured output
    /// takes. Limitation: the schema is sent without "strict", which Microsoft.Extensions.AI
    /// does not set for a response format; the answer is checked here instead.
    /// The names are those of the design's Markdown headings, which the answer is rendered
    /// into (see <see cref="DesignAnswer"/>).
    /// </remarks>
    public static class DesignSchema
    {
        /// <summary>The name the schema is sent under.</summary>
        public const string Name = "team_design";

        public const string Description =
            "The team's unified design: the lead's merge of every member's part.";

        public static JsonElement Schema { get; } = Parse(@"{
  ""type"": ""object"",
  ""properties"": {
    ""summary"": { ""type"": ""string"" },
    ""sections"": {
      ""type"": ""array"",
      ""items"": {
        ""type"": ""object"",
        ""properties"": {
          ""title"": { ""type"": ""string"" },
          ""body"": { ""type"": ""string"" }
        },
        ""required"": [ ""title"", ""body"" ],
        ""additionalProperties"": false
      }
    },
    ""integrationPoints"": { ""type"": ""array"", ""items"": { ""type"": ""string"" } },
    ""openDecisions"": { ""type"": ""array"", ""items"": { ""type"": ""string"" } },
    ""roadmap"": {
      ""type"": ""array"",
      ""items"": {
        ""type"": ""object"",
        ""properties"": {
          ""phase"": { ""type"": ""string"" },
          ""items"": { ""type"": ""array"", ""items"": { ""type"": ""string"" } }
        },
        ""required"": [ ""phase"", ""items"" ],
        ""additionalProperties"": false
      }
    }
  },
  ""required"": [ ""summary"", ""sections"", ""integrationPoints"", ""openDecisions"",
    ""roadmap"" ],
  ""additionalProperties"": false
}");

        private static JsonElement Parse(string json)
        {
            using (var document = JsonDocument.Parse(json))
            {
                return document.RootElement.Clone();
            }
        }
    }
}
