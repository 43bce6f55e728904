using System;
using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Integration
{
    /// <summary>
    /// A concern named in a few words, for lists that point at it rather than restate it:
    /// "Lay out the cluster architecture: how many clusters, ..." is "Cluster architecture".
    /// </summary>
    internal static class ConcernLabel
    {
        /// <summary>Longer subjects are cut before a word that starts a qualifier.</summary>
        public const int MaxWords = 5;

        // Words after which a subject goes on to say for whom, how or why.
        private static readonly HashSet<string> Qualifiers = new HashSet<string>(
            new[]
            {
                "for", "with", "so", "that", "which", "including", "to", "from", "in", "on",
                "into", "whether", "where", "when", "instead", "before", "after", "during",
            },
            StringComparer.OrdinalIgnoreCase
        );

        public static string Of(string concern)
        {
            var subject = DecisionTopic.Of(DecisionTopic.RemoveParentheses(concern ?? ""));
            var words = subject.Split(' ').Where(word => word.Length > 0).ToList();
            if (words.Count <= MaxWords)
            {
                return subject;
            }

            for (var i = 1; i < words.Count; i++)
            {
                var next = i + 1 < words.Count ? words[i + 1].ToLowerInvariant() : "";
                var joinsAVerb = (words[i] == "and" || words[i] == "or")
                    && DecisionTopic.OpeningVerbs.Contains(next);
                if (Qualifiers.Contains(words[i]) || joinsAVerb)
                {
                    return string.Join(" ", words.Take(i));
                }
            }

            return string.Join(" ", words.Take(MaxWords + 1));
        }
    }
}
