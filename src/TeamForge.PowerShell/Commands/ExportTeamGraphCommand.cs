using System.Collections;
using System.Management.Automation;
using TeamForge.Rendering;
using TeamForge.Store;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>
    /// Writes a team's task graph as Mermaid or Graphviz DOT text: tasks by wave with their
    /// members, what each waits on, and the critical path drawn in bold.
    /// </summary>
    [Cmdlet(VerbsData.Export, "TeamGraph")]
    [OutputType(typeof(string))]
    public sealed class ExportTeamGraphCommand : TeamForgeCmdlet
    {
        /// <summary>The team whose graph is written, from Get-TeamDefinition.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        public TeamDefinition InputObject { get; set; }

        /// <summary>Mermaid (a flowchart, for Markdown) or Dot (for Graphviz).</summary>
        [Parameter(Position = 0)]
        [ValidateSet("Mermaid", "Dot")]
        public string Format { get; set; } = "Mermaid";

        /// <summary>A file to write the graph to, replaced whole; the text is output too.</summary>
        [Parameter]
        public string OutFile { get; set; }

        /// <summary>Agents for placeholder assignees, as Start-TeamRun takes them.</summary>
        [Parameter]
        public Hashtable Bind { get; set; }

        /// <summary>Instances of each variable member, as Start-TeamRun takes them.</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int MemberCount { get; set; }

        /// <summary>The library whose agents the members use.</summary>
        [Parameter]
        public string LibraryPath { get; set; }

        protected override void ProcessRecord()
        {
            var library = LoadLibrary(ResolveLibraryPath(LibraryPath) ?? InputObject.LibraryPath);
            var plan = PlanTeam(InputObject, library, ReadBindings(Bind),
                MemberCount > 0 ? MemberCount : (int?)null);
            var text = Format == "Dot" ? TaskGraphText.Dot(plan) : TaskGraphText.Mermaid(plan);
            if (!string.IsNullOrEmpty(OutFile))
            {
                var path = GetUnresolvedProviderPathFromPSPath(OutFile);
                AtomicFile.WriteAllText(path, text);
                WriteVerbose($"Wrote the graph of team '{InputObject.Name}' to '{path}'.");
            }

            WriteObject(text);
        }
    }
}
