using System;
using TeamForge.Execution;
using TeamForge.Planning;

namespace TeamForge.Store
{
    /// <summary>
    /// Records a run in its store as it goes: every start, retry and result. A result
    /// reused from an earlier attempt is on disk already and is not written again.
    /// </summary>
    public sealed class StoreObserver : IRunObserver
    {
        private readonly RunStore _store;

        public StoreObserver(RunStore store)
        {
            _store = store ?? throw new ArgumentNullException(nameof(store));
        }

        public void TaskStarted(PlannedTask task, DateTimeOffset time)
        {
            _store.TaskStarted(task.Name, 1);
        }

        public void TaskRetrying(PlannedTask task, int nextAttempt, string error, TimeSpan delay)
        {
            // The store names the attempt that failed; the runner names the next one.
            _store.TaskRetrying(task.Name, nextAttempt - 1, error, delay);
        }

        public void TaskFinished(TaskResult result)
        {
            if (!result.Reused)
            {
                _store.TaskFinished(result);
            }
        }
    }
}
