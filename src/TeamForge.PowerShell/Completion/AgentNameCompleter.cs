using System.Collections;
using System.Collections.Generic;

namespace TeamForge.PowerShell.Completion
{
    /// <summary>Completes agent ids of the library.</summary>
    public sealed class AgentNameCompleter : DefinitionCompleter
    {
        protected override IEnumerable<string> Names(IDictionary boundParameters)
        {
            return LibraryOf(boundParameters).Agents.Keys;
        }
    }
}
