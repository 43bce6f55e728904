using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using TeamForge.Planning;

namespace TeamForge.PowerShell.Completion
{
    /// <summary>
    /// Completes -Bind with whole hashtables, @{ placeholder = 'agent-id' }: one for each
    /// placeholder of the team file named by -Path (else of every team of the library) and
    /// each agent of the library. PowerShell does not complete inside a hashtable literal,
    /// so the entry is offered whole; what is typed filters on the placeholder or the agent.
    /// </summary>
    public sealed class BindingCompleter : DefinitionCompleter
    {
        protected override string Typed(string word) => word.Trim('@', '{', ' ', '\'', '"');

        /// <summary>An entry is offered when its placeholder or its agent holds the text.</summary>
        protected override bool Offers(string name, string typed)
        {
            return name.IndexOf(typed, StringComparison.OrdinalIgnoreCase) >= 0;
        }

        /// <summary>The hashtable as it is written, already quoted inside.</summary>
        protected override string CompletionText(string name) => name;

        protected override IEnumerable<string> Names(IDictionary boundParameters)
        {
            var library = LibraryOf(boundParameters);
            var path = boundParameters["Path"] as string;
            var named = path == null
                ? new List<TeamDefinition>()
                : library.Teams.Where(t => t.Path == System.IO.Path.GetFullPath(path)).ToList();
            var teams = named.Count > 0 ? named : library.Teams.ToList();
            var placeholders = teams
                .SelectMany(team => team.Tasks.Select(task => AssigneeResolver.Resolve(team, task)))
                .Where(assignee => assignee.Kind == AssigneeKind.Placeholder)
                .Select(assignee => assignee.Assignee)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderBy(name => name, StringComparer.OrdinalIgnoreCase);
            var agents = library.Agents.Keys.OrderBy(id => id, StringComparer.OrdinalIgnoreCase)
                .ToList();
            return placeholders.SelectMany(placeholder => agents.Select(agent =>
                $"@{{ '{placeholder.Replace("'", "''")}' = '{agent}' }}"));
        }
    }
}
