using System.Collections.Generic;

namespace TeamForge.Execution
{
    /// <summary>A skill chosen for a concern, with how well it fits and whose it is.</summary>
    internal sealed class SkillMatch
    {
        public SkillMatch(
            SkillDefinition skill,
            double score,
            double relevance,
            bool isOwn,
            IReadOnlyList<string> matchedTerms
        )
        {
            MatchedTerms = matchedTerms;
            Skill = skill;
            Score = score;
            Relevance = relevance;
            IsOwn = isOwn;
        }

        public SkillDefinition Skill { get; }

        /// <summary>The BM25 score against the concern.</summary>
        public double Score { get; }

        /// <summary>The score against the best the concern could reach: 0..1.</summary>
        public double Relevance { get; }

        /// <summary>
        /// True for the member's own skill; false for one drawn from the library.
        /// </summary>
        public bool IsOwn { get; }

        /// <summary>The concern's terms the skill holds.</summary>
        public IReadOnlyList<string> MatchedTerms { get; }

        public override string ToString() => $"{Skill.Name} ({Relevance:0.00})";
    }
}
