using System;
using System.Collections.Generic;
using TeamForge.Library;

namespace TeamForge.Execution
{
    /// <summary>
    /// What one run of a team is asked, and the limits it runs within.
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

        /// <summary>How often a task is tried when it fails with a TransientException.</summary>
        public int MaxAttempts { get; set; } = 3;

        /// <summary>The first retry's delay; each later one doubles it, with jitter.</summary>
        public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>How long one task may run, all attempts together; null for no limit.</summary>
        public TimeSpan? TaskTimeout { get; set; }

        /// <summary>How long the whole run may take; null for no limit.</summary>
        public TimeSpan? Timeout { get; set; }

        /// <summary>Cancels every other task at the first failure.</summary>
        public bool FailFast { get; set; }

        /// <summary>
        /// Results of an earlier attempt at this run, by task name. A task whose earlier
        /// result succeeded is not run again: its stored output feeds its dependents.
        /// </summary>
        public IReadOnlyDictionary<string, TaskResult> PriorResults { get; set; }

        /// <summary>
        /// Whether the results the run returns keep their outputs. A caller that takes each
        /// result as it is heard (a cmdlet streaming them) turns this off, so that the run
        /// does not hold every output until it ends.
        /// </summary>
        public bool KeepOutputs { get; set; } = true;

        /// <summary>
        /// The least time between two token counts of one task passed on to an observer
        /// that hears progress (<see cref="ITaskProgressObserver"/>).
        /// </summary>
        public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromMilliseconds(250);

        /// <summary>Tasks before which the run pauses: they and what waits on them wait.</summary>
        public ICollection<string> StopBefore { get; set; }
    }
}
