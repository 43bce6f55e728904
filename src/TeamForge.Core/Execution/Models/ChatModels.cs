using System;
using System.Collections.Generic;

namespace TeamForge.Execution
{
    /// <summary>The model maps a chat provider starts from.</summary>
    public static class ChatModels
    {
        /// <summary>
        /// OpenAI models for the agents' tiers: the largest for opus, a mid-sized one for
        /// sonnet, the smallest for haiku. Used when neither a model nor a map is given.
        /// </summary>
        public static IReadOnlyDictionary<string, string> OpenAIDefaults { get; } =
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["opus"] = "gpt-5",
                ["sonnet"] = "gpt-5-mini",
                ["haiku"] = "gpt-5-nano",
            };

        /// <summary>
        /// Anthropic models for the agents' tiers: each tier to its own Claude family, by
        /// the alias that follows the family's newest model.
        /// </summary>
        public static IReadOnlyDictionary<string, string> AnthropicDefaults { get; } =
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["opus"] = "claude-opus-4-5",
                ["sonnet"] = "claude-sonnet-4-5",
                ["haiku"] = "claude-haiku-4-5",
            };
    }
}
