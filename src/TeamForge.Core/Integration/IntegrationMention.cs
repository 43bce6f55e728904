namespace TeamForge.Integration
{
    /// <summary>Where one domain raises an integration point's term.</summary>
    internal sealed class IntegrationMention
    {
        public IntegrationMention(DomainOutput output, string concern, bool inConcern)
        {
            Output = output;
            Concern = concern;
            InConcern = inConcern;
        }

        public DomainOutput Output { get; }

        /// <summary>The concern that names the term, or whose material does.</summary>
        public string Concern { get; }

        /// <summary>
        /// True when the concern itself names it; false for its skills' material.
        /// </summary>
        public bool InConcern { get; }
    }
}
