using System.Management.Automation;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>Writes a run to the pipeline of the cmdlet that runs it, on its thread.</summary>
    internal sealed class CmdletSink : IRunSink
    {
        private readonly Cmdlet _cmdlet;

        public CmdletSink(Cmdlet cmdlet)
        {
            _cmdlet = cmdlet;
        }

        public void WriteResult(TaskResult result) => _cmdlet.WriteObject(result);

        public void WriteError(ErrorRecord error) => _cmdlet.WriteError(error);

        public void WriteVerbose(string message) => _cmdlet.WriteVerbose(message);

        public void WriteWarning(string message) => _cmdlet.WriteWarning(message);

        public void WriteProgress(ProgressRecord progress) => _cmdlet.WriteProgress(progress);
    }
}
