using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using TeamForge.Integration;
using TeamForge.Store;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>
    /// Merges a run's task results into the team's design: one section per task, the
    /// integration points, open decisions, roadmap and the run's timeline.
    /// </summary>
    [Cmdlet(VerbsData.Merge, "TeamDesign", DefaultParameterSetName = ResultSet)]
    [OutputType(typeof(TeamDesign), typeof(string))]
    public sealed class MergeTeamDesignCommand : TeamForgeCmdlet
    {
        private const string ResultSet = "Result";

        private const string RunSet = "Run";

        private readonly List<TaskResult> _results = new List<TaskResult>();

        /// <summary>The results of Start-TeamRun.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ResultSet)]
        public TaskResult[] InputObject { get; set; }

        /// <summary>Stored runs from Get-TeamRun: their results as the store holds them.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = RunSet)]
        public TeamRun[] Run { get; set; }

        /// <summary>Where to write the design; a file there is replaced whole.</summary>
        [Parameter(Position = 0)]
        public string OutFile { get; set; }

        /// <summary>
        /// What -OutFile holds: Markdown, Html or Json. Default: from the file's extension
        /// (.html, .htm, .json), else Markdown. Without -OutFile, the design is written to
        /// the pipeline as text in this format instead of as an object.
        /// </summary>
        [Parameter]
        [ValidateSet("Markdown", "Html", "Json")]
        public string Format { get; set; }

        protected override void ProcessRecord()
        {
            var results = ParameterSetName == RunSet
                ? Run.Where(run => run != null).SelectMany(run => run.Tasks)
                : InputObject;
            _results.AddRange(results.Where(result => result != null));
        }

        protected override void BeginProcessing()
        {
            if (!string.IsNullOrEmpty(OutFile)
                && Directory.Exists(GetUnresolvedProviderPathFromPSPath(OutFile)))
            {
                ThrowTerminatingError(Errors.Record(
                    new ArgumentException($"-OutFile '{OutFile}' is a folder; name a file in it."),
                    "OutFileIsFolder", ErrorCategory.InvalidArgument, OutFile));
            }
        }

        protected override void EndProcessing()
        {
            if (_results.Count == 0)
            {
                ThrowTerminatingError(Errors.Record(
                    new ArgumentException("No task results reached Merge-TeamDesign; pipe " +
                        "the output of Start-TeamRun into it."),
                    "NoTaskResults", ErrorCategory.InvalidArgument, MyInvocation.MyCommand.Name));
            }

            var runs = _results.GroupBy(result => result.RunId).ToList();
            if (runs.Count > 1 && !string.IsNullOrEmpty(OutFile))
            {
                ThrowTerminatingError(Errors.Record(
                    new ArgumentException($"The results come from {runs.Count} runs; -OutFile " +
                        "takes the results of one run."),
                    "SeveralRunsForOneFile", ErrorCategory.InvalidArgument, OutFile));
            }

            foreach (var run in runs)
            {
                WriteVerbose($"Merging {run.Count()} results of run '{run.Key}'.");
                var design = DesignComposer.Compose(run);
                if (!string.IsNullOrEmpty(OutFile))
                {
                    WriteDesign(design);
                    WriteObject(design);
                }
                else
                {
                    WriteObject(Format == null ? (object)design : Render(design, Format));
                }
            }
        }

        private void WriteDesign(TeamDesign design)
        {
            var path = GetUnresolvedProviderPathFromPSPath(OutFile);
            var format = Format ?? FormatOf(path);
            AtomicFile.WriteAllText(path, Render(design, format));
            WriteVerbose($"Wrote the design of team '{design.Team}' as {format} to '{path}'.");
        }

        private static string FormatOf(string path)
        {
            switch (Path.GetExtension(path).ToLowerInvariant())
            {
                case ".html":
                case ".htm":
                    return "Html";
                case ".json":
                    return "Json";
                default:
                    return "Markdown";
            }
        }

        private static string Render(TeamDesign design, string format)
        {
            switch (format.ToLowerInvariant())
            {
                case "html":
                    return design.ToHtml();
                case "json":
                    return design.ToJson();
                default:
                    return design.Markdown;
            }
        }
    }
}
