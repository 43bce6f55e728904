using System.Management.Automation;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>Lists the skills of a library, optionally filtered by name.</summary>
    [Cmdlet(VerbsCommon.Get, "TeamSkill")]
    [OutputType(typeof(SkillDefinition))]
    public sealed class GetTeamSkillCommand : TeamForgeCmdlet
    {
        /// <summary>Skill ids to return; wildcards are allowed. Default: every skill.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        public string[] Name { get; set; }

        /// <summary>The library folder (holding skills/). Default: the bundled library.</summary>
        [Parameter]
        public string LibraryPath { get; set; }

        protected override void ProcessRecord()
        {
            var library = LoadLibrary(ResolveLibraryPath(LibraryPath) ?? BundledLibraryPath);
            foreach (var skill in NameFilter.Select(library.Skills.Values, Name, s => s.Name, this))
            {
                WriteObject(skill);
            }
        }
    }
}
