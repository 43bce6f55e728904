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
    }
}
