using System;
using TeamForge.Planning;

namespace TeamForge.Execution
{
    /// <summary>
    /// Hears about a run while it goes. It is called from the runner's threads, retries from
    /// the retrying task's own thread, so calls may overlap: an observer that must reach a
    /// particular thread (a cmdlet's pipeline) queues what it hears.
    /// </summary>
    public interface IRunObserver
    {
        /// <summary>A task was handed to the provider.</summary>
        void TaskStarted(PlannedTask task, DateTimeOffset time);

        /// <summary>An attempt failed transiently; the next starts after the delay.</summary>
        void TaskRetrying(PlannedTask task, int nextAttempt, string error, TimeSpan delay);

        /// <summary>A task ended: it succeeded, failed, was skipped or was cancelled.</summary>
        void TaskFinished(TaskResult result);
    }
}
