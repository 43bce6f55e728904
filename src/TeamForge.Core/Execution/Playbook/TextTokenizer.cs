using System;
using System.Collections.Generic;
using System.Text;

namespace TeamForge.Execution
{
    /// <summary>
    /// Turns prose into terms for ranking and matching: lowercased, split on anything that is
    /// not a letter or digit, plurals folded to the singular.
    /// </summary>
    internal static class TextTokenizer
    {
        // Words that carry no topic. Kept small on purpose: a long list starts to eat domain
        // words ("service", "test") that tell skills apart.
        private static readonly HashSet<string> StopWords = Set(
            "a an the and or nor of for to in on at by with without from into onto "
            + "over as is are was be been it its this that these those via e g eg ie "
            + "etc vs per each all any some such their your you we our us they them "
            + "not no do does can will should must may when where which who what how "
            + "than then also more most other up out about between across within use "
            + "using used need needs like so if whether while because many much very "
            + "both either just only"
        );

        // Verbs that open almost every task line ("Design ...", "Set up ..."). They say what
        // to do, not what about, so they are left out of queries; in skill text they stay.
        private static readonly HashSet<string> TaskVerbs = Set(
            "design configure set setup define plan implement evaluate assess "
            + "review create build establish produce provide ensure identify "
            + "determine check verify perform develop make prepare run apply lay "
            + "choose decide select"
        );

        /// <summary>Topic terms of a text: stop words removed, plurals folded.</summary>
        public static List<string> Tokenize(string text)
        {
            var terms = new List<string>();
            foreach (var term in Words(text, withCompoundAcronyms: true))
            {
                if (!StopWords.Contains(term))
                {
                    terms.Add(term);
                }
            }

            return terms;
        }

        /// <summary>
        /// The terms of a concern used as a query: topic terms without task verbs.
        /// </summary>
        public static List<string> QueryTerms(string text)
        {
            var terms = new List<string>();
            foreach (var term in Tokenize(text))
            {
                if (!TaskVerbs.Contains(term))
                {
                    terms.Add(term);
                }
            }

            return terms;
        }

        /// <summary>
        /// True for a verb that opens a task line: "design", "set", "review", ...
        /// </summary>
        public static bool IsTaskVerb(string word)
        {
            return TaskVerbs.Contains(Stem((word ?? "").ToLowerInvariant()));
        }

        /// <summary>Every word of a text, lowercased and folded, stop words included.</summary>
        public static List<string> Words(string text)
        {
            return Words(text, withCompoundAcronyms: false);
        }

        /// <summary>Each word of a text with its folded term: ("policies", "policy").</summary>
        public static List<(string Term, string Word)> SurfaceWords(string text)
        {
            var pairs = new List<(string Term, string Word)>();
            var current = new StringBuilder();
            // The space ends the last word.
            foreach (var character in (text ?? "") + " ")
            {
                if (char.IsLetterOrDigit(character))
                {
                    current.Append(char.ToLowerInvariant(character));
                }
                else if (current.Length > 0)
                {
                    pairs.Add((Stem(current.ToString()), current.ToString()));
                    current.Clear();
                }
            }

            return pairs;
        }

        /// <summary>Folds a lowercase word to a stem: only plurals, nothing clever.</summary>
        public static string Stem(string word)
        {
            if (word.Length <= 3)
            {
                return word;
            }

            if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
            {
                return word.Substring(0, word.Length - 3) + "y";
            }

            if (word.EndsWith("sses", StringComparison.Ordinal))
            {
                return word.Substring(0, word.Length - 2);
            }

            // "analysis", "status" keep their s; short plurals such as "apis", "gpus" lose it.
            if (
                word.EndsWith("ss", StringComparison.Ordinal)
                || (word.Length > 4 && word.EndsWith("us", StringComparison.Ordinal))
                || (word.Length > 4 && word.EndsWith("is", StringComparison.Ordinal))
            )
            {
                return word;
            }

            return word.EndsWith("s", StringComparison.Ordinal)
                ? word.Substring(0, word.Length - 1)
                : word;
        }

        private static HashSet<string> Set(string words)
        {
            return new HashSet<string>(
                words.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries),
                StringComparer.Ordinal
            );
        }

        private static List<string> Words(string text, bool withCompoundAcronyms)
        {
            var words = new List<string>();
            if (string.IsNullOrEmpty(text))
            {
                return words;
            }

            var current = new StringBuilder();
            var compound = new List<string>();
            foreach (var character in text)
            {
                if (char.IsLetterOrDigit(character))
                {
                    current.Append(char.ToLowerInvariant(character));
                    continue;
                }

                EndWord(current, compound, words);
                if (character != '-')
                {
                    EndCompound(compound, words, withCompoundAcronyms);
                }
            }

            EndWord(current, compound, words);
            EndCompound(compound, words, withCompoundAcronyms);
            return words;
        }

        private static void EndWord(
            StringBuilder current,
            List<string> compound,
            List<string> words
        )
        {
            if (current.Length == 0)
            {
                return;
            }

            var word = current.ToString();
            current.Clear();
            compound.Add(word);
            words.Add(Stem(word));
        }

        // "infrastructure-as-code" is often tagged "iac": a hyphenated compound of three or
        // more parts also yields the acronym of its parts, so both spellings meet.
        private static void EndCompound(
            List<string> compound,
            List<string> words,
            bool withCompoundAcronyms
        )
        {
            if (withCompoundAcronyms && compound.Count >= 3)
            {
                var acronym = new StringBuilder();
                foreach (var part in compound)
                {
                    acronym.Append(part[0]);
                }

                words.Add(acronym.ToString());
            }

            compound.Clear();
        }
    }
}
