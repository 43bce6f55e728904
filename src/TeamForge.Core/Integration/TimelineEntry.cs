using System;

namespace TeamForge
{
    /// <summary>When one task of a run started and ended.</summary>
    public sealed class TimelineEntry
    {
        public string TaskName { get; set; }

        public string Member { get; set; }

        public TaskResultStatus Status { get; set; }

        /// <summary>Null for a task that never started (skipped, say).</summary>
        public DateTimeOffset? Start { get; set; }

        public DateTimeOffset? End { get; set; }

        public TimeSpan Duration { get; set; }

        public override string ToString() => $"{TaskName}: {Status}";
    }
}
