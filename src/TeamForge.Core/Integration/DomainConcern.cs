using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Integration
{
    /// <summary>A concern as a task's output states it, with the skills it was given.</summary>
    internal sealed class DomainConcern
    {
        public DomainConcern(
            string text,
            IReadOnlyList<string> skills,
            IReadOnlyList<string> drawnSkills,
            string material,
            IReadOnlyList<double?> relevances = null
        )
        {
            Text = text;
            Skills = skills;
            DrawnSkills = drawnSkills;
            Material = material ?? "";
            Relevances = relevances ?? skills.Select(skill => (double?)null).ToList();
        }

        public string Text { get; }

        /// <summary>The skill ids under the concern, in order.</summary>
        public IReadOnlyList<string> Skills { get; }

        /// <summary>
        /// Those of <see cref="Skills"/> drawn from the library, not the member's own.
        /// </summary>
        public IReadOnlyList<string> DrawnSkills { get; }

        /// <summary>The text written under the concern: purposes, steps, notes.</summary>
        public string Material { get; }

        /// <summary>
        /// How well each of <see cref="Skills"/> fits, as the output states it; null where it
        /// does not say.
        /// </summary>
        public IReadOnlyList<double?> Relevances { get; }

        /// <summary>
        /// True when the skill leads the concern's skills and, where the output says how well
        /// it fits, fits at least at <paramref name="least"/>: the concern rests on it.
        /// </summary>
        public bool RestsOn(string skill, double least)
        {
            if (Skills.Count == 0
                || !string.Equals(Skills[0], skill, System.StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var relevance = Relevances.Count > 0 ? Relevances[0] : null;
            return relevance == null || relevance.Value >= least;
        }

        public override string ToString() => Text;
    }
}
