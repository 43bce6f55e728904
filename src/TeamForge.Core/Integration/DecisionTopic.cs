using System;
using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Integration
{
    /// <summary>
    /// Names what a decision is about with the noun phrase the options qualify: in "Design
    /// CI/CD with a GitOps controller (Argo CD or Flux), including how ..." the options are
    /// GitOps controllers, so the topic is "GitOps controller", not the whole line.
    /// </summary>
    internal static class DecisionTopic
    {
        // Words that end the phrase going back from the parenthesis: what comes before them
        // is another part of the line ("CI/CD with", "whether").
        private static readonly HashSet<string> Boundaries = Set(
            "with without for of in on at to from by via using including into onto and or "
                + "nor whether if that so than as between across per where when which"
        );

        // Verbs that open a task line. Lines are imperative, so a topic starting with one of
        // them has it dropped, whichever verb it is; two-word verbs drop their particle too.
        /// <summary>Verbs that open task lines: "design", "set up", "choose", ...</summary>
        public static readonly HashSet<string> OpeningVerbs = Set(
            "design configure set setup define plan implement evaluate assess review create "
                + "build establish produce provide ensure identify determine check verify "
                + "perform develop make prepare run apply choose decide select pick adopt use "
                + "add enable integrate enforce deploy install introduce write draft lay shape "
                + "scope segment pay settle agree standardise standardize consider"
        );

        private static readonly HashSet<string> Particles = Set("up out down on");

        private static readonly HashSet<string> Determiners = Set(
            "a an the our your its their each every any one some this that these those"
        );

        // A phrase such as "a service mesh is needed" names its subject before the verb.
        private static readonly HashSet<string> Copulas = Set(
            "is are be was were gets get becomes become stays stay"
        );

        private static readonly char[] ClauseMarks = { ',', ';', ':', '\u2014', '\u2013' };

        /// <summary>
        /// The topic of a decision whose options sit in parentheses at
        /// <paramref name="open"/>; the line's own subject when no phrase precedes them.
        /// </summary>
        public static string Before(string line, int open)
        {
            var prefix = line.Substring(0, open);
            var clause = prefix.Substring(prefix.LastIndexOfAny(ClauseMarks) + 1);
            var words = Words(clause);
            var phrase = new List<string>();
            for (var i = words.Count - 1; i >= 0; i--)
            {
                if (Boundaries.Contains(words[i].ToLowerInvariant()))
                {
                    break;
                }

                phrase.Insert(0, words[i]);
            }

            var copula = phrase.FindIndex(word => Copulas.Contains(word.ToLowerInvariant()));
            if (copula >= 0)
            {
                phrase = phrase.Take(copula).ToList();
            }

            var topic = Tidy(phrase);
            return topic.Length > 0 ? topic : Of(RemoveParentheses(line));
        }

        /// <summary>
        /// The subject of a whole line: its first clause, opening verb and article dropped.
        /// </summary>
        public static string Of(string line)
        {
            var text = MarkdownText.Collapse(line ?? "").TrimStart(ClauseMarks).Trim();
            var clause = text.IndexOfAny(ClauseMarks);
            if (clause > 0)
            {
                text = text.Substring(0, clause);
            }

            return Tidy(Words(text));
        }

        private static string Tidy(List<string> phrase)
        {
            var words = phrase.ToList();
            if (words.Count > 1 && OpeningVerbs.Contains(words[0].ToLowerInvariant()))
            {
                words.RemoveAt(0);
                if (words.Count > 1 && Particles.Contains(words[0].ToLowerInvariant()))
                {
                    words.RemoveAt(0);
                }
            }

            while (words.Count > 1 && Determiners.Contains(words[0].ToLowerInvariant()))
            {
                words.RemoveAt(0);
            }

            var topic = string.Join(" ", words).Trim().TrimEnd('.', ':', ';', ',').Trim();
            return topic.Length == 0
                ? topic
                : char.ToUpperInvariant(topic[0]) + topic.Substring(1);
        }

        /// <summary>The line with its parenthesised parts cut out, spacing tidied.</summary>
        public static string RemoveParentheses(string line)
        {
            var text = line;
            foreach (var (start, end) in AlternativeFinder.Parentheses(line).Reverse())
            {
                // "stop()" names a function; only parentheses with something inside go.
                if (end > start + 1)
                {
                    text = text.Remove(start, end - start + 1);
                }
            }

            // Cutting "(A or B)" out of "x (A or B), y" leaves "x , y".
            return MarkdownText.Collapse(text).Replace(" ,", ",").Replace(" ;", ";");
        }

        private static List<string> Words(string text)
        {
            return MarkdownText
                .Collapse(text)
                .Split(' ')
                .Where(word => word.Length > 0)
                .ToList();
        }

        private static HashSet<string> Set(string words)
        {
            return new HashSet<string>(
                words.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries),
                StringComparer.Ordinal
            );
        }
    }
}
