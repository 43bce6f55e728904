using System;
using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Execution
{
    /// <summary>
    /// Tells when a short item says what a longer line already says. A task description
    /// often sums up the team file's lines in other word forms ("Resolve conflicts between
    /// streams" after "Resolves conflicts (...) and records each decision"), and listing
    /// both makes the reader do the same work twice.
    /// </summary>
    internal static class ConcernOverlap
    {
        /// <summary>The share of the item's topic terms the line must hold.</summary>
        public const double RepeatShare = 2.0 / 3.0;

        // Planning words that name one thing: a "phased roadmap" is an order into phases,
        // and to "reconcile" designs is to merge them.
        private static readonly Dictionary<string, string> SameThing =
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["roadmap"] = "phas",
                ["stag"] = "phas",
                ["reconcil"] = "merg",
                ["combin"] = "merg",
            };

        /// <summary>
        /// True when at least two thirds of the item's topic terms are in the line, word
        /// forms folded ("observation" meets "observe", "setting" meets "set").
        /// </summary>
        public static bool Repeats(string item, string line)
        {
            var terms = Folded(TextTokenizer.QueryTerms(item));
            if (terms.Count == 0)
            {
                return false;
            }

            var known = Folded(TextTokenizer.Tokenize(line));
            var shared = terms.Count(known.Contains);
            return shared >= RepeatShare * terms.Count;
        }

        private static HashSet<string> Folded(IEnumerable<string> terms)
        {
            return new HashSet<string>(
                terms.Select(Fold).Select(term => SameThing.TryGetValue(term, out var same)
                    ? same
                    : term),
                StringComparer.Ordinal
            );
        }

        /// <summary>
        /// Cuts the common English endings off a term so that forms of one word compare
        /// equal. Only for comparing: the stems are not words to show anyone.
        /// </summary>
        public static string Fold(string term)
        {
            var word = term;
            if (word.Length > 6 && word.EndsWith("ation", StringComparison.Ordinal))
            {
                word = word.Substring(0, word.Length - 5);
            }
            else if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
            {
                word = word.Substring(0, word.Length - 3);
            }
            else if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
            {
                word = word.Substring(0, word.Length - 2);
            }

            if (word.Length > 4 && word.EndsWith("e", StringComparison.Ordinal))
            {
                word = word.Substring(0, word.Length - 1);
            }
            else if (word.Length > 5 && word.EndsWith("y", StringComparison.Ordinal))
            {
                // "delivery" meets "deliver".
                word = word.Substring(0, word.Length - 1);
            }

            // "setting" leaves "sett"; the doubled consonant goes so that it meets "set".
            var last = word.Length - 1;
            if (word.Length > 2 && word[last] == word[last - 1] && !IsVowel(word[last]))
            {
                word = word.Substring(0, last);
            }

            return word;
        }

        private static bool IsVowel(char letter)
        {
            return "aeiouy".IndexOf(letter) >= 0;
        }
    }
}
