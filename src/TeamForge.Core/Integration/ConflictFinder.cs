using System;
using System.Collections.Generic;
using System.Linq;
using TeamForge.Library;

namespace TeamForge.Integration
{
    /// <summary>
    /// Points out where domains may pull apart, by rules a reader can check: the same
    /// decision listed with different options, one skill planned by two domains, and a
    /// skill one member drew from the library that another member has as its own.
    /// Limitation: it compares words and skill ids; it cannot judge two designs' substance.
    /// </summary>
    internal static class ConflictFinder
    {
        public static List<string> Find(
            IReadOnlyList<DomainOutput> outputs,
            IReadOnlyList<DecisionGroup> decisions,
            TeamDefinition team,
            TeamLibrary library
        )
        {
            var conflicts = new List<string>();
            conflicts.AddRange(DecisionConflicts(decisions));
            conflicts.AddRange(SharedSkills(outputs));
            conflicts.AddRange(OwnedElsewhere(outputs, team, library));
            return conflicts;
        }

        private static IEnumerable<string> DecisionConflicts(
            IReadOnlyList<DecisionGroup> decisions
        )
        {
            foreach (var group in decisions.Where(group => !group.Agree))
            {
                var sides = group.Decisions.Select(decision =>
                    $"{decision.RaisedBy ?? "a task"} lists {decision.OptionsText}"
                );
                yield return $"**{group.Topic}**: {string.Join("; ", sides)}. "
                    + "Agree on the options before choosing.";
            }
        }

        private static IEnumerable<string> SharedSkills(IReadOnlyList<DomainOutput> outputs)
        {
            var uses = outputs
                .SelectMany(output =>
                    output.Concerns.SelectMany(concern =>
                        concern.Skills.Select(skill =>
                            (Skill: skill, Output: output, Concern: concern.Text)
                        )
                    )
                )
                .GroupBy(use => use.Skill, StringComparer.OrdinalIgnoreCase)
                .OrderBy(group => group.Key, StringComparer.Ordinal);
            foreach (var group in uses)
            {
                var byOutput = group.GroupBy(use => use.Output).Select(g => g.First()).ToList();
                if (byOutput.Count < 2)
                {
                    continue;
                }

                var places = byOutput.Select(use => $"{use.Output.Label} ({use.Concern})");
                yield return $"**`{group.Key}`** is planned by {string.Join(" and ", places)}: "
                    + "agree who owns it.";
            }
        }

        private static IEnumerable<string> OwnedElsewhere(
            IReadOnlyList<DomainOutput> outputs,
            TeamDefinition team,
            TeamLibrary library
        )
        {
            if (team == null || library == null)
            {
                yield break;
            }

            foreach (var output in outputs)
            {
                foreach (var concern in output.Concerns)
                {
                    foreach (var skill in concern.DrawnSkills)
                    {
                        var owners = Owners(skill, output.Member, team, library);
                        if (owners.Count > 0)
                        {
                            yield return $"**`{skill}`**: {output.Label} drew it from the "
                                + $"library for \"{concern.Text}\", but it is a skill of "
                                + $"{string.Join(", ", owners)}: agree who owns that work.";
                        }
                    }
                }
            }
        }

        private static List<string> Owners(
            string skill,
            string member,
            TeamDefinition team,
            TeamLibrary library
        )
        {
            return team
                .Members.Where(slot =>
                    slot.Agent != null
                    && !string.Equals(slot.Agent, member, StringComparison.OrdinalIgnoreCase)
                )
                .Select(slot => library.FindAgent(slot.Agent))
                .Where(agent => agent != null)
                .Where(agent =>
                    (agent.Skills ?? new string[0])
                        .Concat(agent.MentionedSkills ?? new string[0])
                        .Contains(skill, StringComparer.OrdinalIgnoreCase)
                )
                .Select(agent => agent.Name)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
        }
    }
}
