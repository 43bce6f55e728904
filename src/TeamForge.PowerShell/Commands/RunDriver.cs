using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.Execution;
using TeamForge.Planning;
using TeamForge.Store;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>
    /// Runs a plan and hands what the scheduler's workers report to one sink, from the
    /// thread that calls <see cref="Run"/>: workers never write to PowerShell streams.
    /// </summary>
    internal sealed class RunDriver
    {
        private readonly TaskPlan _plan;

        private readonly RunOptions _options;

        private readonly ITaskProvider _provider;

        private readonly RunStore _store;

        public RunDriver(TaskPlan plan, RunOptions options, ITaskProvider provider, RunStore store)
        {
            _plan = plan;
            _options = options;
            _provider = provider;
            _store = store;
        }

        public TaskPlan Plan => _plan;

        public RunOptions Options => _options;

        /// <summary>
        /// Runs to the end, writing to the sink as tasks start and finish; returns the
        /// results in plan order. A fault of the scheduler itself is thrown.
        /// </summary>
        public IReadOnlyList<TaskResult> Run(IRunSink sink, CancellationToken cancellation)
        {
            using (var events = new RunEventQueue())
            {
                events.HearErrorsOf(_provider, _options.RunId);
                var observer = new ObserverFanOut(events, new[] { new StoreObserver(_store) });
                var run = new TeamRunner().RunAsync(
                    _plan, _options, _provider, observer, cancellation);
                run.ContinueWith(_ => events.Complete(), TaskScheduler.Default);

                // The store hears the run whatever happens to the sink (a stopped pipeline
                // throws from its writes): the run's end is recorded either way.
                try
                {
                    var progress = new RunProgress(_plan, _options.RunId);
                    var costs = new CostWarnings(_options.MaxCost);
                    while (events.TryTake(out var runEvent))
                    {
                        Report(runEvent, progress, costs, sink);
                    }

                    sink.WriteProgress(progress.Completed());
                }
                finally
                {
                    Finish(run);
                }

                var results = run.GetAwaiter().GetResult();
                var usage = UsageTotals.Of(results);
                if (usage.Any)
                {
                    sink.WriteVerbose($"Run '{_options.RunId}' used {usage.Describe()}.");
                }

                return results;
            }
        }

        private void Finish(Task<IReadOnlyList<TaskResult>> run)
        {
            try
            {
                run.Wait();
            }
            catch (AggregateException)
            {
                _store.RunFinished(RunState.Failed, "the scheduler failed");
                return;
            }

            var results = run.Result;
            var state = RunOutcome.StateOf(results);
            if (state == RunState.Paused)
            {
                var stopBefore = new HashSet<string>(
                    _options.StopBefore ?? new string[0], StringComparer.OrdinalIgnoreCase);
                _store.RunPaused(results
                    .Where(r => (r.Reason == TaskReasons.Paused && stopBefore.Contains(r.TaskName))
                        || r.Reason == TaskReasons.CostLimit)
                    .Select(r => r.TaskName));
                return;
            }

            _store.RunFinished(state);
        }

        private static void Report(
            RunEvent runEvent, RunProgress progress, CostWarnings costs, IRunSink sink)
        {
            if (runEvent.ErrorLine != null)
            {
                sink.WriteVerbose($"[{runEvent.TaskName}] {runEvent.ErrorLine}");
                return;
            }

            if (runEvent.Started != null)
            {
                var task = runEvent.Started;
                sink.WriteVerbose($"Starting task '{task.Name}' for member '{task.AgentId}'.");
                WriteAll(sink, progress.Started(task.Name));
                return;
            }

            if (runEvent.Progressed != null)
            {
                Report(runEvent.Progressed, runEvent.Progress, progress, sink);
                return;
            }

            if (runEvent.Retrying != null)
            {
                sink.WriteVerbose($"Retrying task '{runEvent.Retrying.Name}' (attempt " +
                    $"{runEvent.Attempt}) in {runEvent.Delay.TotalSeconds:0.0} s after: " +
                    $"{runEvent.Message}");
                return;
            }

            var result = runEvent.Finished;
            sink.WriteVerbose($"Task '{result.TaskName}' of member '{result.Member}' " +
                $"{result.Status.ToString().ToLowerInvariant()} after " +
                $"{result.Duration.TotalSeconds:0.00} s.");
            WriteAll(sink, progress.Finished(result.TaskName));
            foreach (var warning in result.Warnings ?? new string[0])
            {
                sink.WriteWarning($"Task '{result.TaskName}': {warning}");
            }

            var costWarning = costs.Check(result);
            if (costWarning != null)
            {
                sink.WriteWarning(costWarning);
            }

            sink.WriteResult(result);
            if (result.Status == TaskResultStatus.Failed)
            {
                sink.WriteError(Errors.Record(
                    new TaskFailedException(result), "TaskFailed",
                    ErrorCategory.OperationStopped, result));
            }
        }

        private static void Report(
            PlannedTask task, TaskProgress taskProgress, RunProgress progress, IRunSink sink)
        {
            if (taskProgress.IsWait)
            {
                sink.WriteVerbose($"Task '{task.Name}' is waiting for {taskProgress.WaitingFor}.");
            }

            var record = progress.Progressed(task.Name, taskProgress);
            if (record != null)
            {
                sink.WriteProgress(record);
            }
        }

        private static void WriteAll(IRunSink sink, IEnumerable<ProgressRecord> records)
        {
            foreach (var record in records)
            {
                sink.WriteProgress(record);
            }
        }
    }
}
