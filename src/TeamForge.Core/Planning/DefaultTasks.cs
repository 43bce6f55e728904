using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Planning
{
    /// <summary>
    /// The tasks of a team whose file lists none: each member contributes to the request and
    /// the lead integrates the contributions.
    /// </summary>
    internal static class DefaultTasks
    {
        public static IReadOnlyList<TaskSpec> For(TeamDefinition team)
        {
            var members = TaskDependencies.Members(team);
            if (members.Count == 1)
            {
                return new[] { Contribution(members[0], members) };
            }

            var lead = members.FirstOrDefault(m => Names.Same(m.Agent, team.Lead));
            var contributors = members.Where(m => m != lead).ToList();
            var specs = contributors.Select(m => Contribution(m, contributors)).ToList();

            // Limitation: when the lead is not a member nobody integrates; the validator
            // warns about such a team (TF2007).
            if (lead != null)
            {
                specs.Add(Integration(team, lead, specs));
            }

            return specs;
        }

        private static TaskSpec Contribution(TeamMember member, IReadOnlyList<TeamMember> peers)
        {
            var name = $"contribute-{Names.SlotLabel(member, peers)}";
            var description = string.IsNullOrWhiteSpace(member.Responsibilities)
                ? $"Answer the request from the view of the team's {member.Role}."
                : member.Responsibilities.Trim();
            var task = new TeamTask
            {
                Name = name,
                Assignee = member.Agent,
                Description = description,
                Line = member.Line,
            };
            return Assigned(task, member, new string[0]);
        }

        private static TaskSpec Integration(
            TeamDefinition team, TeamMember lead, IReadOnlyList<TaskSpec> contributions)
        {
            var waitsOn = contributions.Select(spec => spec.Source.Name).ToArray();
            var task = new TeamTask
            {
                Name = $"integrate-{Names.Slug(team.Name)}",
                Assignee = lead.Agent,
                Description = "Merge the members' contributions into one answer to the request, "
                    + "resolving where they disagree.",
                BlockedBy = waitsOn,
                Line = lead.Line,
            };
            return Assigned(task, lead, waitsOn);
        }

        private static TaskSpec Assigned(TeamTask task, TeamMember member, string[] waitsOn)
        {
            var assignee = AssigneeResolution.ToMembers(
                AssigneeKind.Agent, member.Agent, new[] { member });
            return new TaskSpec(task, assignee, waitsOn);
        }
    }
}
