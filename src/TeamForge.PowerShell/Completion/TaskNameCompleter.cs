using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace TeamForge.PowerShell.Completion
{
    /// <summary>
    /// Completes task names: those of the team file named by -Path, else of every team of
    /// the library (a piped team is not known while a line is being typed).
    /// </summary>
    public sealed class TaskNameCompleter : DefinitionCompleter
    {
        protected override IEnumerable<string> Names(IDictionary boundParameters)
        {
            var path = boundParameters["Path"] as string;
            var teams = LibraryOf(boundParameters).Teams;
            var named = path == null
                ? teams
                : teams.Where(team => team.Path == System.IO.Path.GetFullPath(path)).ToList();
            return (named.Count > 0 ? named : teams).SelectMany(team => team.Tasks)
                .Select(task => task.Name);
        }
    }
}
