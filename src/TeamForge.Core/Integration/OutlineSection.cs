using System.Collections.Generic;
using System.Linq;
using Markdig.Syntax;

namespace TeamForge.Integration
{
    /// <summary>One heading of a Markdown text and the source it rules over.</summary>
    internal sealed class OutlineSection
    {
        public OutlineSection(
            string title,
            int level,
            int start,
            int bodyStart,
            int end,
            string source
        )
        {
            Title = title;
            Level = level;
            Start = start;
            BodyStart = bodyStart;
            End = end;
            Source = source;
        }

        public string Title { get; }

        public int Level { get; }

        /// <summary>Where the heading line starts in the source.</summary>
        public int Start { get; }

        /// <summary>Where the text below the heading starts.</summary>
        public int BodyStart { get; }

        /// <summary>Where the next heading of the same or a higher level starts.</summary>
        public int End { get; }

        public string Source { get; }

        /// <summary>The text below the heading, subsections included.</summary>
        public string Body => Source.Substring(BodyStart, End - BodyStart).Trim('\n');

        /// <summary>The text below the heading up to its first subsection.</summary>
        public string OwnBody(MarkdownOutline outline)
        {
            var first = outline.Children(this).FirstOrDefault();
            var end = first?.Start ?? End;
            return Source.Substring(BodyStart, end - BodyStart).Trim('\n');
        }

        /// <summary>
        /// The top-level list items of the section's own text (not of subsections).
        /// </summary>
        public List<ListItemBlock> Items(MarkdownOutline outline)
        {
            return MarkdownText
                .Parse(OwnBody(outline))
                .OfType<ListBlock>()
                .SelectMany(list => list.OfType<ListItemBlock>())
                .ToList();
        }

        /// <summary>
        /// The section's top-level list items as Markdown lines, formatting kept; an item's
        /// nested list is left out.
        /// </summary>
        public List<string> ItemSources(MarkdownOutline outline)
        {
            var body = MarkdownText.Normalize(OwnBody(outline));
            return MarkdownText
                .Parse(body)
                .OfType<ListBlock>()
                .SelectMany(list => list.OfType<ListItemBlock>())
                .Select(item => MarkdownText.ItemSource(body, item))
                .Where(line => line.Length > 0)
                .ToList();
        }

        public override string ToString() => new string('#', Level) + " " + Title;
    }
}
