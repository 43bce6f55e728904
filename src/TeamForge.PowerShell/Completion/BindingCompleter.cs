using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using TeamForge.Planning;

namespace TeamForge.PowerShell.Completion
{
    /// <summary>
    /// Completes -Bind with whole hashtables, @{ placeholder = 'agent-id' }: one for each
    /// placeholder of the team file named by -Path (else of every team of the library) and
    /// each agent of the library. PowerShell does not complete inside a hashtable literal,
    /// so the entry is offered whole; what is typed filters on the placeholder or the agent.
    /// </summary>
    public sealed class BindingCompleter : DefinitionCompleter, IArgumentCompleter
    {
        IEnumerable<CompletionResult> IArgumentCompleter.CompleteArgument(
            string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var typed = (wordToComplete ?? string.Empty).Trim('@', '{', ' ', '\'', '"');
            List<string> entries;
            try
            {
                entries = Names(fakeBoundParameters).ToList();
            }
            catch (Exception)
            {
                // Completion must never throw at the prompt; an unreadable library offers none.
                yield break;
            }

            foreach (var entry in entries.Where(entry =>
                entry.IndexOf(typed, StringComparison.OrdinalIgnoreCase) >= 0))
            {
                yield return new CompletionResult(
                    entry, entry, CompletionResultType.ParameterValue, entry);
            }
        }

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
