using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace TeamForge.Execution
{
    /// <summary>
    /// Picks the skills for a concern: the member's own skills first, and a library skill
    /// only when it fits clearly better than the best of them.
    /// </summary>
    internal sealed class SkillSelector
    {
        /// <summary>
        /// The least relevance (score over the concern's best) a skill needs at all.
        /// </summary>
        public const double RelevanceFloor = 0.3;

        /// <summary>
        /// The least relevance of a library skill from a domain no team member's skills are
        /// in: a foraging skill that happens to say "resource allocation" is not a platform
        /// skill, so words alone must carry it much further.
        /// </summary>
        public const double UnfamiliarFloor = 0.45;

        /// <summary>How much better than the best own skill a library skill must score.</summary>
        public const double LibraryMargin = 1.25;

        /// <summary>A second or third skill must score at least this share of the first.</summary>
        public const double RunnerUpShare = 0.5;

        public const int MaxSkillsPerConcern = 3;

        private readonly SkillIndex index;
        private readonly HashSet<string> own;
        private readonly HashSet<string> familiarDomains;

        public SkillSelector(
            SkillIndex index,
            IEnumerable<string> ownSkills,
            IEnumerable<string> familiarDomains
        )
        {
            this.index = index;
            own = new HashSet<string>(ownSkills, StringComparer.OrdinalIgnoreCase);
            this.familiarDomains = new HashSet<string>(
                familiarDomains.Where(domain => domain != null).Select(domain => domain.Trim()),
                StringComparer.OrdinalIgnoreCase
            );
        }

        public ConcernCoverage Select(Concern concern)
        {
            var hits = index
                .Search(concern)
                .Select(hit => new SkillMatch(
                    index.Find(hit.Id),
                    hit.Score,
                    index.Relevance(hit, concern),
                    own.Contains(hit.Id),
                    hit.MatchedTerms
                ))
                .ToList();
            var fitting = hits.Where(match => match.Relevance >= Floor(match)).ToList();
            var bestOwn = fitting
                .Where(match => match.IsOwn)
                .Select(match => match.Score)
                .DefaultIfEmpty(0)
                .Max();
            var eligible = fitting
                .Where(match => match.IsOwn || match.Score > LibraryMargin * bestOwn)
                .ToList();
            if (eligible.Count == 0)
            {
                var closest = hits.FirstOrDefault();
                return new ConcernCoverage(
                    concern,
                    new SkillMatch[0],
                    closest,
                    WhyUncovered(closest)
                );
            }

            var top = eligible[0].Score;
            var chosen = eligible
                .Where(match => match.Score >= RunnerUpShare * top)
                .Take(MaxSkillsPerConcern)
                .ToList();
            return new ConcernCoverage(concern, chosen, null, null);
        }

        private string WhyUncovered(SkillMatch closest)
        {
            if (closest == null)
            {
                return "no skill shares its words";
            }

            var relevance = closest.Relevance.ToString("0.00", CultureInfo.InvariantCulture);
            var floor = Floor(closest);
            if (floor > RelevanceFloor && closest.Relevance >= RelevanceFloor)
            {
                return $"the closest, `{closest.Skill.Name}`, is from the "
                    + $"{closest.Skill.Domain} domain, which no member's skills are in, "
                    + $"and reaches relevance {relevance} of the "
                    + $"{floor.ToString("0.00", CultureInfo.InvariantCulture)} such a skill needs";
            }

            return $"the closest, `{closest.Skill.Name}`, reaches relevance {relevance} of the "
                + $"{floor.ToString("0.00", CultureInfo.InvariantCulture)} needed";
        }

        private double Floor(SkillMatch match)
        {
            var familiar =
                match.IsOwn
                || familiarDomains.Count == 0
                || familiarDomains.Contains((match.Skill.Domain ?? "").Trim());
            return familiar ? RelevanceFloor : UnfamiliarFloor;
        }
    }
}
