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

        private readonly Bm25Index index = new Bm25Index();

        private readonly Dictionary<string, SkillDefinition> skills = new Dictionary<
            string,
            SkillDefinition
        >(StringComparer.OrdinalIgnoreCase);

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
                }
            }
        }

        public int Count => index.Count;

        /// <summary>How rare a term is among the library's skills.</summary>
        public double Idf(string term)
        {
            return index.Idf(term);
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
