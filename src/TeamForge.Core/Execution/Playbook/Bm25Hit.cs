using System.Collections.Generic;

namespace TeamForge.Execution
{
    /// <summary>One document that matched a BM25 query, with the query terms it holds.</summary>
    public sealed class Bm25Hit
    {
        public Bm25Hit(string id, double score, IReadOnlyList<string> matchedTerms)
        {
            Id = id;
            Score = score;
            MatchedTerms = matchedTerms;
        }

        public string Id { get; }

        public double Score { get; }

        public IReadOnlyList<string> MatchedTerms { get; }

        public override string ToString() => $"{Id} ({Score:0.00})";
    }
}
