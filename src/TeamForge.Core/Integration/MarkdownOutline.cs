using System;
using System.Collections.Generic;
using System.Linq;
using Markdig.Syntax;

namespace TeamForge.Integration
{
    /// <summary>
    /// The heading tree of a Markdown text, found with Markdig (so a "#" line inside a code
    /// block is not a heading), with each section's source span.
    /// </summary>
    internal sealed class MarkdownOutline
    {
        private MarkdownOutline(string source, List<OutlineSection> sections)
        {
            Source = source;
            Sections = sections;
        }

        /// <summary>The text with "\n" line endings, as the spans count it.</summary>
        public string Source { get; }

        public IReadOnlyList<OutlineSection> Sections { get; }

        public static MarkdownOutline Parse(string markdown)
        {
            var source = MarkdownText.Normalize(markdown);
            // Limitation: only top-level headings count; one inside a list or quote is text.
            var headings = MarkdownText.Parse(source).OfType<HeadingBlock>().ToList();
            var sections = new List<OutlineSection>();
            for (var i = 0; i < headings.Count; i++)
            {
                var heading = headings[i];
                var end = source.Length;
                for (var j = i + 1; j < headings.Count; j++)
                {
                    if (headings[j].Level <= heading.Level)
                    {
                        end = headings[j].Span.Start;
                        break;
                    }
                }

                var bodyStart = Math.Min(source.Length, heading.Span.End + 1);
                sections.Add(
                    new OutlineSection(
                        MarkdownText.PlainText(heading.Inline),
                        heading.Level,
                        heading.Span.Start,
                        bodyStart,
                        Math.Max(bodyStart, end),
                        source
                    )
                );
            }

            return new MarkdownOutline(source, sections);
        }

        /// <summary>
        /// The shallowest section with the title (case and a trailing colon ignored).
        /// </summary>
        public OutlineSection Find(string title)
        {
            return Sections
                .Where(section => Same(section.Title, title))
                .OrderBy(section => section.Level)
                .ThenBy(section => section.Start)
                .FirstOrDefault();
        }

        /// <summary>The direct subsections: those one level deeper than any in between.</summary>
        public List<OutlineSection> Children(OutlineSection parent)
        {
            var inside = Sections
                .Where(section => section.Start > parent.Start && section.Start < parent.End)
                .ToList();
            if (inside.Count == 0)
            {
                return inside;
            }

            var level = inside.Min(section => section.Level);
            return inside.Where(section => section.Level == level).ToList();
        }

        private static bool Same(string a, string b)
        {
            return string.Equals(
                (a ?? "").Trim().TrimEnd(':').Trim(),
                (b ?? "").Trim(),
                StringComparison.OrdinalIgnoreCase
            );
        }
    }
}
