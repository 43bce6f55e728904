using System;
using System.Collections.Generic;
using TeamForge.Store;

namespace TeamForge
{
    /// <summary>A run read back from its folder in a run store.</summary>
    public sealed class TeamRun
    {
        public string Id { get; set; }

        public string Team { get; set; }

        public string Request { get; set; }

        public RunState State { get; set; }

        /// <summary>
        /// True for a run that reads as running while the process that wrote it, on this
        /// machine, is gone: it crashed or was killed, and can be continued.
        /// </summary>
        public bool Interrupted { get; set; }

        public DateTimeOffset StartTime { get; set; }

        /// <summary>When the run finished or paused; null while it runs.</summary>
        public DateTimeOffset? EndTime { get; set; }

        /// <summary>
        /// The results of the tasks that finished, in plan order. A task that never started
        /// or did not finish has no entry: compare with <see cref="Plan"/> to find them.
        /// </summary>
        public TaskResult[] Tasks { get; set; } = new TaskResult[0];

        /// <summary>The prompt tokens of the finished tasks; null when none counted any.</summary>
        public long? InputTokens { get; set; }

        /// <summary>The answer tokens of the tasks that finished.</summary>
        public long? OutputTokens { get; set; }

        /// <summary>The prompt tokens read from the server's cache.</summary>
        public long? CachedTokens { get; set; }

        /// <summary>
        /// What the finished tasks cost in US dollars, reused ones counted once; null when no
        /// task has a cost. Tokens spent by an attempt whose result was replaced are gone.
        /// </summary>
        public decimal? Cost { get; set; }

        /// <summary>The run's folder.</summary>
        public string Path { get; set; }

        public string TeamPath { get; set; }

        /// <summary>The SHA-256 of the team file when the run started.</summary>
        public string TeamHash { get; set; }

        public string Provider { get; set; }

        public IReadOnlyDictionary<string, string> Options { get; set; } =
            new Dictionary<string, string>();

        public PlanEntry[] Plan { get; set; } = new PlanEntry[0];

        /// <summary>Every whole event line, in the order written.</summary>
        public RunEvent[] Events { get; set; } = new RunEvent[0];

        public override string ToString() => $"{Id} ({Team}): {State}";
    }
}
