using System;
using System.Collections.Generic;
using System.Linq;
using TeamForge.Execution;

namespace TeamForge.Integration
{
    /// <summary>
    /// Finds what domains share: a term one domain names in a concern that another domain
    /// names too, in its concerns or in the skill material under them ("secrets" is a
    /// security concern and a step of the Kubernetes deployment skill). Terms rank by how
    /// many domains raise them, concerns counting double, times how rare the term is.
    /// </summary>
    internal static class IntegrationPointFinder
    {
        public const int MaxPoints = 8;

        private const int ConcernWeight = 2;
        private const int MaterialWeight = 1;

        /// <param name="idf">How rare a term is; null to judge it from the outputs alone.</param>
        public static List<IntegrationPoint> Find(
            IReadOnlyList<DomainOutput> outputs,
            Func<string, double> idf = null
        )
        {
            if (outputs.Count < 2)
            {
                return new List<IntegrationPoint>();
            }

            var rarity = idf ?? OutputIdf(outputs);
            var concernTerms = outputs.Select(ConcernTerms).ToList();
            var materialTerms = outputs.Select(MaterialTerms).ToList();
            var candidates = concernTerms
                .SelectMany(terms => terms.Keys)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(term => term, StringComparer.Ordinal);

            var points = new List<(IntegrationPoint Point, double Score)>();
            foreach (var term in candidates)
            {
                var mentions = new List<IntegrationMention>();
                var weight = 0;
                for (var i = 0; i < outputs.Count; i++)
                {
                    if (concernTerms[i].TryGetValue(term, out var concern))
                    {
                        mentions.Add(new IntegrationMention(outputs[i], concern, true));
                        weight += ConcernWeight;
                    }
                    else if (materialTerms[i].TryGetValue(term, out var under))
                    {
                        mentions.Add(new IntegrationMention(outputs[i], under, false));
                        weight += MaterialWeight;
                    }
                }

                if (mentions.Count >= 2)
                {
                    var point = new IntegrationPoint(Word(term, outputs), mentions);
                    points.Add((point, weight * rarity(term) * rarity(term)));
                }
            }

            return points
                .OrderByDescending(item => item.Score)
                .ThenBy(item => item.Point.Word, StringComparer.Ordinal)
                .Take(MaxPoints)
                .Select(item => item.Point)
                .ToList();
        }

        // Term -> the first concern naming it. A text without concerns offers its summary.
        private static Dictionary<string, string> ConcernTerms(DomainOutput output)
        {
            var terms = new Dictionary<string, string>(StringComparer.Ordinal);
            var concerns =
                output.Concerns.Count > 0
                    ? output.Concerns.Select(concern => concern.Text)
                    : new[] { output.Summary ?? "" };
            foreach (var concern in concerns)
            {
                foreach (var term in TextTokenizer.QueryTerms(concern).Where(Meaningful))
                {
                    if (!terms.ContainsKey(term))
                    {
                        terms.Add(term, concern);
                    }
                }
            }

            return terms;
        }

        // Term -> the first concern whose material names it. A text without concerns offers all.
        private static Dictionary<string, string> MaterialTerms(DomainOutput output)
        {
            var terms = new Dictionary<string, string>(StringComparer.Ordinal);
            var material =
                output.Concerns.Count > 0
                    ? output.Concerns.Select(concern => (concern.Text, concern.Material))
                    : new[] { (output.Summary ?? "", output.Text ?? "") };
            foreach (var (concern, text) in material)
            {
                foreach (var term in TextTokenizer.QueryTerms(text).Where(Meaningful))
                {
                    if (!terms.ContainsKey(term))
                    {
                        terms.Add(term, concern);
                    }
                }
            }

            return terms;
        }

        // Numbers and one- or two-letter scraps ("v1", "ui") are not topics on their own.
        private static bool Meaningful(string term)
        {
            return term.Length > 2 && !term.All(char.IsDigit);
        }

        private static Func<string, double> OutputIdf(IReadOnlyList<DomainOutput> outputs)
        {
            var index = new Bm25Index();
            for (var i = 0; i < outputs.Count; i++)
            {
                index.Add(
                    i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    TextTokenizer.QueryTerms(outputs[i].Text)
                );
            }

            return index.Idf;
        }

        // The word as the concerns spell it ("secrets"), not its folded term ("secret").
        private static string Word(string term, IReadOnlyList<DomainOutput> outputs)
        {
            foreach (var output in outputs)
            {
                foreach (
                    var concern in output
                        .Concerns.Select(c => c.Text)
                        .Concat(new[] { output.Summary ?? "" })
                )
                {
                    foreach (var (folded, word) in TextTokenizer.SurfaceWords(concern))
                    {
                        if (folded == term)
                        {
                            return word;
                        }
                    }
                }
            }

            return term;
        }
    }
}
