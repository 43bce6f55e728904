namespace TeamForge.Execution
{
    /// <summary>The words of <see cref="TaskResult.Reason"/>: why a task did not succeed.</summary>
    public static class TaskReasons
    {
        /// <summary>The provider failed the task.</summary>
        public const string Failed = "Failed";

        /// <summary>A task it waits on failed, so it never ran.</summary>
        public const string DependencyFailed = "DependencyFailed";

        /// <summary>It is assigned to a run-level role that no member plays.</summary>
        public const string RunLevel = "RunLevel";

        /// <summary>The run paused before it (-StopBefore); a resume runs it.</summary>
        public const string Paused = "Paused";

        /// <summary>It, or the whole run, ran past its time limit.</summary>
        public const string TimedOut = "TimedOut";

        /// <summary>Another task failed, and the run stops at the first failure.</summary>
        public const string FailFast = "FailFast";

        /// <summary>
        /// The run's spend reached its cost limit (-MaxCost) before the task started; a
        /// resume with a higher limit runs it.
        /// </summary>
        public const string CostLimit = "CostLimit";

        /// <summary>The run was stopped (Ctrl+C, Stop-Job).</summary>
        public const string Cancelled = "Cancelled";
    }
}
