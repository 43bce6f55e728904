using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TeamForge.Integration
{
    /// <summary>
    /// Finds the choices a task line leaves open: a parenthesis that lists options joined by
    /// "or", as in "Set up secrets management (Sealed Secrets or Vault)".
    /// </summary>
    internal static class AlternativeFinder
    {
        // "or similar" widens a list rather than naming an option.
        private static readonly HashSet<string> Fillers = new HashSet<string>(
            new[] { "similar", "others", "other", "etc", "etc.", "the like", "equivalent" },
            StringComparer.OrdinalIgnoreCase
        );

        private static readonly string[] Lead = { "e.g.,", "e.g.", "i.e.,", "i.e.", "such as" };

        /// <summary>
        /// The first parenthesised "or" list of the line as a decision, or null.
        /// </summary>
        public static OpenDecision Find(string line)
        {
            foreach (var (start, end) in Parentheses(line ?? ""))
            {
                var inside = line.Substring(start + 1, end - start - 1);
                if (!HasWord(inside, "or"))
                {
                    continue;
                }

                var options = SplitOptions(inside);
                if (options.Count < 2)
                {
                    continue;
                }

                return new OpenDecision(DecisionTopic.Before(line, start), options);
            }

            return null;
        }

        /// <summary>"A, B, or C" as [A, B, C]; fillers such as "similar" are dropped.</summary>
        public static List<string> SplitOptions(string list)
        {
            var text = list.Trim();
            foreach (var lead in Lead)
            {
                if (text.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
                {
                    text = text.Substring(lead.Length).Trim();
                }
            }

            var options = new List<string>();
            foreach (var piece in text.Split(','))
            {
                foreach (var option in SplitOnWord(piece, "or"))
                {
                    var trimmed = option.Trim().TrimEnd('.').Trim();
                    if (
                        trimmed.Length > 0
                        && !Fillers.Contains(trimmed)
                        && !options.Contains(trimmed, StringComparer.OrdinalIgnoreCase)
                    )
                    {
                        options.Add(trimmed);
                    }
                }
            }

            return options;
        }

        /// <summary>The outermost parentheses of a text, as (open, close) positions.</summary>
        public static IEnumerable<(int Start, int End)> Parentheses(string text)
        {
            var depth = 0;
            var start = -1;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '(')
                {
                    if (depth == 0)
                    {
                        start = i;
                    }

                    depth++;
                }
                else if (text[i] == ')' && depth > 0)
                {
                    depth--;
                    if (depth == 0)
                    {
                        yield return (start, i);
                    }
                }
            }
        }

        /// <summary>Splits on a whole word ("or", "and"), not on letters inside words.</summary>
        public static List<string> SplitOnWord(string text, string word)
        {
            var pieces = new List<string>();
            var current = new StringBuilder();
            var tokens = text.Split(' ');
            foreach (var token in tokens)
            {
                if (string.Equals(token, word, StringComparison.OrdinalIgnoreCase))
                {
                    pieces.Add(current.ToString());
                    current.Clear();
                    continue;
                }

                if (current.Length > 0)
                {
                    current.Append(' ');
                }

                current.Append(token);
            }

            pieces.Add(current.ToString());
            return pieces.Where(piece => piece.Trim().Length > 0).ToList();
        }

        private static bool HasWord(string text, string word)
        {
            return text.Split(' ', ',', ';')
                .Any(token => string.Equals(token, word, StringComparison.OrdinalIgnoreCase));
        }
    }
}
