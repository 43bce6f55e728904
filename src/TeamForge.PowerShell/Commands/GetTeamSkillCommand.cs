using System.Management.Automation;
using TeamForge.PowerShell.Completion;
using TeamForge.Library;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>Lists the skills of a library, optionally filtered by name.</summary>
    [Cmdlet(VerbsCommon.Get, "TeamSkill")]
    [OutputType(typeof(SkillDefinition))]
    public sealed class GetTeamSkillCommand : TeamForgeCmdlet
    {
        private TeamLibrary _library;

        /// <summary>Skill ids to return; wildcards are allowed. Default: every skill.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(SkillNameCompleter))]
        public string[] Name { get; set; }

        /// <summary>The library folder (holding skills/). Default: the bundled library.</summary>
        [Parameter]
        public string LibraryPath { get; set; }

        protected override void BeginProcessing()
        {
            _library = LoadLibrary(ResolveLibraryPath(LibraryPath) ?? BundledLibraryPath);
            WriteLibraryProblems(_library, "skills");
        }

        protected override void ProcessRecord()
        {
            var skills = _library.Skills.Values;
            foreach (var skill in NameFilter.Select(skills, Name, s => s.Name, _library, this))
            {
                WriteObject(skill);
            }
        }
    }
}
