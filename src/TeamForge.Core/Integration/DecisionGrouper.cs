using System;
using System.Collections.Generic;
using System.Linq;
using TeamForge.Execution;

namespace TeamForge.Integration
{
    /// <summary>
    /// Groups decisions that are about the same choice: topics sharing at least half their
    /// words, or sharing a word and an option ("Secrets management: Sealed Secrets or Vault"
    /// and "CI secrets: Vault"). An option alone is not enough: "custom" is everyone's.
    /// </summary>
    internal static class DecisionGrouper
    {
        private const double SameTopic = 0.5;

        public static List<DecisionGroup> Group(IEnumerable<OpenDecision> decisions)
        {
            var groups = new List<DecisionGroup>();
            foreach (var decision in decisions)
            {
                var group = groups.FirstOrDefault(known => Same(known.Decisions[0], decision));
                if (group == null)
                {
                    groups.Add(new DecisionGroup(decision));
                }
                else if (
                    !group.Decisions.Any(known =>
                        known.SameOptions(decision) && known.RaisedBy == decision.RaisedBy
                    )
                )
                {
                    group.Decisions.Add(decision);
                }
            }

            return groups;
        }

        private static bool Same(OpenDecision a, OpenDecision b)
        {
            var first = new HashSet<string>(
                TextTokenizer.QueryTerms(a.Topic),
                StringComparer.Ordinal
            );
            var second = new HashSet<string>(
                TextTokenizer.QueryTerms(b.Topic),
                StringComparer.Ordinal
            );
            var shared = first.Intersect(second).Count();
            var all = first.Union(second).Count();
            if (all == 0)
            {
                return string.Equals(a.Topic, b.Topic, StringComparison.OrdinalIgnoreCase);
            }

            return (double)shared / all >= SameTopic || (shared > 0 && a.SharesOption(b));
        }
    }
}
