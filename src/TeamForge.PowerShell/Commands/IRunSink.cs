using System.Management.Automation;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>
    /// Where a run's results and messages go: a cmdlet's pipeline, or a job's streams.
    /// </summary>
    internal interface IRunSink
    {
        void WriteResult(TaskResult result);

        void WriteError(ErrorRecord error);

        void WriteVerbose(string message);

        void WriteWarning(string message);

        void WriteProgress(ProgressRecord progress);
    }
}
