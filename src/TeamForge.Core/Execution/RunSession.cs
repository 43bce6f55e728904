using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.Planning;

namespace TeamForge.Execution
{
    /// <summary>
    /// The state of one run. Only the run's own loop touches it, one step at a time; the
    /// providers run on the thread pool and hand back their outcome.
    /// </summary>
    internal sealed class RunSession
    {
        private static readonly StringComparer NameComparer = StringComparer.OrdinalIgnoreCase;

        private readonly TaskPlan plan;
        private readonly RunOptions options;
        private readonly ITaskProvider provider;
        private readonly IRunObserver observer;
        private readonly CancellationToken cancellation;

        private readonly Dictionary<string, TaskResult> results =
            new Dictionary<string, TaskResult>(NameComparer);
        private readonly Dictionary<string, int> unfinished =
            new Dictionary<string, int>(NameComparer);
        private readonly Dictionary<string, List<PlannedTask>> dependents =
            new Dictionary<string, List<PlannedTask>>(NameComparer);
        private readonly Dictionary<string, int> planIndex =
            new Dictionary<string, int>(NameComparer);
        private readonly Queue<PlannedTask> ready = new Queue<PlannedTask>();
        private readonly Dictionary<Task, (PlannedTask Task, DateTimeOffset Start)> running =
            new Dictionary<Task, (PlannedTask, DateTimeOffset)>();

        public RunSession(
            TaskPlan plan, RunOptions options, ITaskProvider provider, IRunObserver observer,
            CancellationToken cancellation)
        {
            this.plan = plan;
            this.options = options;
            this.provider = provider;
            this.observer = observer;
            this.cancellation = cancellation;

            foreach (var task in plan.Tasks)
            {
                planIndex[task.Name] = planIndex.Count;
                unfinished[task.Name] = task.DependsOn.Count;
                dependents[task.Name] = new List<PlannedTask>();
                foreach (var name in task.DependsOn)
                {
                    dependents[name].Add(task);
                }
            }
        }

        public async Task<IReadOnlyList<TaskResult>> RunAsync()
        {
            var cancelled = new TaskCompletionSource<bool>(
                TaskCreationOptions.RunContinuationsAsynchronously);
            using (cancellation.Register(() => cancelled.TrySetResult(true)))
            {
                foreach (var task in plan.Tasks.Where(t => t.DependsOn.Count == 0))
                {
                    BecomeReady(task);
                }

                StartReadyTasks();
                while (running.Count > 0)
                {
                    // The cancellation comes last so that tasks already done keep their result.
                    var waits = running.Keys.Concat(new[] { cancelled.Task });
                    var finished = await Task.WhenAny(waits).ConfigureAwait(false);
                    // Limitation: a provider that ignores the token keeps running in the
                    // background; the run reports its task cancelled and does not wait for it.
                    if (finished == cancelled.Task)
                    {
                        break;
                    }

                    Finish((Task<ProviderOutcome>)finished);
                    StartReadyTasks();
                }
            }

            CancelTheRest();
            return plan.Tasks.Select(task => results[task.Name]).ToList();
        }

        private void BecomeReady(PlannedTask task)
        {
            if (results.ContainsKey(task.Name) || cancellation.IsCancellationRequested)
            {
                return;
            }

            if (task.RunLevelReason == null)
            {
                ready.Enqueue(task);
                return;
            }

            // Nobody runs a run-level task; it counts as done so that its dependents run.
            var result = NewResult(task, TaskResultStatus.Skipped);
            result.Error = task.RunLevelReason;
            Record(result);
            Satisfy(task);
        }

        private void StartReadyTasks()
        {
            while (ready.Count > 0 && running.Count < options.ThrottleLimit
                && !cancellation.IsCancellationRequested)
            {
                var task = ready.Dequeue();
                var context = NewContext(task);
                var start = DateTimeOffset.Now;
                observer?.TaskStarted(task, start);
                running.Add(RunProviderAsync(context), (task, start));
            }
        }

        private async Task<ProviderOutcome> RunProviderAsync(TaskContext context)
        {
            try
            {
                // Task.Run keeps a provider that blocks before its first await off this loop.
                var output = await Task.Run(() => provider.RunAsync(context, cancellation))
                    .ConfigureAwait(false);
                return new ProviderOutcome(output, null, DateTimeOffset.Now);
            }
            catch (Exception error)
            {
                return new ProviderOutcome(null, error, DateTimeOffset.Now);
            }
        }

        private void Finish(Task<ProviderOutcome> finished)
        {
            var (task, start) = running[finished];
            running.Remove(finished);
            var outcome = finished.GetAwaiter().GetResult();

            var status = outcome.Error == null ? TaskResultStatus.Succeeded
                : cancellation.IsCancellationRequested ? TaskResultStatus.Cancelled
                : TaskResultStatus.Failed;
            var result = NewResult(task, status);
            result.StartTime = start;
            result.EndTime = outcome.End;
            result.Duration = outcome.End - start;
            result.Attempts = 1;
            result.Output = outcome.Output;
            if (status == TaskResultStatus.Failed)
            {
                result.Error = Describe(outcome.Error);
            }
            else if (status == TaskResultStatus.Cancelled)
            {
                result.Error = "cancelled while it ran";
            }

            Record(result);

            if (status == TaskResultStatus.Succeeded)
            {
                Satisfy(task);
            }
            else if (status == TaskResultStatus.Failed)
            {
                SkipDependents(task, task.Name);
            }
        }

        private void Satisfy(PlannedTask task)
        {
            foreach (var dependent in dependents[task.Name])
            {
                unfinished[dependent.Name]--;
                if (unfinished[dependent.Name] == 0)
                {
                    BecomeReady(dependent);
                }
            }
        }

        private void SkipDependents(PlannedTask task, string failed)
        {
            foreach (var dependent in dependents[task.Name])
            {
                if (!results.ContainsKey(dependent.Name))
                {
                    var result = NewResult(dependent, TaskResultStatus.Skipped);
                    result.Error = $"skipped because '{failed}' failed";
                    Record(result);
                    SkipDependents(dependent, failed);
                }
            }
        }

        private void CancelTheRest()
        {
            var now = DateTimeOffset.Now;
            foreach (var task in plan.Tasks.Where(t => !results.ContainsKey(t.Name)))
            {
                var result = NewResult(task, TaskResultStatus.Cancelled);
                var run = running.Values.Where(r => r.Task == task).ToList();
                if (run.Count > 0)
                {
                    result.StartTime = run[0].Start;
                    result.EndTime = now;
                    result.Duration = now - run[0].Start;
                    result.Attempts = 1;
                    result.Error = "cancelled while it ran";
                }
                else
                {
                    result.Error = "cancelled before it started";
                }

                Record(result);
            }
        }

        private TaskContext NewContext(PlannedTask task)
        {
            var inputs = plan.Tasks
                .Where(upstream => task.DependsOn.Contains(upstream.Name, NameComparer))
                .Select(upstream => results[upstream.Name])
                .Where(upstream => upstream.Status == TaskResultStatus.Succeeded)
                .Select(upstream => new TaskInput
                {
                    TaskName = upstream.TaskName,
                    Member = upstream.Member,
                    Role = upstream.Role,
                    Output = upstream.Output,
                })
                .ToList();
            var context = new TaskContext
            {
                RunId = options.RunId,
                Request = options.Request,
                Team = plan.Team,
                Task = task,
                Member = task.Member,
                Agent = options.Library?.FindAgent(task.AgentId),
                Inputs = inputs,
                Library = options.Library,
            };
            context.Prompt = PromptBuilder.Build(context);
            return context;
        }

        private TaskResult NewResult(PlannedTask task, TaskResultStatus status)
        {
            return new TaskResult
            {
                RunId = options.RunId,
                Team = plan.Team?.Name,
                TaskName = task.Name,
                Member = task.AgentId,
                Role = task.Role,
                Status = status,
                Provider = provider.Name,
                DependsOn = task.DependsOn.ToArray(),
                Description = task.Description,
                Request = options.Request,
                IsIntegration = task.IsIntegration,
                Wave = task.Wave,
                PlanIndex = planIndex[task.Name],
            };
        }

        private void Record(TaskResult result)
        {
            results[result.TaskName] = result;
            observer?.TaskFinished(result);
        }

        /// <summary>The provider's own message: results show why, never a stack trace.</summary>
        private static string Describe(Exception error)
        {
            while (error is AggregateException && error.InnerException != null)
            {
                error = error.InnerException;
            }

            return string.IsNullOrWhiteSpace(error.Message) ? error.GetType().Name : error.Message;
        }
    }
}
