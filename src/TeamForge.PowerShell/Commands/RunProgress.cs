using System.Collections.Generic;
using System.Management.Automation;
using TeamForge.Planning;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>One progress bar for a run: tasks done out of all, and the running ones.</summary>
    internal sealed class RunProgress
    {
        private readonly List<string> _running = new List<string>();

        private readonly ProgressRecord _record;

        private readonly int _total;

        private int _done;

        public RunProgress(TaskPlan plan, string runId)
        {
            _total = plan.Tasks.Count;
            var activity = $"Running team '{plan.Team.Name}' ({runId})";
            _record = new ProgressRecord(1, activity, "Starting");
        }

        public void Started(string task)
        {
            _running.Add(task);
        }

        public void Finished(string task)
        {
            _running.Remove(task);
            _done++;
        }

        public void Write(Cmdlet cmdlet)
        {
            var running = _running.Count == 0 ? "none" : string.Join(", ", _running);
            _record.StatusDescription = $"{_done}/{_total} tasks done; running: {running}";
            _record.PercentComplete = _total == 0 ? 100 : _done * 100 / _total;
            cmdlet.WriteProgress(_record);
        }

        public void Complete(Cmdlet cmdlet)
        {
            _record.RecordType = ProgressRecordType.Completed;
            cmdlet.WriteProgress(_record);
        }
    }
}
