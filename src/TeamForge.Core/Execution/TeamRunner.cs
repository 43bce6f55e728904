using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.Planning;

namespace TeamForge.Execution
{
    /// <summary>
    /// Runs a plan: each task starts as soon as the tasks it waits on are done, up to the
    /// throttle limit at once. A failure skips what depends on it and nothing else.
    /// </summary>
    public sealed class TeamRunner
    {
        /// <summary>
        /// Runs every task of the plan and returns one result per task, in plan order. The
        /// observer hears of each task as it starts and ends. Cancelling ends the running
        /// tasks and the ones not started as cancelled.
        /// </summary>
        public Task<IReadOnlyList<TaskResult>> RunAsync(
            TaskPlan plan, RunOptions options, ITaskProvider provider, IRunObserver observer,
            CancellationToken cancellationToken)
        {
            if (plan == null)
            {
                throw new ArgumentNullException(nameof(plan));
            }

            if (options == null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            if (provider == null)
            {
                throw new ArgumentNullException(nameof(provider));
            }

            if (options.ThrottleLimit < 1)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(options), options.ThrottleLimit,
                    "The throttle limit must be 1 or more.");
            }

            CheckOrder(plan);

            var session = new RunSession(plan, options, provider, observer, cancellationToken);
            return session.RunAsync();
        }

        /// <summary>
        /// A plan lists each task after the tasks it waits on, so it has no cycle.
        /// </summary>
        private static void CheckOrder(TaskPlan plan)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var task in plan.Tasks)
            {
                foreach (var name in task.DependsOn)
                {
                    if (!seen.Contains(name))
                    {
                        throw new ArgumentException($"Task '{task.Name}' waits on '{name}', "
                            + "which does not come before it in the plan.", nameof(plan));
                    }
                }

                if (!seen.Add(task.Name))
                {
                    throw new ArgumentException(
                        $"The plan has two tasks named '{task.Name}'.", nameof(plan));
                }
            }
        }
    }
}
