using System.Collections.Generic;
using System.Management.Automation;
using TeamForge.Execution;
using TeamForge.Planning;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>
    /// The progress of a run: one bar for the run (tasks done out of all) and one child bar
    /// per running task.
    /// </summary>
    internal sealed class RunProgress
    {
        private const int RunActivity = 1;

        private readonly Dictionary<string, ProgressRecord> _running =
            new Dictionary<string, ProgressRecord>();

        private readonly Dictionary<string, int> _activities = new Dictionary<string, int>();

        private readonly ProgressRecord _run;

        private readonly int _total;

        private int _done;

        public RunProgress(TaskPlan plan, string runId)
        {
            _total = plan.Tasks.Count;
            for (var index = 0; index < plan.Tasks.Count; index++)
            {
                _activities[plan.Tasks[index].Name] = RunActivity + 1 + index;
            }

            var activity = $"Running team '{plan.Team.Name}' ({runId})";
            _run = new ProgressRecord(RunActivity, activity, "Starting");
        }

        public IEnumerable<ProgressRecord> Started(string task)
        {
            var record = new ProgressRecord(ActivityOf(task), $"Task '{task}'", "Running")
            {
                ParentActivityId = RunActivity,
            };
            _running[task] = record;
            return new[] { UpdateRun(), record };
        }

        /// <summary>
        /// The task's bar with what it waits for or the tokens received so far; null when
        /// the task is not running (a late report).
        /// </summary>
        public ProgressRecord Progressed(string task, TaskProgress progress)
        {
            if (!_running.TryGetValue(task, out var record))
            {
                return null;
            }

            var status = progress.IsWait
                ? $"Waiting for {progress.WaitingFor}"
                : progress.TokensEstimated
                    ? $"Receiving: about {progress.Tokens} tokens (characters/4)"
                    : $"Receiving: {progress.Tokens} tokens";
            var updated = Copy(record);
            updated.StatusDescription = status;
            _running[task] = updated;
            return updated;
        }

        public IEnumerable<ProgressRecord> Finished(string task)
        {
            _done++;
            if (!_running.TryGetValue(task, out var record))
            {
                return new[] { UpdateRun() };
            }

            _running.Remove(task);
            var completed = Copy(record);
            completed.RecordType = ProgressRecordType.Completed;
            return new[] { completed, UpdateRun() };
        }

        public ProgressRecord Completed()
        {
            var completed = Copy(_run);
            completed.RecordType = ProgressRecordType.Completed;
            return completed;
        }

        private ProgressRecord UpdateRun()
        {
            var running = _running.Count == 0 ? "none" : string.Join(", ", _running.Keys);
            _run.StatusDescription = $"{_done}/{_total} tasks done; running: {running}";
            _run.PercentComplete = _total == 0 ? 100 : _done * 100 / _total;
            return Copy(_run);
        }

        // Each write gets a record of its own: a job keeps every record it is given, and a
        // record changed after it was written would change what the job kept.
        private static ProgressRecord Copy(ProgressRecord record)
        {
            return new ProgressRecord(record.ActivityId, record.Activity, record.StatusDescription)
            {
                ParentActivityId = record.ParentActivityId,
                PercentComplete = record.PercentComplete,
                RecordType = record.RecordType,
            };
        }

        private int ActivityOf(string task)
        {
            return _activities.TryGetValue(task, out var id) ? id : RunActivity + 1;
        }
    }
}
