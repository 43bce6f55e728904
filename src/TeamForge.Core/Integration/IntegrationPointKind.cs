namespace TeamForge.Integration
{
    /// <summary>What several domains share, strongest evidence first.</summary>
    internal enum IntegrationPointKind
    {
        /// <summary>A term of two words ("node pools") that domains name.</summary>
        Phrase,

        /// <summary>A skill two domains plan.</summary>
        Skill,

        /// <summary>Skills other domains draw that one domain's member owns.</summary>
        OwnedSkills,

        /// <summary>One distinctive word ("secrets") that domains name.</summary>
        Term,
    }
}
