using System.Management.Automation;
using TeamForge.Execution;
using TeamForge.PowerShell.Providers;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>Makes a provider, the thing that does each task of a run.</summary>
    [Cmdlet(VerbsCommon.New, "TeamProvider", DefaultParameterSetName = PlaybookSet)]
    [OutputType(typeof(ITaskProvider))]
    public sealed class NewTeamProviderCommand : TeamForgeCmdlet
    {
        private const string PlaybookSet = "Playbook";

        private const string ScriptBlockSet = "ScriptBlock";

        /// <summary>The embedded offline provider that writes from the library's skills.</summary>
        [Parameter(ParameterSetName = PlaybookSet)]
        public SwitchParameter Playbook { get; set; }

        /// <summary>
        /// A scriptblock run once per task with the task's context as its first argument.
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ScriptBlockSet)]
        public ScriptBlock ScriptBlock { get; set; }

        protected override void EndProcessing()
        {
            if (ParameterSetName == ScriptBlockSet)
            {
                WriteVerbose("Making a ScriptBlock provider.");
                WriteObject(new ScriptBlockProvider(ScriptBlock));
                return;
            }

            WriteVerbose("Making the embedded playbook provider.");
            WriteObject(new PlaybookProvider());
        }
    }
}
