namespace TeamForge.Integration
{
    /// <summary>
    /// The headings the playbook writes and the composer reads back. Changing one changes
    /// the format other providers are told to follow, so they live in one place.
    /// </summary>
    internal static class DesignHeadings
    {
        public const string Scope = "Scope";
        public const string Approach = "Approach";
        public const string OpenDecisions = "Open decisions";
        public const string AcceptanceChecks = "Acceptance checks";
        public const string Pitfalls = "Pitfalls";
        public const string Uncovered = "Uncovered";
        public const string SummaryByDomain = "Summary by domain";
        public const string IntegrationPoints = "Integration points";
        public const string Conflicts = "Conflicts";
        public const string Roadmap = "Roadmap";
    }
}
