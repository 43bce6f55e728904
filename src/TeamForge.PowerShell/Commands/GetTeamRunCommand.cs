using System.Linq;
using System.Management.Automation;
using TeamForge.PowerShell.Completion;
using TeamForge.Store;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>Lists the stored runs of a run folder, oldest first.</summary>
    [Cmdlet(VerbsCommon.Get, "TeamRun")]
    [OutputType(typeof(TeamRun))]
    public sealed class GetTeamRunCommand : TeamForgeCmdlet
    {
        /// <summary>Run ids to return; wildcards are allowed. Default: every run.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("RunId")]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(RunIdCompleter))]
        public string[] Id { get; set; }

        /// <summary>Where runs are stored. Default: .teamforge/runs here.</summary>
        [Parameter]
        public string RunPath { get; set; }

        protected override void ProcessRecord()
        {
            var folder = ResolveRunPath(RunPath);
            WriteVerbose($"Reading the runs stored in '{folder}'.");

            var runs = RunReader.List(folder);
            foreach (var run in Id == null ? runs : runs.Where(MatchesId))
            {
                WriteObject(run);
            }

            foreach (var id in (Id ?? new string[0]).Where(id =>
                !WildcardPattern.ContainsWildcardCharacters(id)
                && !runs.Any(run => string.Equals(run.Id, id, System.StringComparison.Ordinal))))
            {
                WriteError(Errors.Record(
                    new ItemNotFoundException($"No run '{id}' is stored in '{folder}'."),
                    "RunNotFound", ErrorCategory.ObjectNotFound, id));
            }
        }

        private bool MatchesId(TeamRun run)
        {
            return Id.Any(pattern => new WildcardPattern(pattern, WildcardOptions.IgnoreCase)
                .IsMatch(run.Id));
        }
    }
}
