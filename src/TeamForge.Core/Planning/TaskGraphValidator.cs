using System;
using System.Collections.Generic;
using System.Linq;
using TeamForge.Library;
using TeamForge.Parsing;

namespace TeamForge.Planning
{
    /// <summary>
    /// Checks a team's members and task graph before anything runs. It reports every problem
    /// it finds as a located diagnostic and never throws for a bad definition.
    /// </summary>
    public static class TaskGraphValidator
    {
        public static IReadOnlyList<Diagnostic> Validate(TeamDefinition team, TeamLibrary library)
        {
            return Validate(team, library, null);
        }

        /// <summary>As <see cref="Validate(TeamDefinition, TeamLibrary)"/>, with the bindings
        /// of a run, whose names count as placeholders.</summary>
        internal static IReadOnlyList<Diagnostic> Validate(
            TeamDefinition team, TeamLibrary library, IDictionary<string, string> bindings)
        {
            if (team == null)
            {
                throw new ArgumentNullException(nameof(team));
            }

            var check = new TeamDiagnostics(team);
            CheckMembers(team, library, check);
            CheckTaskNames(team, check);
            CheckAssignees(team, bindings, check);
            CheckDependencies(team, check);
            CheckCycles(team, check);
            return check.Diagnostics;
        }

        private static bool HasBrokenConfig(TeamDefinition team)
        {
            return (team.ParseDiagnostics ?? new Diagnostic[0]).Any(d =>
                d.Code == ParseCodes.ConfigNotClosed || d.Code == ParseCodes.ConfigYaml
                || d.Code == ParseCodes.ConfigTeamMissing);
        }

        private static void CheckMembers(
            TeamDefinition team, TeamLibrary library, TeamDiagnostics check)
        {
            // A CONFIG block that could not be read has its own error; "no members" would
            // only repeat it.
            var members = TaskDependencies.Members(team);
            if (members.Count == 0 && !HasBrokenConfig(team))
            {
                check.Error("TF2006", $"Team '{team.Name}' has no members; add at least one "
                    + "under members: in its CONFIG block.", team.ConfigLine);
            }

            if (library != null)
            {
                var where = library.Path == null ? "" : $" at '{library.Path}'";
                foreach (var member in members.Where(m => library.FindAgent(m.Agent) == null))
                {
                    // "Not an agent" would mislead when the file is there but unreadable.
                    var broken = FindAgentFileProblem(library, member.Agent);
                    if (broken != null)
                    {
                        check.Warning("TF2012", $"Member '{member.Agent}' ({member.Role}) has "
                            + $"an agent file that cannot be read: {broken}", member.Line);
                        continue;
                    }

                    check.Warning("TF2005", $"Member '{member.Agent}' ({member.Role}) is not an "
                        + $"agent of the library{where}.", member.Line);
                }
            }

            var lead = team.Lead?.Trim();
            if (!string.IsNullOrEmpty(lead) && members.Count > 0
                && !members.Any(m => Names.Same(m.Agent, lead)))
            {
                check.Warning("TF2007", $"The lead '{lead}' is not a member of team "
                    + $"'{team.Name}'.", team.ConfigLine);
            }
        }

        private static void CheckTaskNames(TeamDefinition team, TeamDiagnostics check)
        {
            var firstLines = new Dictionary<string, int>(Names.Comparer);
            foreach (var task in TaskDependencies.Tasks(team))
            {
                if (string.IsNullOrWhiteSpace(task.Name))
                {
                    check.Error("TF2010", "A task has no name; every task needs a "
                        + "unique name: key.", task.Line);
                    continue;
                }

                if (firstLines.TryGetValue(task.Name.Trim(), out var firstLine))
                {
                    check.Error("TF2003", $"Task name '{task.Name}' is used twice (first at "
                        + $"line {firstLine}); task names must be unique.", task.Line);
                }
                else
                {
                    firstLines.Add(task.Name.Trim(), task.Line);
                }
            }
        }

        private static void CheckAssignees(
            TeamDefinition team, IDictionary<string, string> bindings, TeamDiagnostics check)
        {
            foreach (var task in TaskDependencies.Tasks(team))
            {
                var resolution = AssigneeResolver.Resolve(team, task, bindings);
                if (resolution.Kind == AssigneeKind.None)
                {
                    check.Error("TF2004", Unassigned(team, task), task.Line);
                }
                else if (resolution.Kind == AssigneeKind.Placeholder
                    && resolution.BoundAgent == null)
                {
                    check.Information("TF2008", $"Task '{task.Name}' is assigned to the "
                        + $"placeholder '{resolution.Assignee}'; a run binds it to an agent "
                        + $"with -Bind @{{ {resolution.Assignee} = '<agent-id>' }}.", task.Line);
                }
            }
        }

        private static string Unassigned(TeamDefinition team, TeamTask task)
        {
            var members = string.Join(", ", TaskDependencies.Members(team)
                .Select(m => $"{m.Agent} ({m.Role})"));
            var who = string.IsNullOrWhiteSpace(task.Assignee)
                ? "has no assignee"
                : $"is assigned to '{task.Assignee.Trim()}', which is no member's agent or role, "
                    + "no placeholder and no run-level role";
            return $"Task '{task.Name}' {who}. Members: {members}.";
        }

        private static void CheckDependencies(TeamDefinition team, TeamDiagnostics check)
        {
            var tasks = TaskDependencies.Tasks(team);
            var names = tasks.Select(t => t.Name).Where(n => !string.IsNullOrWhiteSpace(n))
                .ToList();
            for (var i = 0; i < tasks.Count; i++)
            {
                foreach (var wanted in TaskDependencies.BlockedBy(team, i))
                {
                    if (Names.Same(wanted, tasks[i].Name))
                    {
                        check.Error("TF2009", $"Task '{tasks[i].Name}' waits on itself; remove "
                            + "it from its own blocked_by.", tasks[i].Line);
                    }
                    else if (!names.Any(name => Names.Same(name, wanted)))
                    {
                        check.Error("TF2001", $"Task '{tasks[i].Name}' waits on '{wanted}', "
                            + $"which is not a task of the team. {Suggest(wanted, names)}",
                            tasks[i].Line);
                    }
                }
            }
        }

        private static string Suggest(string wanted, IReadOnlyList<string> names)
        {
            var close = names.Where(name => Names.IsClose(wanted, name))
                .OrderBy(name => Names.Distance(wanted, name))
                .Take(3)
                .ToList();
            return close.Count > 0
                ? $"Did you mean {string.Join(", ", close.Select(n => $"'{n}'"))}?"
                : $"The tasks are: {string.Join(", ", names)}.";
        }

        private static void CheckCycles(TeamDefinition team, TeamDiagnostics check)
        {
            foreach (var cycle in TaskCycles.Find(team))
            {
                check.Error("TF2002", "Tasks wait on each other in a cycle (each waits on the "
                    + $"next): {string.Join(" -> ", cycle.Select(t => t.Name))}.", cycle[0].Line);
            }
        }

        private static Diagnostic FindAgentFileProblem(TeamLibrary library, string agent)
        {
            if (library.Path == null || agent == null)
            {
                return null;
            }

            var file = System.IO.Path.Combine(library.Path, "agents", agent + ".md");
            return library.Diagnostics.FirstOrDefault(d =>
                d.Severity == DiagnosticSeverity.Error && d.Path == file);
        }
    }
}
