using System.Collections;
using System.Collections.Generic;

namespace TeamForge.PowerShell.Completion
{
    /// <summary>Completes skill ids of the library.</summary>
    public sealed class SkillNameCompleter : DefinitionCompleter
    {
        protected override IEnumerable<string> Names(IDictionary boundParameters)
        {
            return LibraryOf(boundParameters).Skills.Keys;
        }
    }
}
