using System;
using System.Collections.Generic;
using System.Linq;
using TeamForge.Integration;

namespace TeamForge.Execution
{
    /// <summary>One thing a task must address, as the team file or the task words it.</summary>
    internal sealed class Concern
    {
        private readonly Dictionary<string, string> words = new Dictionary<string, string>(
            StringComparer.Ordinal
        );

        public Concern(string text, string origin)
        {
            Text = text;
            Origin = origin;
            Terms = TextTokenizer.QueryTerms(text);
            CoreTerms = TextTokenizer.QueryTerms(WithoutParentheses(text));
            Decision = AlternativeFinder.Find(text);
            foreach (var word in TextTokenizer.SurfaceWords(text))
            {
                if (!words.ContainsKey(word.Term))
                {
                    words.Add(word.Term, word.Word);
                }
            }
        }

        public string Text { get; }

        /// <summary>Where it comes from: "task description" or the team file's heading.</summary>
        public string Origin { get; }

        /// <summary>The topic terms used to rank skills for it.</summary>
        public IReadOnlyList<string> Terms { get; }

        /// <summary>
        /// The terms outside parentheses: the concern itself rather than its examples or
        /// options ("observability stack", not "Prometheus, Grafana").
        /// </summary>
        public IReadOnlyList<string> CoreTerms { get; }

        /// <summary>The choice it leaves open ("Argo CD or Flux"), or null.</summary>
        public OpenDecision Decision { get; }

        /// <summary>The concern's own word for a term: "policies" for "policy".</summary>
        public string WordFor(string term)
        {
            return words.TryGetValue(term, out var word) ? word : term;
        }

        public override string ToString() => Text;

        private static string WithoutParentheses(string text)
        {
            foreach (var (start, end) in AlternativeFinder.Parentheses(text).Reverse())
            {
                text = text.Remove(start, end - start + 1);
            }

            return text;
        }
    }
}
