using System;

namespace TeamForge
{
    /// <summary>How a task ended.</summary>
    public enum TaskResultStatus
    {
        Succeeded,
        Failed,
        Skipped,
        Cancelled,
    }

    /// <summary>
    /// What one task of a run produced, emitted as the task finishes. Integration reads these
    /// to compose the team's design.
    /// </summary>
    public sealed class TaskResult : IComparable<TaskResult>, IComparable
    {
        public string RunId { get; set; }

        public string Team { get; set; }

        public string TaskName { get; set; }

        /// <summary>The agent id of the member who did the task.</summary>
        public string Member { get; set; }

        public string Role { get; set; }

        public TaskResultStatus Status { get; set; }

        public DateTimeOffset? StartTime { get; set; }

        public DateTimeOffset? EndTime { get; set; }

        public TimeSpan Duration { get; set; }

        /// <summary>The task's text: Markdown from the provider.</summary>
        public string Output { get; set; }

        /// <summary>Why the task failed, was skipped or was cancelled.</summary>
        public string Error { get; set; }

        /// <summary>
        /// Why a task did not succeed, as a word a script can test: Failed, DependencyFailed,
        /// RunLevel, Paused, TimedOut, FailFast, CostLimit or Cancelled; null for a
        /// success.
        /// </summary>
        public string Reason { get; set; }

        /// <summary>True when the output comes from an earlier attempt at the run.</summary>
        public bool Reused { get; set; }

        public int Attempts { get; set; }

        public string Provider { get; set; }

        /// <summary>The model that answered, when the provider called one.</summary>
        public string Model { get; set; }

        /// <summary>The prompt's tokens as the model counted them; null when unknown.</summary>
        public int? InputTokens { get; set; }

        /// <summary>The answer's tokens as the model counted them; null when unknown.</summary>
        public int? OutputTokens { get; set; }

        /// <summary>The prompt tokens read from the server's cache; null when unknown.</summary>
        public int? CachedTokens { get; set; }

        /// <summary>
        /// What the task cost in US dollars: as its provider reported it, or its tokens priced
        /// with the run's price table; null when the model has no price or the tokens are
        /// not known.
        /// </summary>
        public decimal? Cost { get; set; }

        /// <summary>What the provider warned of while doing the task; empty when nothing.</summary>
        public string[] Warnings { get; set; } = new string[0];

        public string[] DependsOn { get; set; } = new string[0];

        public string Description { get; set; }

        /// <summary>The request the team was asked.</summary>
        public string Request { get; set; }

        /// <summary>True for the lead's task that merges the others' work.</summary>
        public bool IsIntegration { get; set; }

        /// <summary>The task's wave in the plan: 0 for tasks that wait on nothing.</summary>
        public int Wave { get; set; }

        /// <summary>
        /// Set when the result was read back from a run store and its output file no longer
        /// holds what the task wrote: <see cref="Output"/> is then the file's text.
        /// </summary>
        public bool OutputEdited { get; set; }

        /// <summary>
        /// The task's place in the plan, from 0. Designs order by it, never by when tasks
        /// finished, so identical runs give identical documents.
        /// </summary>
        public int PlanIndex { get; set; }

        /// <summary>A copy of the result; its arrays are shared, as they are not changed.</summary>
        public TaskResult Clone() => (TaskResult)MemberwiseClone();

        public override string ToString() => $"{TaskName}: {Status}";

        /// <summary>
        /// Results sort by when they started, tasks that never started last, ties by their
        /// place in the plan: the order Sort-Object gives them with no property named.
        /// </summary>
        public int CompareTo(TaskResult other)
        {
            if (other == null)
            {
                return 1;
            }

            var started = (StartTime == null).CompareTo(other.StartTime == null);
            if (started != 0)
            {
                return started;
            }

            var start = Nullable.Compare(StartTime, other.StartTime);
            return start != 0 ? start : PlanIndex.CompareTo(other.PlanIndex);
        }

        int IComparable.CompareTo(object obj)
        {
            if (obj != null && !(obj is TaskResult))
            {
                throw new ArgumentException("A task result compares only with another one.");
            }

            return CompareTo((TaskResult)obj);
        }
    }
}
