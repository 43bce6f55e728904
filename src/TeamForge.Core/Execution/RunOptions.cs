using TeamForge.Library;

namespace TeamForge.Execution
{
    /// <summary>
    /// What one run of a team is asked and how many of its tasks may run at once.
    /// </summary>
    public sealed class RunOptions
    {
        public string RunId { get; set; }

        /// <summary>
        /// The run's own folder, handed to each task's context; null when the run has none.
        /// </summary>
        public string RunFolder { get; set; }

        /// <summary>The request the team works on; every task's prompt starts with it.</summary>
        public string Request { get; set; }

        /// <summary>Where the members' agents are looked up for each task's context.</summary>
        public TeamLibrary Library { get; set; }

        /// <summary>The most tasks that run at the same time; at least 1.</summary>
        public int ThrottleLimit { get; set; } = 8;
    }
}
