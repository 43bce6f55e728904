namespace TeamForge.Execution
{
    /// <summary>
    /// What a provider reports about the model behind a task: which model answered and the
    /// tokens it counted. The scheduler copies it into the task's result; a provider that
    /// calls no model leaves it empty.
    /// </summary>
    public sealed class TaskUsage
    {
        /// <summary>The model that answered, as the server named it.</summary>
        public string Model { get; set; }

        public int? InputTokens { get; set; }

        public int? OutputTokens { get; set; }

        /// <summary>The input tokens the server read from its prompt cache.</summary>
        public int? CachedTokens { get; set; }

        /// <summary>
        /// What the task cost in US dollars, when the provider knows it (an agent's tool that
        /// reports its spend); left null, the run prices the tokens with its price table.
        /// </summary>
        public decimal? Cost { get; set; }
    }
}
