using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using TeamForge.Library;
using TeamForge.Parsing;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>Reads team files, or every team of a folder, into TeamDefinition objects.</summary>
    [Cmdlet(VerbsCommon.Get, "TeamDefinition")]
    [OutputType(typeof(TeamDefinition))]
    public sealed class GetTeamDefinitionCommand : TeamForgeCmdlet
    {
        #region Parameters

        /// <summary>Team files or folders, wildcards allowed. Default: the bundled teams.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName", "PSPath")]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; }

        /// <summary>Keeps only the teams whose name matches; wildcards are allowed.</summary>
        [Parameter]
        [SupportsWildcards]
        public string[] Name { get; set; }

        /// <summary>The library whose agents and skills the teams use.</summary>
        [Parameter]
        public string LibraryPath { get; set; }

        #endregion

        #region Methods

        protected override void ProcessRecord()
        {
            var paths = Path ?? new[] { System.IO.Path.Combine(BundledLibraryPath, "teams") };
            foreach (var file in FindTeamFiles(paths))
            {
                ReadTeam(file);
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

            team.LibraryPath = ResolveLibraryPath(LibraryPath)
                ?? LibraryLoader.FindLibraryRoot(file);
            WriteVerbose($"Read team '{team.Name}' from '{file}'.");
            WriteObject(team);
        }

        private bool MatchesName(string name)
        {
            if (Name == null || Name.Length == 0)
            {
                return true;
            }

            return Name.Any(pattern => new WildcardPattern(
                pattern, WildcardOptions.IgnoreCase).IsMatch(name ?? string.Empty));
        }

        #endregion
    }
}
