namespace TeamForge.Integration
{
    /// <summary>
    /// The order platform work is usually built in: what others stand on first, the way
    /// changes flow and are watched next, then the workloads and people on top, then debt.
    /// </summary>
    internal enum RoadmapStage
    {
        Foundations,
        Delivery,
        WorkloadsAndExperience,

        /// <summary>Work none of the stage words describe: a team's own domain work.</summary>
        Other,
        HardeningAndDebt,
    }
}
