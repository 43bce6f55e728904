using System.Management.Automation;
using TeamForge.PowerShell.Completion;
using TeamForge.Library;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>Lists the agents of a library, optionally filtered by name.</summary>
    [Cmdlet(VerbsCommon.Get, "TeamAgent")]
    [OutputType(typeof(AgentDefinition))]
    public sealed class GetTeamAgentCommand : TeamForgeCmdlet
    {
        private TeamLibrary _library;

        /// <summary>Agent ids to return; wildcards are allowed. Default: every agent.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(AgentNameCompleter))]
        public string[] Name { get; set; }

        /// <summary>The library folder (holding agents/). Default: the bundled library.</summary>
        [Parameter]
        public string LibraryPath { get; set; }

        protected override void BeginProcessing()
        {
            _library = LoadLibrary(ResolveLibraryPath(LibraryPath) ?? BundledLibraryPath);
            WriteLibraryProblems(_library, "agents");
        }

        protected override void ProcessRecord()
        {
            var agents = _library.Agents.Values;
            foreach (var agent in NameFilter.Select(agents, Name, a => a.Name, _library, this))
            {
                WriteObject(agent);
            }
        }
    }
}
