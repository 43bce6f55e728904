using System;
using System.Collections.Generic;
using System.Linq;
using TeamForge.Library;

namespace TeamForge.Execution
{
    /// <summary>
    /// A BM25 index over a library's skills. A skill's document is its name (three times,
    /// since the id is the most deliberate summary of a skill), its tags (twice), its
    /// description, domain, "When to Use" items and step titles.
    /// </summary>
    internal sealed class SkillIndex
    {
        private const int NameWeight = 3;
        private const int TagWeight = 2;

        /// <summary>A distinctive term is held by at most this share of the skills ...</summary>
        private const double DistinctiveShare = 0.04;

        /// <summary>... or by at most this many, so a small library has some too.</summary>
        private const int MinDistinctive = 2;

        /// <summary>How far apart, in terms, the two words of a phrase may stand.</summary>
        private const int PhraseReach = 2;

        private readonly Bm25Index index = new Bm25Index();

        private readonly Dictionary<string, SkillDefinition> skills = new Dictionary<
            string,
            SkillDefinition
        >(StringComparer.OrdinalIgnoreCase);

        // Per skill, the term runs of what it says it is about: its name, each tag and its
        // description. Steps and "When to Use" mention much in passing, so they are left out.
        private readonly Dictionary<string, List<List<string>>> central = new Dictionary<
            string,
            List<List<string>>
        >(StringComparer.OrdinalIgnoreCase);

        // What the library's skills say they are about, as folded name and tag words.
        private readonly HashSet<string> topics = new HashSet<string>(StringComparer.Ordinal);

        public SkillIndex(TeamLibrary library)
        {
            var all = library?.Skills.Values ?? Enumerable.Empty<SkillDefinition>();
            foreach (
                var skill in all.Where(s => s?.Name != null)
                    .OrderBy(s => s.Name, StringComparer.Ordinal)
            )
            {
                if (!skills.ContainsKey(skill.Name))
                {
                    skills.Add(skill.Name, skill);
                    index.Add(skill.Name, Terms(skill));
                    central.Add(skill.Name, CentralRuns(skill));
                    var named = TextTokenizer
                        .Tokenize(skill.Name)
                        .Concat((skill.Tags ?? new string[0]).SelectMany(TextTokenizer.Tokenize));
                    topics.UnionWith(named.Select(ConcernOverlap.Fold));
                }
            }
        }

        public int Count => index.Count;

        private double DistinctiveLimit => Math.Max(MinDistinctive, DistinctiveShare * Count);

        /// <summary>How rare a term is among the library's skills.</summary>
        public double Idf(string term)
        {
            return index.Idf(term);
        }

        /// <summary>
        /// True for a term that tells skills apart: not generic and held by few skills (at
        /// most one in 25, or two in a small library). "error" and "test" are everywhere.
        /// </summary>
        public bool IsDistinctive(string term)
        {
            var share = index.DocumentFrequency(term);
            return share > 0 && GenericTerms.CanNameATopic(term) && share <= DistinctiveLimit;
        }

        /// <summary>
        /// True for a topic word few skills or none hold: a word of the library's own that
        /// tells skills apart, or one the library does not know ("rye" to a platform).
        /// </summary>
        public bool IsRare(string term)
        {
            return GenericTerms.CanNameATopic(term)
                && index.DocumentFrequency(term) <= DistinctiveLimit;
        }

        /// <summary>
        /// True for a term that names a topic some skill of the library is about: a word of a
        /// skill name or tag ("queueing" meets tag "queue"), neither generic nor held by so
        /// many skills that it tells none apart ("pattern", "code").
        /// </summary>
        public bool NamesATopic(string term)
        {
            return GenericTerms.CanNameATopic(term)
                && topics.Contains(ConcernOverlap.Fold(term))
                && index.DocumentFrequency(term) <= DistinctiveLimit;
        }

        /// <summary>
        /// True when the skill's text holds the term in some word form: "deliver" holds
        /// "delivering", though ranking, which matches exact terms, does not see it.
        /// </summary>
        public bool Holds(SkillDefinition skill, string term)
        {
            var folded = ConcernOverlap.Fold(term);
            return Terms(skill).Any(known => ConcernOverlap.Fold(known) == folded);
        }

        /// <summary>
        /// The concern's distinctive terms that the skill names where it says what it is
        /// about (name, tags, description), not only in a step.
        /// </summary>
        public List<string> CentralDistinctiveTerms(SkillDefinition skill, Concern concern)
        {
            var runs = Runs(skill);
            return concern
                .CoreTerms.Concat(concern.Terms)
                .Distinct(StringComparer.Ordinal)
                .Where(IsDistinctive)
                .Where(term => runs.Any(run => run.Contains(term)))
                .ToList();
        }

        /// <summary>
        /// True when the skill's name, a tag or its description holds two neighbouring words
        /// of the concern close together ("input validation", tag "error-handling"): words
        /// that are generic alone can still name a topic as a pair.
        /// </summary>
        public bool NamesPhraseOf(SkillDefinition skill, Concern concern)
        {
            var core = concern.CoreTerms;
            var runs = Runs(skill);
            for (var i = 0; i + 1 < core.Count; i++)
            {
                if (core[i] != core[i + 1] && runs.Any(run => Near(run, core[i], core[i + 1])))
                {
                    return true;
                }
            }

            return false;
        }

        public SkillDefinition Find(string id)
        {
            return id != null && skills.TryGetValue(id, out var skill) ? skill : null;
        }

        public IReadOnlyList<Bm25Hit> Search(Concern concern)
        {
            return index.Search(concern.Terms);
        }

        /// <summary>
        /// A hit's score against the best the concern could reach, 0..1. The best counts the
        /// concern's known terms and its core terms nobody knows, but not unknown examples in
        /// parentheses: no skill naming "KServe" says little against a serving skill.
        /// </summary>
        public double Relevance(Bm25Hit hit, Concern concern)
        {
            var terms = concern.Terms.Where(index.Knows).Concat(concern.CoreTerms);
            var max = index.MaxScore(terms);
            return max <= 0 ? 0 : Math.Min(1.0, hit.Score / max);
        }

        private List<List<string>> Runs(SkillDefinition skill)
        {
            return skill?.Name != null && central.TryGetValue(skill.Name, out var runs)
                ? runs
                : CentralRuns(skill);
        }

        private static List<List<string>> CentralRuns(SkillDefinition skill)
        {
            var texts = new[] { skill?.Name, skill?.Description }
                .Concat(skill?.Tags ?? new string[0])
                .Where(text => !string.IsNullOrWhiteSpace(text));
            return texts.Select(TextTokenizer.Tokenize).ToList();
        }

        // The second word follows the first with at most one word between: "package with
        // complete structure" names a package structure, a "package ... structure" far apart
        // does not.
        private static bool Near(List<string> run, string first, string second)
        {
            for (var i = 0; i < run.Count; i++)
            {
                if (run[i] != first)
                {
                    continue;
                }

                for (var j = i + 1; j < run.Count && j <= i + PhraseReach; j++)
                {
                    if (run[j] == second)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static IEnumerable<string> Terms(SkillDefinition skill)
        {
            var terms = new List<string>();
            var name = TextTokenizer.Tokenize(skill.Name);
            for (var i = 0; i < NameWeight; i++)
            {
                terms.AddRange(name);
            }

            var tags = (skill.Tags ?? new string[0])
                .SelectMany(TextTokenizer.Tokenize)
                .ToList();
            for (var i = 0; i < TagWeight; i++)
            {
                terms.AddRange(tags);
            }

            terms.AddRange(TextTokenizer.Tokenize(skill.Description));
            terms.AddRange(TextTokenizer.Tokenize(skill.Domain));
            foreach (var item in skill.WhenToUse ?? new string[0])
            {
                terms.AddRange(TextTokenizer.Tokenize(item));
            }

            foreach (var step in skill.Steps ?? new SkillStep[0])
            {
                terms.AddRange(TextTokenizer.Tokenize(step?.Title));
            }

            return terms;
        }
    }
}
