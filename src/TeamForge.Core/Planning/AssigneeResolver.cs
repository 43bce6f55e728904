using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using TeamForge.Library;

namespace TeamForge.Planning
{
    /// <summary>
    /// Finds who does a task, the same way for planning and for validation. An assignee is
    /// tried, case-insensitively, as a member's agent id, a member's role, a word for the whole
    /// team, a placeholder, and a run-level role, in that order.
    /// </summary>
    public static class AssigneeResolver
    {
        /// <summary>Words that hand a task to every member slot.</summary>
        public static IReadOnlyCollection<string> EveryoneWords { get; } =
            new HashSet<string>(Names.Comparer) { "both", "all", "every", "everyone", "team" };

        /// <summary>Words that stand for an agent chosen at run time through a binding.</summary>
        public static IReadOnlyCollection<string> PlaceholderWords { get; } =
            new HashSet<string>(Names.Comparer) { "any", "anyone", "tbd", "someone" };

        /// <summary>Roles of whoever runs the team, not of a member.</summary>
        public static IReadOnlyCollection<string> RunLevelRoles { get; } =
            new HashSet<string>(Names.Comparer)
            {
                "orchestrator", "user", "human", "system", "coordinator",
                "product-owner", "product owner", "main",
            };

        /// <summary>
        /// The role given to a bound agent that is in the library but not the team.
        /// </summary>
        public const string GuestRole = "Guest";

        /// <summary>
        /// Resolves the task's assignee. Bindings (placeholder to agent id) may be null; the
        /// library is only needed to accept a bound agent that is not a member.
        /// </summary>
        public static AssigneeResolution Resolve(
            TeamDefinition team, TeamTask task,
            IDictionary<string, string> bindings = null, TeamLibrary library = null)
        {
            var assignee = task.Assignee?.Trim();
            if (string.IsNullOrEmpty(assignee))
            {
                return AssigneeResolution.Nothing(assignee);
            }

            var members = TaskDependencies.Members(team);
            var agentSlots = members.Where(m => Names.Same(m.Agent, assignee)).ToList();
            if (agentSlots.Count > 0)
            {
                return AssigneeResolution.ToMembers(
                    AssigneeKind.Agent, assignee, new[] { ChooseSlot(team, task, agentSlots) });
            }

            var roleSlots = members.Where(m => Names.Same(m.Role, assignee)).ToList();
            if (roleSlots.Count > 0)
            {
                return AssigneeResolution.ToMembers(AssigneeKind.Role, assignee, roleSlots);
            }

            if (EveryoneWords.Contains(assignee) && members.Count > 0)
            {
                return AssigneeResolution.ToMembers(AssigneeKind.Everyone, assignee, members);
            }

            var bound = Bound(bindings, assignee);
            if (bound != null || PlaceholderWords.Contains(assignee))
            {
                return AssigneeResolution.ToPlaceholder(
                    assignee, bound, BoundSlots(team, task, bound, library));
            }

            return RunLevelRoles.Contains(assignee)
                ? AssigneeResolution.ToRunLevel(assignee)
                : AssigneeResolution.Nothing(assignee);
        }

        /// <summary>
        /// Picks one slot when an agent fills several: the slot whose role the task names,
        /// else the variable slot for a task in the middle of the graph (it fans out the
        /// work), else the first slot.
        /// </summary>
        private static TeamMember ChooseSlot(
            TeamDefinition team, TeamTask task, IReadOnlyList<TeamMember> slots)
        {
            if (slots.Count == 1)
            {
                return slots[0];
            }

            var text = $"{task.Name} {task.Description}";
            var named = slots.FirstOrDefault(slot => NamesRole(text, slot.Role));
            if (named != null)
            {
                return named;
            }

            var variable = slots.FirstOrDefault(slot => slot.IsVariable);
            if (variable != null && WaitsOnSomething(team, task)
                && TaskDependencies.IsWaitedOn(team, task))
            {
                return variable;
            }

            return slots[0];
        }

        private static bool NamesRole(string text, string role)
        {
            if (string.IsNullOrWhiteSpace(role))
            {
                return false;
            }

            // Whole words only, so the role "Member" is not found in "members".
            var pattern = $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(role.Trim())}(?![\p{{L}}\p{{N}}])";
            return Regex.IsMatch(text, pattern, RegexOptions.IgnoreCase);
        }

        private static bool WaitsOnSomething(TeamDefinition team, TeamTask task)
        {
            var index = TaskDependencies.IndexOf(team, task);
            return index >= 0 && TaskDependencies.BlockedBy(team, index).Count > 0;
        }

        private static string Bound(IDictionary<string, string> bindings, string placeholder)
        {
            if (bindings == null)
            {
                return null;
            }

            var match = bindings.FirstOrDefault(pair => Names.Same(pair.Key, placeholder));
            return string.IsNullOrWhiteSpace(match.Value) ? null : match.Value.Trim();
        }

        private static IReadOnlyList<TeamMember> BoundSlots(
            TeamDefinition team, TeamTask task, string agentId, TeamLibrary library)
        {
            if (agentId == null)
            {
                return new TeamMember[0];
            }

            var slots = TaskDependencies.Members(team)
                .Where(m => Names.Same(m.Agent, agentId))
                .ToList();
            if (slots.Count > 0)
            {
                return new[] { ChooseSlot(team, task, slots) };
            }

            var agent = library?.FindAgent(agentId);
            if (agent == null)
            {
                return new TeamMember[0];
            }

            var guest = new TeamMember
            {
                Agent = agent.Name ?? agentId,
                Role = GuestRole,
                Responsibilities = agent.Description,
                Line = task.Line,
            };
            return new[] { guest };
        }
    }
}
