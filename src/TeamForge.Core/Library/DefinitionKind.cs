namespace TeamForge.Library
{
    /// <summary>What a definition file of a library describes.</summary>
    internal enum DefinitionKind
    {
        Agent,
        Skill,
        Team,
    }
}
