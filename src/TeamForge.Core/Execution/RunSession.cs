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
        private readonly CancellationToken userCancellation;
        private readonly CancellationTokenSource runTimeLimit = new CancellationTokenSource();
        private readonly CancellationTokenSource failFast = new CancellationTokenSource();
        private readonly CancellationTokenSource stop;
        private readonly CancellationToken cancellation;
        private readonly TaskAttempts attempts;
        private readonly HashSet<string> stopBefore;
        private readonly PriceTable prices;
        private string failFastCause;
        private decimal spent;

        private readonly Dictionary<string, TaskResult> results =
            new Dictionary<string, TaskResult>(NameComparer);
        private readonly Dictionary<string, int> unfinished =
            new Dictionary<string, int>(NameComparer);
        private readonly Dictionary<string, List<PlannedTask>> dependents =
            new Dictionary<string, List<PlannedTask>>(NameComparer);
        private readonly Dictionary<string, int> planIndex =
            new Dictionary<string, int>(NameComparer);
        private readonly Dictionary<string, string> outputs =
            new Dictionary<string, string>(NameComparer);
        private readonly Dictionary<string, int> dependentsToStart =
            new Dictionary<string, int>(NameComparer);
        private readonly Queue<PlannedTask> ready = new Queue<PlannedTask>();
        private readonly Dictionary<Task<ProviderOutcome>, RunningTask> running =
            new Dictionary<Task<ProviderOutcome>, RunningTask>();

        public RunSession(
            TaskPlan plan, RunOptions options, ITaskProvider provider, IRunObserver observer,
            CancellationToken cancellation)
        {
            this.plan = plan;
            this.options = options;
            this.provider = provider;
            this.observer = observer;
            userCancellation = cancellation;
            stop = CancellationTokenSource.CreateLinkedTokenSource(
                cancellation, runTimeLimit.Token, failFast.Token);
            this.cancellation = stop.Token;
            attempts = new TaskAttempts(provider, options, observer);
            stopBefore = new HashSet<string>(options.StopBefore ?? new string[0], NameComparer);
            prices = options.Prices ?? (provider as IPricedProvider)?.Prices
                ?? PriceTable.Default;

            foreach (var task in plan.Tasks)
            {
                planIndex[task.Name] = planIndex.Count;
                unfinished[task.Name] = task.DependsOn.Count;
                dependentsToStart[task.Name] = 0;
                dependents[task.Name] = new List<PlannedTask>();
                foreach (var name in task.DependsOn)
                {
                    dependents[name].Add(task);
                    dependentsToStart[name]++;
                }
            }
        }

        public async Task<IReadOnlyList<TaskResult>> RunAsync()
        {
            if (options.Timeout.HasValue)
            {
                runTimeLimit.CancelAfter(options.Timeout.Value);
            }

            var span = RunTelemetry.StartRun(plan.Team?.Name, options.RunId);
            try
            {
                foreach (var task in plan.Tasks.Where(t => t.DependsOn.Count == 0))
                {
                    BecomeReady(task);
                }

                StartReadyTasks();
                while (running.Count > 0)
                {
                    // Every running task ends promptly once the run stops, with its reason.
                    var finished = await Task.WhenAny(running.Keys).ConfigureAwait(false);
                    Finish(finished);
                    StartReadyTasks();
                }

                CancelTheRest();
                var ordered = plan.Tasks.Select(task => results[task.Name]).ToList();
                RunTelemetry.End(span, ordered.All(r => r.Status != TaskResultStatus.Failed
                    && r.Status != TaskResultStatus.Cancelled) ? "Succeeded" : "Failed");
                span = null;
                return ordered;
            }
            finally
            {
                RunTelemetry.End(span, "Failed");
                stop.Dispose();
                runTimeLimit.Dispose();
                failFast.Dispose();
            }
        }

        private void BecomeReady(PlannedTask task)
        {
            if (results.ContainsKey(task.Name) || cancellation.IsCancellationRequested)
            {
                return;
            }

            if (TryReuse(task))
            {
                return;
            }

            if (stopBefore.Contains(task.Name))
            {
                var paused = NewResult(task, TaskResultStatus.Skipped);
                paused.Reason = TaskReasons.Paused;
                paused.Error = "the run paused before this task (-StopBefore); resume to run it";
                Record(paused);
                SkipDependents(task, TaskReasons.Paused, $"the run paused before '{task.Name}'");
                return;
            }

            if (task.RunLevelReason == null)
            {
                ready.Enqueue(task);
                return;
            }

            // Nobody runs a run-level task; it counts as done so that its dependents run.
            var result = NewResult(task, TaskResultStatus.Skipped);
            result.Reason = TaskReasons.RunLevel;
            result.Error = task.RunLevelReason;
            Record(result);
            Satisfy(task);
        }

        // A task that succeeded in an earlier attempt at the run is never asked again: its
        // stored output stands, and feeds the tasks that wait on it.
        private bool TryReuse(PlannedTask task)
        {
            if (options.PriorResults == null
                || !options.PriorResults.TryGetValue(task.Name, out var prior)
                || prior.Status != TaskResultStatus.Succeeded)
            {
                return false;
            }

            var result = NewResult(task, TaskResultStatus.Succeeded);
            result.StartTime = prior.StartTime;
            result.EndTime = prior.EndTime;
            result.Duration = prior.Duration;
            result.Attempts = prior.Attempts;
            result.Output = prior.Output;
            result.Provider = prior.Provider;
            result.Model = prior.Model;
            result.InputTokens = prior.InputTokens;
            result.OutputTokens = prior.OutputTokens;
            result.CachedTokens = prior.CachedTokens;
            result.Cost = prior.Cost;
            result.Warnings = prior.Warnings ?? new string[0];
            result.OutputEdited = prior.OutputEdited;
            result.Reused = true;
            Record(result);
            Satisfy(task);
            return true;
        }

        private void StartReadyTasks()
        {
            while (ready.Count > 0 && !cancellation.IsCancellationRequested)
            {
                if (SpentTheLimit())
                {
                    SkipForCost(ready.Dequeue());
                    continue;
                }

                if (running.Count >= options.ThrottleLimit)
                {
                    return;
                }

                var task = ready.Dequeue();
                var context = NewContext(task);
                var start = DateTimeOffset.Now;
                observer?.TaskStarted(task, start);
                running.Add(attempts.RunAsync(task, context, cancellation),
                    new RunningTask(task, context, start));
            }
        }

        private void Finish(Task<ProviderOutcome> finished)
        {
            var (task, context, start) = running[finished];
            running.Remove(finished);
            var outcome = finished.GetAwaiter().GetResult();

            var result = NewResult(task, TaskResultStatus.Succeeded);
            result.StartTime = start;
            result.EndTime = outcome.End;
            result.Duration = outcome.End - start;
            result.Attempts = Math.Max(outcome.Attempts, 1);
            result.Output = outcome.Output;
            CopyUsage(context.Usage, result);
            result.Warnings = context.Warnings.ToArray();
            if (!outcome.Succeeded)
            {
                Describe(result, outcome);
            }

            Record(result);

            if (result.Status == TaskResultStatus.Succeeded)
            {
                Satisfy(task);
            }
            else if (result.Status == TaskResultStatus.Failed || outcome.TimeLimit != null)
            {
                // A task past its own limit ends like a failure for what waits on it.
                var what = outcome.TimeLimit != null ? "timed out" : "failed";
                SkipDependents(task, TaskReasons.DependencyFailed, $"'{task.Name}' {what}");
                if (options.FailFast && failFastCause == null)
                {
                    failFastCause = task.Name;
                    failFast.Cancel();
                }
            }
        }

        private bool SpentTheLimit()
        {
            return options.MaxCost.HasValue && spent >= options.MaxCost.Value;
        }

        // Limitation: tasks whose cost is not known (a model with no price) count as free,
        // so a run on such models spends past its limit without stopping.
        private void SkipForCost(PlannedTask task)
        {
            var why = $"the run's spend of {CostText.Of(spent)} reached its limit of " +
                $"{CostText.Of(options.MaxCost.Value)} (-MaxCost)";
            var result = NewResult(task, TaskResultStatus.Skipped);
            result.Reason = TaskReasons.CostLimit;
            result.Error = $"not started: {why}; resume with a higher -MaxCost to run it";
            Record(result);
            SkipDependents(task, TaskReasons.CostLimit, why);
        }

        // Limitation: a provider reports the usage of the attempt that answered; tokens spent
        // by attempts that failed on the way are not counted.
        private void CopyUsage(TaskUsage usage, TaskResult result)
        {
            result.Model = usage.Model;
            result.InputTokens = usage.InputTokens;
            result.OutputTokens = usage.OutputTokens;
            result.CachedTokens = usage.CachedTokens;
            result.Cost = usage.Cost ?? prices.CostOf(
                usage.Model, usage.InputTokens, usage.OutputTokens, usage.CachedTokens);
        }

        // Says why a task ended without output, with the reason a script can test.
        private void Describe(TaskResult result, ProviderOutcome outcome)
        {
            if (outcome.TimeLimit != null)
            {
                result.Status = TaskResultStatus.Cancelled;
                result.Reason = TaskReasons.TimedOut;
                result.Error = $"TimedOut: the task ran past its limit of {outcome.TimeLimit}";
                return;
            }

            if (cancellation.IsCancellationRequested)
            {
                result.Status = TaskResultStatus.Cancelled;
                StopReason(result, "while it ran");
                return;
            }

            result.Status = TaskResultStatus.Failed;
            result.Reason = TaskReasons.Failed;
            result.Error = ProviderOutcome.Describe(outcome.Error);
        }

        private void StopReason(TaskResult result, string when)
        {
            if (runTimeLimit.IsCancellationRequested && !userCancellation.IsCancellationRequested)
            {
                result.Reason = TaskReasons.TimedOut;
                result.Error = $"TimedOut: the run ran past its limit, {when}";
            }
            else if (failFast.IsCancellationRequested && !userCancellation.IsCancellationRequested)
            {
                result.Reason = TaskReasons.FailFast;
                result.Error = $"cancelled {when}, after '{failFastCause}' did not succeed " +
                    "(-FailFast)";
            }
            else
            {
                result.Reason = TaskReasons.Cancelled;
                result.Error = $"cancelled {when}";
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

        private void SkipDependents(PlannedTask task, string reason, string cause)
        {
            foreach (var dependent in dependents[task.Name])
            {
                if (!results.ContainsKey(dependent.Name))
                {
                    var result = NewResult(dependent, TaskResultStatus.Skipped);
                    result.Reason = reason;
                    result.Error = $"skipped because {cause}";
                    Record(result);
                    SkipDependents(dependent, reason, cause);
                }
            }
        }

        private void CancelTheRest()
        {
            foreach (var task in plan.Tasks.Where(t => !results.ContainsKey(t.Name)))
            {
                var result = NewResult(task, TaskResultStatus.Cancelled);
                StopReason(result, "before it started");
                Record(result);
            }
        }

        private TaskContext NewContext(PlannedTask task)
        {
            var inputs = task.DependsOn
                .OrderBy(name => planIndex[name])
                .Select(name => results[name])
                .Where(upstream => upstream.Status == TaskResultStatus.Succeeded)
                .Select(upstream => new TaskInput
                {
                    TaskName = upstream.TaskName,
                    Member = upstream.Member,
                    Role = upstream.Role,
                    Output = OutputOf(upstream),
                })
                .ToList();
            ReleaseInputs(task);
            var context = new TaskContext
            {
                RunId = options.RunId,
                RunFolder = options.RunFolder,
                Request = options.Request,
                Team = plan.Team,
                Task = task,
                Member = task.Member,
                Agent = options.Library?.FindAgent(task.AgentId),
                Inputs = inputs,
                Library = options.Library,
            };
            context.Prompt = PromptBuilder.Build(context);
            if (observer is ITaskProgressObserver hears)
            {
                context.Progress = new ProgressThrottle(task, hears, options.ProgressInterval);
            }

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

        // The observers get the whole result. With KeepOutputs off the run holds an output
        // only until every task that waits on it has started, so a long run's memory does
        // not grow with everything its tasks wrote.
        private void Record(TaskResult result)
        {
            spent += result.Cost ?? 0;
            observer?.TaskFinished(result);
            if (options.KeepOutputs)
            {
                results[result.TaskName] = result;
                return;
            }

            if (dependentsToStart[result.TaskName] > 0 && result.Output != null)
            {
                outputs[result.TaskName] = result.Output;
            }

            var kept = result.Clone();
            kept.Output = null;
            results[result.TaskName] = kept;
        }

        private string OutputOf(TaskResult upstream)
        {
            return outputs.TryGetValue(upstream.TaskName, out var output)
                ? output
                : upstream.Output;
        }

        private void ReleaseInputs(PlannedTask task)
        {
            foreach (var name in task.DependsOn)
            {
                if (--dependentsToStart[name] == 0)
                {
                    outputs.Remove(name);
                }
            }
        }
    }
}
