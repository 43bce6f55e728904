using System;
using System.Collections.Generic;
using TeamForge.Execution;
using TeamForge.Planning;

namespace TeamForge.Tests.Execution
{
    /// <summary>Keeps what a run told it, in the order it was told.</summary>
    internal sealed class RecordingObserver : IRunObserver, ITaskProgressObserver
    {
        private readonly object gate = new object();

        public List<string> Started { get; } = new List<string>();

        public List<TaskResult> Finished { get; } = new List<TaskResult>();

        /// <summary>Each retry as "task#attempt: error".</summary>
        public List<string> Retries { get; } = new List<string>();

        /// <summary>The delay before each retry, in the order of <see cref="Retries"/>.</summary>
        public List<TimeSpan> RetryDelays { get; } = new List<TimeSpan>();

        /// <summary>Each progress report as it was heard, with its task's name.</summary>
        public List<(string Task, TaskProgress Progress)> Progress { get; } =
            new List<(string Task, TaskProgress Progress)>();

        public void TaskProgressed(PlannedTask task, TaskProgress progress)
        {
            lock (gate)
            {
                Progress.Add((task.Name, progress));
            }
        }

        public void TaskRetrying(PlannedTask task, int nextAttempt, string error, TimeSpan delay)
        {
            lock (gate)
            {
                Retries.Add($"{task.Name}#{nextAttempt}: {error}");
                RetryDelays.Add(delay);
            }
        }

        public void TaskStarted(PlannedTask task, DateTimeOffset time)
        {
            lock (gate)
            {
                Started.Add(task.Name);
            }
        }

        public void TaskFinished(TaskResult result)
        {
            lock (gate)
            {
                Finished.Add(result);
            }
        }
    }
}
