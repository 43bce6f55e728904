using System.Collections;
using System.Management.Automation;
using TeamForge.Rendering;
using TeamForge.Store;

using TeamForge.PowerShell.Completion;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>
    /// Writes a team's task graph as Mermaid or Graphviz DOT text: tasks by wave with their
    /// members, what each waits on, and the critical path drawn in bold. For a stored run,
    /// writes its timeline as a Mermaid gantt chart, the one its design holds.
    /// </summary>
    [Cmdlet(VerbsData.Export, "TeamGraph", DefaultParameterSetName = TeamSet)]
    [OutputType(typeof(string))]
    public sealed class ExportTeamGraphCommand : TeamForgeCmdlet
    {
        private const string TeamSet = "Team";

        private const string RunSet = "Run";

        /// <summary>The team whose graph is written, from Get-TeamDefinition.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = TeamSet)]
        public TeamDefinition InputObject { get; set; }

        /// <summary>A stored run from Get-TeamRun, whose timeline is written.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = RunSet)]
        public TeamRun Run { get; set; }

        /// <summary>
        /// Mermaid (a flowchart, for Markdown) or Dot (for Graphviz) for a team; Gantt (a
        /// Mermaid gantt chart of when each task ran) for a run. Default: Mermaid for a
        /// team, Gantt for a run.
        /// </summary>
        [Parameter(Position = 0)]
        [ValidateSet("Mermaid", "Dot", "Gantt")]
        public string Format { get; set; }

        /// <summary>A file to write the graph to, replaced whole; the text is output too.</summary>
        [Parameter]
        public string OutFile { get; set; }

        /// <summary>Agents for placeholder assignees, as Start-TeamRun takes them.</summary>
        [Parameter(ParameterSetName = TeamSet)]
        [ArgumentCompleter(typeof(BindingCompleter))]
        public Hashtable Bind { get; set; }

        /// <summary>Instances of each variable member, as Start-TeamRun takes them.</summary>
        [Parameter(ParameterSetName = TeamSet)]
        [ValidateRange(1, 64)]
        public int MemberCount { get; set; }

        /// <summary>The library whose agents the members use.</summary>
        [Parameter(ParameterSetName = TeamSet)]
        public string LibraryPath { get; set; }

        // Checked per record: the parameter set of piped input is known only once it binds.
        private void CheckFormat()
        {
            var forRun = ParameterSetName == RunSet;
            if (Format != null && (Format == "Gantt") != forRun)
            {
                var message = forRun
                    ? $"A run's graph is its timeline: -Format Gantt, not '{Format}'. For its " +
                        "task graph, pipe the team (Get-TeamDefinition) instead."
                    : "-Format Gantt draws when a run's tasks ran: pipe a stored run " +
                        "(Get-TeamRun) instead of a team.";
                ThrowTerminatingError(Errors.Record(new PSArgumentException(message),
                    "FormatDoesNotFitInput", ErrorCategory.InvalidArgument, Format));
            }
        }

        protected override void ProcessRecord()
        {
            CheckFormat();
            if (ParameterSetName == RunSet)
            {
                var entries = RunTimelineText.Entries(Run.Tasks);
                Write(RunTimelineText.Gantt($"Run {Run.Id}", entries), $"run '{Run.Id}'");
                return;
            }

            var library = LoadLibrary(ResolveLibraryPath(LibraryPath) ?? InputObject.LibraryPath);
            var plan = PlanTeam(InputObject, library, ReadBindings(Bind),
                MemberCount > 0 ? MemberCount : (int?)null);
            var text = Format == "Dot" ? TaskGraphText.Dot(plan) : TaskGraphText.Mermaid(plan);
            Write(text, $"team '{InputObject.Name}'");
        }

        private void Write(string text, string what)
        {
            if (!string.IsNullOrEmpty(OutFile))
            {
                var path = GetUnresolvedProviderPathFromPSPath(OutFile);
                AtomicFile.WriteAllText(path, text);
                WriteVerbose($"Wrote the graph of {what} to '{path}'.");
            }

            WriteObject(text);
        }
    }
}
