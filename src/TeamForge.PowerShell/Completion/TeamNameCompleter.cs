using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace TeamForge.PowerShell.Completion
{
    /// <summary>Completes team names of the library being read.</summary>
    public sealed class TeamNameCompleter : DefinitionCompleter
    {
        protected override IEnumerable<string> Names(IDictionary boundParameters)
        {
            return LibraryOf(boundParameters).Teams.Select(team => team.Name);
        }
    }
}
