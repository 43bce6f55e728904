namespace TeamForge
{
    /// <summary>Where a stored run stands, as its events tell.</summary>
    public enum RunState
    {
        /// <summary>Started and not finished; a run whose process died reads so too.</summary>
        Running,
        Succeeded,
        Failed,
        Cancelled,

        /// <summary>Stopped before some tasks on purpose, to be continued.</summary>
        Paused,
    }
}
