using System;
using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Execution
{
    /// <summary>
    /// The ways a team file names a member: its agent id ("devops-engineer") or its role
    /// ("Lead", "ML Platform Engineer"), compared word by word with plurals folded, so
    /// "**Developers**" names the role "Developer".
    /// </summary>
    internal sealed class MemberNames
    {
        private readonly List<List<string>> names = new List<List<string>>();

        public MemberNames(params string[] names)
        {
            foreach (var name in names)
            {
                var words = TextTokenizer.Words(name);
                if (words.Count > 0)
                {
                    this.names.Add(words);
                }
            }
        }

        /// <summary>True when the text is exactly one of the names.</summary>
        public bool Are(string text)
        {
            var words = TextTokenizer.Words(text);
            return names.Any(name => name.SequenceEqual(words, StringComparer.Ordinal));
        }

        /// <summary>True when one of the names appears, as whole words, in the text.</summary>
        public bool AppearIn(string text)
        {
            var words = TextTokenizer.Words(text);
            return names.Any(name => Contains(words, name));
        }

        private static bool Contains(List<string> words, List<string> name)
        {
            for (var start = 0; start + name.Count <= words.Count; start++)
            {
                if (!name.Where((word, i) => words[start + i] != word).Any())
                {
                    return true;
                }
            }

            return false;
        }
    }
}
