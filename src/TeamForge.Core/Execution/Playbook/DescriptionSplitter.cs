using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using TeamForge.Integration;

namespace TeamForge.Execution
{
    /// <summary>
    /// Cuts a task description into its items: "Design A, B and C" gives "Design A", "B",
    /// "C". Commas, semicolons and the words "and" / "or" separate items, except inside
    /// parentheses, so "(Argo CD or Flux)" stays with its item.
    /// </summary>
    internal static class DescriptionSplitter
    {
        private static readonly HashSet<string> Joiners = new HashSet<string>(
            new[] { "and", "or", "&", "and/or" },
            StringComparer.OrdinalIgnoreCase
        );

        public static List<string> Split(string description)
        {
            var items = new List<string>();
            foreach (var clause in SplitOutsideParentheses(description ?? "", ',', ';'))
            {
                foreach (var item in SplitOnJoiners(clause))
                {
                    var text = MarkdownText.Collapse(item).TrimEnd('.', ':').Trim();
                    if (TextTokenizer.QueryTerms(text).Count > 0)
                    {
                        items.Add(char.ToUpperInvariant(text[0]) + text.Substring(1));
                    }
                }
            }

            return items;
        }

        private static IEnumerable<string> SplitOutsideParentheses(
            string text,
            params char[] separators
        )
        {
            var depth = 0;
            var current = new StringBuilder();
            foreach (var character in text)
            {
                depth = Depth(depth, character);
                if (depth == 0 && separators.Contains(character))
                {
                    yield return current.ToString();
                    current.Clear();
                    continue;
                }

                current.Append(character);
            }

            yield return current.ToString();
        }

        private static IEnumerable<string> SplitOnJoiners(string clause)
        {
            var depth = 0;
            var current = new List<string>();
            foreach (
                var word in clause.Split(
                    new[] { ' ', '\t', '\n' },
                    StringSplitOptions.RemoveEmptyEntries
                )
            )
            {
                if (depth == 0 && Joiners.Contains(word))
                {
                    yield return string.Join(" ", current);
                    current.Clear();
                    continue;
                }

                foreach (var character in word)
                {
                    depth = Depth(depth, character);
                }

                current.Add(word);
            }

            yield return string.Join(" ", current);
        }

        private static int Depth(int depth, char character)
        {
            if (character == '(')
            {
                return depth + 1;
            }

            return character == ')' && depth > 0 ? depth - 1 : depth;
        }
    }
}
