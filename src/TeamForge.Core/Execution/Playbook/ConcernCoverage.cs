using System.Collections.Generic;

namespace TeamForge.Execution
{
    /// <summary>A concern and the skills that cover it; none when nothing fits clearly.</summary>
    internal sealed class ConcernCoverage
    {
        public ConcernCoverage(
            Concern concern,
            IReadOnlyList<SkillMatch> matches,
            SkillMatch closest,
            string reason,
            IReadOnlyList<string> unnamed = null
        )
        {
            Unnamed = unnamed ?? new string[0];
            Reason = reason;
            Concern = concern;
            Matches = matches;
            Closest = closest;
        }

        public Concern Concern { get; }

        public IReadOnlyList<SkillMatch> Matches { get; }

        /// <summary>The best skill below the bar, named when the concern is uncovered.</summary>
        public SkillMatch Closest { get; }

        /// <summary>Why no skill was chosen, for the Uncovered list; null when covered.</summary>
        public string Reason { get; }

        /// <summary>
        /// Domain words of the concern that none of its skills holds, as the concern spells
        /// them: what the reader must still work out without a procedure.
        /// </summary>
        public IReadOnlyList<string> Unnamed { get; }

        public bool IsCovered => Matches.Count > 0;
    }
}
