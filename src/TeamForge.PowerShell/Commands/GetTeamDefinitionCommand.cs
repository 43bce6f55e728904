using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using TeamForge.PowerShell.Completion;
using TeamForge.Library;
using TeamForge.Parsing;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>Reads team files, or every team of a folder, into TeamDefinition objects.</summary>
    [Cmdlet(VerbsCommon.Get, "TeamDefinition")]
    [OutputType(typeof(TeamDefinition))]
    public sealed class GetTeamDefinitionCommand : TeamForgeCmdlet
    {
        private readonly List<string> _searched = new List<string>();

        private readonly HashSet<string> _found =
            new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);

        private string _libraryPath;

        #region Parameters

        /// <summary>Team files or folders, wildcards allowed. Default: the bundled teams.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName", "PSPath")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; }

        /// <summary>Keeps only the teams whose name matches; wildcards are allowed.</summary>
        [Parameter]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(TeamNameCompleter))]
        public string[] Name { get; set; }

        /// <summary>The library whose agents and skills the teams use.</summary>
        [Parameter]
        public string LibraryPath { get; set; }

        #endregion

        #region Methods

        protected override void BeginProcessing()
        {
            _libraryPath = ResolveLibraryPath(LibraryPath);
        }

        protected override void ProcessRecord()
        {
            // Without -Path, the teams are those of the library: -LibraryPath's, else the
            // bundled one.
            var teams = System.IO.Path.Combine(_libraryPath ?? BundledLibraryPath, "teams");
            var paths = Path ?? new[] { teams };
            _searched.AddRange(paths);
            foreach (var file in FindTeamFiles(paths))
            {
                ReadTeam(file);
            }
        }

        // A name without wildcards that matched no team is reported, as Get-Item reports a
        // missing item; a pattern that matches nothing is not.
        protected override void EndProcessing()
        {
            var missing = (Name ?? new string[0]).Where(name =>
                !WildcardPattern.ContainsWildcardCharacters(name) && !_found.Contains(name));
            foreach (var name in missing)
            {
                var where = string.Join("', '", _searched);
                WriteError(Errors.Record(
                    new ItemNotFoundException($"No team named '{name}' is in '{where}'."),
                    "TeamNotFound", ErrorCategory.ObjectNotFound, name));
            }
        }

        private void ReadTeam(string file)
        {
            TeamDefinition team;
            try
            {
                team = DefinitionReader.ReadTeam(file);
            }
            catch (DefinitionException exception)
            {
                WriteDefinitionError(exception, file);
                return;
            }

            if (!MatchesName(team.Name))
            {
                return;
            }

            team.LibraryPath = _libraryPath ?? LibraryLoader.FindLibraryRoot(file);
            WarnOfParseErrors(team);
            WriteVerbose($"Read team '{team.Name}' from '{file}'.");
            WriteObject(team);
        }

        // The team is still written, so that Test-TeamDefinition can list every problem;
        // the warning keeps a half-read team from passing unnoticed.
        private void WarnOfParseErrors(TeamDefinition team)
        {
            var errors = team.ParseDiagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .ToList();
            if (errors.Count == 0)
            {
                return;
            }

            var more = errors.Count > 1 ? $" (and {errors.Count - 1} more)" : string.Empty;
            var first = errors[0].ToString().TrimEnd('.');
            WriteWarning($"Team '{team.Name}' cannot run as it is: {first}{more}. " +
                "Test-TeamDefinition lists every problem.");
        }

        private bool MatchesName(string name)
        {
            if (Name == null || Name.Length == 0)
            {
                return true;
            }

            var matched = Name.Where(pattern => new WildcardPattern(
                pattern, WildcardOptions.IgnoreCase).IsMatch(name ?? string.Empty)).ToList();
            _found.UnionWith(matched);
            return matched.Count > 0;
        }

        #endregion
    }
}
