using System.Management.Automation;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>Lists the agents of a library, optionally filtered by name.</summary>
    [Cmdlet(VerbsCommon.Get, "TeamAgent")]
    [OutputType(typeof(AgentDefinition))]
    public sealed class GetTeamAgentCommand : TeamForgeCmdlet
    {
        /// <summary>Agent ids to return; wildcards are allowed. Default: every agent.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        public string[] Name { get; set; }

        /// <summary>The library folder (holding agents/). Default: the bundled library.</summary>
        [Parameter]
        public string LibraryPath { get; set; }

        protected override void ProcessRecord()
        {
            var library = LoadLibrary(ResolveLibraryPath(LibraryPath) ?? BundledLibraryPath);
            foreach (var agent in NameFilter.Select(library.Agents.Values, Name, a => a.Name, this))
            {
                WriteObject(agent);
            }
        }
    }
}
