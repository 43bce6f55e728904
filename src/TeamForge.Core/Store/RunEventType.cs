namespace TeamForge.Store
{
    /// <summary>What a line of a run's events.jsonl records; written in kebab case.</summary>
    public enum RunEventType
    {
        RunStarted,

        /// <summary>A run store was opened again to continue the run.</summary>
        RunResumed,
        TaskStarted,
        TaskRetrying,
        TaskSucceeded,
        TaskFailed,
        TaskSkipped,
        TaskCancelled,
        RunPaused,
        RunFinished,
    }
}
