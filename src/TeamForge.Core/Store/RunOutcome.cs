using System.Collections.Generic;
using System.Linq;
using TeamForge.Execution;

namespace TeamForge.Store
{
    /// <summary>What a run's results say about the run as a whole.</summary>
    public static class RunOutcome
    {
        /// <summary>
        /// Paused when the run stopped before a task on purpose (-StopBefore) or at its cost
        /// limit (-MaxCost), to be resumed; Cancelled when it was stopped; Failed when a task
        /// failed or timed out; Succeeded otherwise.
        /// </summary>
        public static RunState StateOf(IReadOnlyCollection<TaskResult> results)
        {
            if (results.Any(r => r.Reason == TaskReasons.Paused
                || r.Reason == TaskReasons.CostLimit))
            {
                return RunState.Paused;
            }

            if (results.Any(r => r.Reason == TaskReasons.Cancelled))
            {
                return RunState.Cancelled;
            }

            var failed = results.Any(r => r.Status == TaskResultStatus.Failed
                || r.Status == TaskResultStatus.Cancelled);
            return failed ? RunState.Failed : RunState.Succeeded;
        }
    }
}
