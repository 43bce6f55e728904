using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace TeamForge.Execution
{
    /// <summary>
    /// Picks the skills for a concern: the member's own skills first, and a library skill
    /// only when it fits clearly better than the best of them and says, in its name, tags or
    /// description, that it is about the concern.
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
                .Where(match =>
                    match.IsOwn
                    || (match.Score > LibraryMargin * bestOwn && IsAbout(match, concern))
                )
                .ToList();
            if (eligible.Count == 0)
            {
                var closest = hits.FirstOrDefault();
                return new ConcernCoverage(
                    concern,
                    new SkillMatch[0],
                    closest,
                    WhyUncovered(closest, concern)
                );
            }

            var top = eligible[0].Score;
            var chosen = eligible
                .Where((match, i) =>
                    i == 0 || (match.Score >= RunnerUpShare * top && EarnsAPlace(match, concern))
                )
                .Take(MaxSkillsPerConcern)
                .ToList();
            return new ConcernCoverage(concern, chosen, null, null, Unnamed(concern, chosen));
        }

        // Only words that name a topic of the library: "logged", "after" or "explicit"
        // missing from a skill tells the reader nothing.
        private List<string> Unnamed(Concern concern, List<SkillMatch> chosen)
        {
            return concern
                .CoreTerms.Where(index.NamesATopic)
                .Where(term => !chosen.Any(match => index.Holds(match.Skill, term)))
                .Select(concern.WordFor)
                .Distinct(StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>
        /// Relevance as the document shows it: cut, not rounded, to two places, so a skill
        /// just under a bar never reads as reaching it ("0.29 of the 0.30 needed").
        /// </summary>
        public static string Shown(double relevance)
        {
            var cut = Math.Floor(relevance * 100 + 1e-9) / 100;
            return cut.ToString("0.00", CultureInfo.InvariantCulture);
        }

        // A library skill must say it is about the concern: in its name, tags or description
        // it names a distinctive word of the concern, or two of its words as a phrase. Words
        // every skill uses ("error", "test", "safe") found anywhere are not enough.
        private bool IsAbout(SkillMatch match, Concern concern)
        {
            return index.CentralDistinctiveTerms(match.Skill, concern).Count > 0
                || index.NamesPhraseOf(match.Skill, concern);
        }

        // A second or third procedure must earn its place: the member's own skill must be
        // about the concern, and a library skill must name a distinctive word of the concern
        // itself; sharing the pair "error handling" is not enough for one from another field.
        private bool EarnsAPlace(SkillMatch match, Concern concern)
        {
            return match.IsOwn
                ? IsAbout(match, concern)
                : index.CentralDistinctiveTerms(match.Skill, concern).Count > 0;
        }

        private string WhyUncovered(SkillMatch closest, Concern concern)
        {
            if (closest == null)
            {
                return "no skill shares its words";
            }

            var relevance = Shown(closest.Relevance);
            var floor = Floor(closest);
            var bar = Shown(floor);
            if (closest.Relevance >= floor && !closest.IsOwn && !IsAbout(closest, concern))
            {
                var words = closest
                    .MatchedTerms.Select(concern.WordFor)
                    .Distinct(StringComparer.Ordinal);
                return $"the closest, `{closest.Skill.Name}`, shares only words that many "
                    + $"skills use ({string.Join(", ", words)}), not what the concern is about";
            }

            if (floor > RelevanceFloor && closest.Relevance >= RelevanceFloor)
            {
                return $"the closest, `{closest.Skill.Name}`, is from the "
                    + $"{closest.Skill.Domain} domain, which no member's skills are in, "
                    + $"and reaches relevance {relevance} of the {bar} such a skill needs";
            }

            return $"the closest, `{closest.Skill.Name}`, reaches relevance {relevance} of the "
                + $"{bar} needed";
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
