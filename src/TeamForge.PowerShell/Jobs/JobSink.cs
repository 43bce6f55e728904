using System.Management.Automation;
using TeamForge.PowerShell.Commands;

namespace TeamForge.PowerShell.Jobs
{
    /// <summary>Writes a run into a job's streams, which Receive-Job drains.</summary>
    internal sealed class JobSink : IRunSink
    {
        private readonly Job _job;

        public JobSink(Job job)
        {
            _job = job;
        }

        public void WriteResult(TaskResult result) => _job.Output.Add(PSObject.AsPSObject(result));

        public void WriteError(ErrorRecord error) => _job.Error.Add(error);

        public void WriteVerbose(string message) => _job.Verbose.Add(new VerboseRecord(message));

        public void WriteWarning(string message) => _job.Warning.Add(new WarningRecord(message));

        public void WriteProgress(ProgressRecord progress) => _job.Progress.Add(progress);
    }
}
