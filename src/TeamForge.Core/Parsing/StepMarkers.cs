using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TeamForge.Parsing
{
    /// <summary>
    /// Splits a step's paragraph at its bold "Expected:" and "On failure:" labels. The
    /// labels usually open their own paragraph, but may also open a line of the paragraph
    /// before, since the two are often written on consecutive lines.
    /// </summary>
    internal static class StepMarkers
    {
        public const string Expected = "expected";
        public const string OnFailure = "on failure";

        private static readonly Regex Label = new Regex(
            @"^(?<label>expected|on failure)\s*:?$", RegexOptions.IgnoreCase);

        /// <summary>
        /// The parts of the paragraph as (label, text): a null label for the prose before the
        /// first label. Null when the paragraph has no label at all.
        /// </summary>
        public static List<KeyValuePair<string, string>> Split(
            DefinitionDocument document, ParagraphBlock paragraph)
        {
            var labels = Labels(paragraph).ToList();
            if (labels.Count == 0)
            {
                return null;
            }

            var parts = new List<KeyValuePair<string, string>>();
            var paragraphEnd = paragraph.Span.End + 1;
            var prose = Slice(document, paragraph.Span.Start, labels[0].Value.Span.Start);
            parts.Add(new KeyValuePair<string, string>(null, prose));
            for (var index = 0; index < labels.Count; index++)
            {
                var start = labels[index].Value.Span.End + 1;
                var end = index + 1 < labels.Count
                    ? labels[index + 1].Value.Span.Start
                    : paragraphEnd;
                var text = Slice(document, start, end);
                if (text.StartsWith(":", StringComparison.Ordinal))
                {
                    text = text.Substring(1).TrimStart();
                }

                parts.Add(new KeyValuePair<string, string>(labels[index].Key, text));
            }

            return parts;
        }

        /// <summary>The bold labels that open the paragraph or one of its lines.</summary>
        private static IEnumerable<KeyValuePair<string, EmphasisInline>> Labels(
            ParagraphBlock paragraph)
        {
            Inline previous = null;
            var inline = paragraph.Inline?.FirstChild;
            for (; inline != null; inline = inline.NextSibling)
            {
                var opensLine = previous == null || previous is LineBreakInline;
                if (opensLine && inline is EmphasisInline bold && bold.DelimiterCount == 2)
                {
                    var match = Label.Match(MarkdownText.Plain(bold));
                    if (match.Success)
                    {
                        var label = match.Groups["label"].Value.ToLowerInvariant();
                        yield return new KeyValuePair<string, EmphasisInline>(label, bold);
                    }
                }

                previous = inline;
            }
        }

        private static string Slice(DefinitionDocument document, int start, int end)
        {
            return end > start ? document.Text.Substring(start, end - start).Trim() : "";
        }
    }
}
