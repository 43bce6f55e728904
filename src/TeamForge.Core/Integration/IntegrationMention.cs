namespace TeamForge.Integration
{
    /// <summary>Where one domain raises an integration point.</summary>
    internal sealed class IntegrationMention
    {
        public IntegrationMention(
            DomainOutput output,
            string concern,
            bool inConcern,
            string skill = null
        )
        {
            Output = output;
            Concern = concern;
            InConcern = inConcern;
            Skill = skill;
        }

        public DomainOutput Output { get; }

        /// <summary>The concern that names it, or whose skills do; null when none does.</summary>
        public string Concern { get; }

        /// <summary>
        /// True when the concern itself names it (or plans the skill); false when only the
        /// concern's skill material does.
        /// </summary>
        public bool InConcern { get; }

        /// <summary>The skill the domain draws, in a point that gathers several.</summary>
        public string Skill { get; }
    }
}
