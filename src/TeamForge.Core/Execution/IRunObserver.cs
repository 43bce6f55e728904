using System;
using TeamForge.Planning;

namespace TeamForge.Execution
{
    /// <summary>
    /// Hears about a run while it goes. The runner calls it from whichever thread it is on,
    /// never at the same time twice; an observer that must reach a particular thread (a
    /// cmdlet's pipeline) queues what it hears.
    /// </summary>
    public interface IRunObserver
    {
        /// <summary>A task was handed to the provider.</summary>
        void TaskStarted(PlannedTask task, DateTimeOffset time);

        /// <summary>A task ended: it succeeded, failed, was skipped or was cancelled.</summary>
        void TaskFinished(TaskResult result);
    }
}
