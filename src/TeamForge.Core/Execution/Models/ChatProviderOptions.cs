using System;
using System.Collections.Generic;

namespace TeamForge.Execution
{
    /// <summary>What a <see cref="ChatProvider"/> sends each member to, and how.</summary>
    public sealed class ChatProviderOptions
    {
        /// <summary>Names the provider in results and logs: OpenAI, Ollama, ...</summary>
        public string Name { get; set; } = "Chat";

        /// <summary>
        /// Where the model is served, shown in the provider's name; never holds a secret
        /// (credentials and query strings in it are left out of the name).
        /// </summary>
        public Uri Endpoint { get; set; }

        /// <summary>The model of every member whose agent's tier the map does not name.</summary>
        public string Model { get; set; }

        /// <summary>
        /// An agent's model tier (sonnet, opus, haiku, ...) to the provider's model name;
        /// tiers are matched without regard to case.
        /// </summary>
        public IDictionary<string, string> ModelMap { get; set; } =
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// The longest answer a member may give, in tokens; null leaves it to the server (or,
        /// for a server that needs one, to the provider's default).
        /// </summary>
        public int? MaxOutputTokens { get; set; }

        /// <summary>
        /// Whether the lead's integrating task is asked for the design as JSON in
        /// <see cref="DesignSchema"/>, checked and repaired once; otherwise it writes Markdown
        /// like every other task.
        /// </summary>
        public bool StructuredDesign { get; set; } = true;

        /// <summary>The sampling temperature; null leaves it to the server.</summary>
        public float? Temperature { get; set; }

        /// <summary>
        /// The limits on the provider's requests, shared by every run it serves (and by any
        /// other provider given the same object); null for none.
        /// </summary>
        public RequestLimits Limits { get; set; }
    }
}
