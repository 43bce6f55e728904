using TeamForge.Planning;

namespace TeamForge.Execution
{
    /// <summary>
    /// An observer of a run that also hears how each running task goes. The scheduler calls
    /// it from the provider's thread, at most once per <see cref="RunOptions.ProgressInterval"/>
    /// for each task's token counts; a wait is passed on at once.
    /// </summary>
    /// <remarks>
    /// Kept apart from <see cref="IRunObserver"/> so that observers which do not care about
    /// progress need not change.
    /// </remarks>
    public interface ITaskProgressObserver
    {
        void TaskProgressed(PlannedTask task, TaskProgress progress);
    }
}
