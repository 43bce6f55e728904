using System;
using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Execution
{
    /// <summary>
    /// A small Okapi BM25 index over documents given as term lists. Scores use k1 = 1.2 and
    /// b = 0.75 and the non-negative idf ln(1 + (N - n + 0.5) / (n + 0.5)). A field weighs
    /// more when its terms are added more than once (term frequency does the rest).
    /// </summary>
    public sealed class Bm25Index
    {
        /// <summary>How fast repeated terms stop adding to a score.</summary>
        public const double K1 = 1.2;

        /// <summary>How much a long document is penalised against the average length.</summary>
        public const double B = 0.75;

        private readonly List<Document> documents = new List<Document>();

        private readonly HashSet<string> ids = new HashSet<string>(StringComparer.Ordinal);

        private readonly Dictionary<string, int> documentFrequency = new Dictionary<
            string,
            int
        >(StringComparer.Ordinal);

        private long totalLength;

        /// <summary>How many documents the index holds.</summary>
        public int Count => documents.Count;

        /// <summary>Adds a document; its id must be unique in the index.</summary>
        public void Add(string id, IEnumerable<string> terms)
        {
            if (id == null)
            {
                throw new ArgumentNullException(nameof(id));
            }

            if (!ids.Add(id))
            {
                throw new ArgumentException(
                    $"The index already has a document '{id}'.",
                    nameof(id)
                );
            }

            var document = new Document(id, terms ?? Enumerable.Empty<string>());
            documents.Add(document);
            totalLength += document.Length;
            foreach (var term in document.Frequencies.Keys)
            {
                documentFrequency.TryGetValue(term, out var count);
                documentFrequency[term] = count + 1;
            }
        }

        /// <summary>
        /// How rare a term is in the index: high for rare terms, near 0 for common.
        /// </summary>
        public double Idf(string term)
        {
            documentFrequency.TryGetValue(term, out var n);
            var total = documents.Count;
            return Math.Log(1.0 + (total - n + 0.5) / (n + 0.5));
        }

        /// <summary>How many documents hold the term.</summary>
        public int DocumentFrequency(string term)
        {
            return term != null && documentFrequency.TryGetValue(term, out var n) ? n : 0;
        }

        /// <summary>True when at least one document holds the term.</summary>
        public bool Knows(string term)
        {
            return documentFrequency.ContainsKey(term);
        }

        /// <summary>
        /// The best score a document could reach for the query (each term seen very often in
        /// a short document). Dividing a score by it gives a 0..1 relevance comparable between
        /// queries of different lengths. A term no document holds counts too, at its full
        /// idf: a query naming things the index does not know is less well answered.
        /// </summary>
        public double MaxScore(IEnumerable<string> queryTerms)
        {
            return Distinct(queryTerms).Sum(term => Idf(term) * (K1 + 1));
        }

        /// <summary>
        /// Every document that matches at least one query term, best first; ties go to the
        /// ordinal order of the ids so the result never depends on insertion order.
        /// Repeated query terms count once.
        /// </summary>
        public IReadOnlyList<Bm25Hit> Search(IEnumerable<string> queryTerms)
        {
            var terms = Distinct(queryTerms).Where(Knows).ToList();
            if (terms.Count == 0 || documents.Count == 0)
            {
                return new Bm25Hit[0];
            }

            var averageLength = Math.Max(1.0, (double)totalLength / documents.Count);
            var idf = terms.ToDictionary(term => term, Idf, StringComparer.Ordinal);
            var hits = new List<Bm25Hit>();
            foreach (var document in documents)
            {
                var score = 0.0;
                var matched = new List<string>();
                foreach (var term in terms)
                {
                    if (!document.Frequencies.TryGetValue(term, out var frequency))
                    {
                        continue;
                    }

                    var norm = K1 * (1 - B + B * document.Length / averageLength);
                    score += idf[term] * frequency * (K1 + 1) / (frequency + norm);
                    matched.Add(term);
                }

                if (score > 0)
                {
                    hits.Add(new Bm25Hit(document.Id, score, matched));
                }
            }

            return hits.OrderByDescending(hit => hit.Score)
                .ThenBy(hit => hit.Id, StringComparer.Ordinal)
                .ToList();
        }

        private static IEnumerable<string> Distinct(IEnumerable<string> terms)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var term in terms ?? Enumerable.Empty<string>())
            {
                if (!string.IsNullOrEmpty(term) && seen.Add(term))
                {
                    yield return term;
                }
            }
        }

        private sealed class Document
        {
            public Document(string id, IEnumerable<string> terms)
            {
                Id = id;
                foreach (var term in terms)
                {
                    if (string.IsNullOrEmpty(term))
                    {
                        continue;
                    }

                    Frequencies.TryGetValue(term, out var count);
                    Frequencies[term] = count + 1;
                    Length++;
                }
            }

            public string Id { get; }

            public int Length { get; }

            public Dictionary<string, int> Frequencies { get; } =
                new Dictionary<string, int>(StringComparer.Ordinal);
        }
    }
}
