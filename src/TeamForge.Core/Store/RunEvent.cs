using System;
using System.Text.Json.Serialization;

namespace TeamForge.Store
{
    /// <summary>One line of a run's events.jsonl; fields it has no use for are null.</summary>
    public sealed class RunEvent
    {
        // Required, so that a line of garbage that happens to be JSON is no event.
        [JsonRequired]
        public RunEventType Type { get; set; }

        /// <summary>When the event was written, in UTC.</summary>
        [JsonRequired]
        public DateTimeOffset Time { get; set; }

        public string Task { get; set; }

        /// <summary>1-based; for a retry, the attempt that failed.</summary>
        public int? Attempt { get; set; }

        /// <summary>The error of a failed attempt or task, or why a task or run stopped.</summary>
        public string Reason { get; set; }

        /// <summary>How long a retry waits before its next attempt.</summary>
        public TimeSpan? Delay { get; set; }

        /// <summary>For a pause, the tasks the run stopped before.</summary>
        public string[] Before { get; set; }

        /// <summary>For the end of a run, how it ended.</summary>
        public RunState? State { get; set; }

        /// <summary>For a start or resume, the process that writes the run from then on.</summary>
        public int? ProcessId { get; set; }

        public DateTimeOffset? ProcessStart { get; set; }

        /// <summary>For a start or resume, the machine the process runs on.</summary>
        public string Machine { get; set; }

        public override string ToString() => Task == null ? $"{Type}" : $"{Type} {Task}";
    }
}
