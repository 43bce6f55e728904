using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Integration
{
    /// <summary>Something several domains share: where each raises it, and why.</summary>
    internal sealed class IntegrationPoint
    {
        public IntegrationPoint(
            string name,
            IntegrationPointKind kind,
            IReadOnlyList<IntegrationMention> mentions
        )
        {
            Name = name;
            Kind = kind;
            Mentions = mentions;
        }

        /// <summary>The words as the domains spell them, or the skill id.</summary>
        public string Name { get; }

        public IntegrationPointKind Kind { get; }

        public IReadOnlyList<IntegrationMention> Mentions { get; }

        /// <summary>
        /// "**node pools**: a (cluster architecture) and b (GPU scheduling) both design it:
        /// settle one design and who owns it."
        /// </summary>
        public string Render()
        {
            var lead = Kind == IntegrationPointKind.Skill ? $"**`{Name}`**" : $"**{Name}**";
            return $"{lead}: {Why()}";
        }

        public override string ToString() => Name;

        private string Why()
        {
            var designing = Mentions.Where(m => m.InConcern).ToList();
            var relying = Mentions.Where(m => !m.InConcern).ToList();
            if (Mentions.All(m => !m.Output.IsStructured))
            {
                var every = Mentions.Count == 2 ? "both" : "all";
                return Join(Mentions.Select(m => $"{m.Output.Label} (its text)"))
                    + $" {every} name it: check that they mean the same.";
            }

            switch (Kind)
            {
                case IntegrationPointKind.Skill:
                    return $"planned by {Join(designing.Select(Place))}: share one procedure "
                        + "and agree who leads it.";
                case IntegrationPointKind.OwnedSkills:
                    var draws = designing
                        .GroupBy(m => m.Output)
                        .Select(group =>
                            $"{group.Key.Label} draws "
                                + Join(group.Select(m =>
                                    $"`{m.Skill}` ({ConcernLabel.Of(m.Concern)})"
                                ))
                        );
                    var owner = relying.Single().Output;
                    return $"{string.Join("; ", draws)}. {owner.Member ?? owner.TaskName} has "
                        + "them as its own: let it review those parts.";
            }

            if (relying.Count == 0)
            {
                var all = designing.Count == 2 ? "both" : "all";
                return $"{Join(designing.Select(Place))} {all} design it: settle one design "
                    + "and who owns it.";
            }

            var verb = designing.Count == 1 ? "designs" : "design";
            return $"{Join(designing.Select(Place))} {verb} it; the skills of "
                + $"{Join(relying.Select(Place))} depend on it: agree how they meet.";
        }

        private static string Place(IntegrationMention mention)
        {
            if (mention.Concern == null)
            {
                return mention.Output.Label;
            }

            return $"{mention.Output.Label} ({ConcernLabel.Of(mention.Concern)})";
        }

        private static string Join(IEnumerable<string> parts)
        {
            var list = parts.ToList();
            return list.Count <= 1
                ? list.FirstOrDefault() ?? ""
                : string.Join("; ", list.Take(list.Count - 1)) + " and " + list.Last();
        }
    }
}
