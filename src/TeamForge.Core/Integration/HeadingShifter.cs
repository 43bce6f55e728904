using System;
using System.Collections.Generic;
using System.Linq;
using Markdig.Syntax;

namespace TeamForge.Integration
{
    /// <summary>
    /// Moves the headings of an embedded Markdown text so its top heading sits at a given
    /// level and the rest keep their distance below it. Headings are found with Markdig, so
    /// "#" lines in code blocks stay as they are; setext headings become ATX ones.
    /// </summary>
    internal static class HeadingShifter
    {
        public static string Shift(string markdown, int topLevel)
        {
            var source = MarkdownText.Normalize(markdown);
            // Limitation: only top-level headings move; one inside a list or quote stays.
            var headings = MarkdownText.Parse(source).OfType<HeadingBlock>().ToList();
            if (headings.Count == 0)
            {
                return source;
            }

            var delta = topLevel - headings.Min(heading => heading.Level);
            var lines = source.Split('\n').ToList();
            var starts = new SourceLines(source);
            foreach (var heading in headings.OrderByDescending(heading => heading.Span.Start))
            {
                // Limitation: past level 6 Markdown has no heading; deeper ones stay at 6.
                var level = Math.Max(1, Math.Min(6, heading.Level + delta));
                var title = MarkdownText.PlainText(heading.Inline);
                var last = starts.LineOf(Math.Max(heading.Span.Start, heading.Span.End));
                // A setext heading's Line is its underline; its span starts at the text.
                var first = starts.LineOf(heading.Span.Start);
                var text = heading.IsSetext ? title : AtxTitle(lines[first]);
                lines.RemoveRange(first, last - first + 1);
                lines.Insert(
                    first,
                    new string('#', level) + (text.Length > 0 ? " " + text : "")
                );
            }

            return string.Join("\n", lines);
        }

        // The heading's own Markdown after its "#" marks, so inline code and emphasis stay.
        private static string AtxTitle(string line)
        {
            var text = line.TrimStart(' ').TrimStart('#').Trim();
            var closing = text.TrimEnd('#');
            if (
                closing.Length < text.Length
                && (closing.Length == 0 || closing.EndsWith(" ", StringComparison.Ordinal))
            )
            {
                text = closing.TrimEnd();
            }

            return text;
        }
    }
}
