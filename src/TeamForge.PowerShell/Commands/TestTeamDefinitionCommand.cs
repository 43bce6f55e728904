using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using TeamForge.Library;
using TeamForge.Parsing;
using TeamForge.Validation;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>
    /// Checks team definitions and reports each problem as a Diagnostic with its code, file
    /// and line; with -Quiet, answers one boolean: true when no check found an error.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "TeamDefinition", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(Diagnostic), typeof(bool))]
    public sealed class TestTeamDefinitionCommand : TeamForgeCmdlet
    {
        private const string PathSet = "Path";

        private const string TeamSet = "Team";

        private readonly HashSet<string> _reported = new HashSet<string>(StringComparer.Ordinal);

        private bool _valid = true;

        #region Parameters

        /// <summary>Team files or folders to check; wildcards are allowed.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet,
            ValueFromPipelineByPropertyName = true)]
        [Alias("FullName", "PSPath")]
        [SupportsWildcards]
        public string[] Path { get; set; }

        /// <summary>Teams read by Get-TeamDefinition.</summary>
        [Parameter(Mandatory = true, ParameterSetName = TeamSet, ValueFromPipeline = true)]
        public TeamDefinition[] InputObject { get; set; }

        /// <summary>The library whose agents and skills the teams use.</summary>
        [Parameter]
        public string LibraryPath { get; set; }

        /// <summary>Returns only whether every team is free of errors.</summary>
        [Parameter]
        public SwitchParameter Quiet { get; set; }

        #endregion

        #region Methods

        protected override void ProcessRecord()
        {
            if (ParameterSetName == TeamSet)
            {
                foreach (var team in InputObject)
                {
                    Report(Check(team));
                }

                return;
            }

            foreach (var file in FindTeamFiles(Path))
            {
                Report(CheckFile(file));
            }
        }

        protected override void EndProcessing()
        {
            if (Quiet)
            {
                WriteObject(_valid);
            }
        }

        private IReadOnlyList<Diagnostic> CheckFile(string file)
        {
            WriteVerbose($"Checking team file '{file}'.");
            try
            {
                var team = DefinitionReader.ReadTeam(file);
                team.LibraryPath = ResolveLibraryPath(LibraryPath)
                    ?? LibraryLoader.FindLibraryRoot(file);
                return Check(team);
            }
            catch (DefinitionException exception)
            {
                return exception.Diagnostics;
            }
        }

        private IReadOnlyList<Diagnostic> Check(TeamDefinition team)
        {
            var library = LoadLibrary(ResolveLibraryPath(LibraryPath) ?? team.LibraryPath);
            return TeamValidator.Validate(team, library);
        }

        private void Report(IReadOnlyList<Diagnostic> diagnostics)
        {
            if (TeamValidator.HasErrors(diagnostics))
            {
                _valid = false;
            }

            if (Quiet)
            {
                return;
            }

            // A problem of an agent or skill file is met once per team that uses it, and
            // said once.
            foreach (var diagnostic in diagnostics.Where(d => _reported.Add(d.ToString())))
            {
                WriteObject(diagnostic);
            }
        }

        #endregion
    }
}
