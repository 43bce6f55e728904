using System.Collections.Generic;
using System.Management.Automation;
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

        public IEnumerable<ProgressRecord> Finished(string task)
        {
            _done++;
            if (!_running.TryGetValue(task, out var record))
            {
                return new[] { UpdateRun() };
            }

            _running.Remove(task);
            record.RecordType = ProgressRecordType.Completed;
            return new[] { record, UpdateRun() };
        }

        public ProgressRecord Completed()
        {
            _run.RecordType = ProgressRecordType.Completed;
            return _run;
        }

        private ProgressRecord UpdateRun()
        {
            var running = _running.Count == 0 ? "none" : string.Join(", ", _running.Keys);
            _run.StatusDescription = $"{_done}/{_total} tasks done; running: {running}";
            _run.PercentComplete = _total == 0 ? 100 : _done * 100 / _total;
            return _run;
        }

        private int ActivityOf(string task)
        {
            return _activities.TryGetValue(task, out var id) ? id : RunActivity + 1;
        }
    }
}
