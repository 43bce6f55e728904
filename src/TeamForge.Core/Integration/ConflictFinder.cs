using System;
using System.Collections.Generic;
using System.Linq;
using TeamForge.Library;

namespace TeamForge.Integration
{
    /// <summary>
    /// Points out where domains may pull apart, by rules a reader can check: the same
    /// decision listed with different options, and one skill that concerns of two domains
    /// both rest on (it leads their skills and fits well).
    /// Limitation: it compares words and skill ids; it cannot judge two designs' substance.
    /// </summary>
    internal static class ConflictFinder
    {
        /// <summary>A concern rests on its first skill when it fits at least this well.</summary>
        public const double CentralRelevance = 0.5;

        public static List<string> Find(
            IReadOnlyList<DomainOutput> outputs,
            IReadOnlyList<DecisionGroup> decisions,
            TeamDefinition team,
            TeamLibrary library
        )
        {
            var conflicts = new List<string>();
            conflicts.AddRange(DecisionConflicts(decisions));
            conflicts.AddRange(SharedSkills(outputs, team, library));
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

        /// <summary>The skills two or more domains' concerns rest on.</summary>
        public static List<string> SkillsInConflict(IReadOnlyList<DomainOutput> outputs)
        {
            return CentralUses(outputs)
                .Where(group => group.Select(use => use.Output).Distinct().Count() >= 2)
                .Select(group => group.Key)
                .ToList();
        }

        private static IEnumerable<
            IGrouping<string, (string Skill, DomainOutput Output, DomainConcern Concern)>
        > CentralUses(IReadOnlyList<DomainOutput> outputs)
        {
            return outputs
                .SelectMany(output =>
                    output.Concerns.Where(concern => concern.Skills.Count > 0)
                        .Select(concern => (Skill: concern.Skills[0], Output: output, concern))
                )
                .Where(use => use.concern.RestsOn(use.Skill, CentralRelevance))
                .GroupBy(use => use.Skill, StringComparer.OrdinalIgnoreCase)
                .OrderBy(group => group.Key, StringComparer.Ordinal);
        }

        // Two domains that both rest a concern on one skill plan the same work twice. A skill
        // that only trails another, or that one domain draws while its owner's domain does
        // not use it, is something they share (an integration point), not a clash.
        private static IEnumerable<string> SharedSkills(
            IReadOnlyList<DomainOutput> outputs,
            TeamDefinition team,
            TeamLibrary library
        )
        {
            foreach (var group in CentralUses(outputs))
            {
                var byOutput = group.GroupBy(use => use.Output).Select(g => g.First()).ToList();
                if (byOutput.Count < 2)
                {
                    continue;
                }

                var places = byOutput.Select(use => $"{use.Output.Label} ({use.Concern.Text})");
                var owners = SkillOwners.Of(group.Key, team, library);
                var whose = owners.Count == 0
                    ? ""
                    : $" It is a skill of {string.Join(", ", owners)}.";
                var all = byOutput.Count == 2 ? "both" : "all";
                yield return $"**`{group.Key}`**: {string.Join(" and ", places)} {all} rest on "
                    + $"it: agree who owns that work.{whose}";
            }
        }
    }
}
