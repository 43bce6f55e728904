using System;
using System.Collections.Generic;
using System.Linq;
using Markdig.Syntax;

namespace TeamForge.Integration
{
    /// <summary>
    /// A task's output as the design embeds it, without what the document says once
    /// elsewhere: the request (at the top), the integrating output's integration points,
    /// open decisions and roadmap (their own sections), a domain's open decisions when the
    /// document's list holds them, a domain's list of concerns (its Approach headings name
    /// each), and sections that only say "None.". The provider's output itself is unchanged.
    /// </summary>
    internal static class EmbeddedOutput
    {
        private const string RequestLead = "Request:";
        private const string ConcernsLead = "Concerns:";
        private const string None = "None.";

        private static readonly string[] RenderedApart =
        {
            DesignHeadings.IntegrationPoints,
            DesignHeadings.OpenDecisions,
            DesignHeadings.Roadmap,
        };

        public static string Trim(string text, TeamDesign design, bool integrating)
        {
            var source = MarkdownText.Normalize(text);
            var blocks = MarkdownText.Parse(source).ToList();
            var headings = blocks.OfType<HeadingBlock>().ToList();
            if (headings.Count == 0)
            {
                return source;
            }

            var top = headings.Min(heading => heading.Level);
            var lines = source.Split('\n');
            var starts = new SourceLines(source);
            var drop = new HashSet<int>();
            var sections = Sections(blocks, top);
            var hasApproach = sections.Any(s => Is(s.Title, DesignHeadings.Approach));
            foreach (var section in sections)
            {
                if (DropsWhole(section, design, integrating, source))
                {
                    var last = section.Body.LastOrDefault() ?? section.Heading;
                    drop.UnionWith(Lines(section.Heading, last, starts, lines));
                    continue;
                }

                if (Is(section.Title, DesignHeadings.Scope))
                {
                    var concerns = !integrating && hasApproach;
                    drop.UnionWith(ScopeLines(section, concerns, starts, lines));
                }
            }

            var kept = lines.Where((line, index) => !drop.Contains(index));
            return string.Join("\n", kept);
        }

        private static bool DropsWhole(
            (HeadingBlock Heading, string Title, List<Block> Body) section,
            TeamDesign design,
            bool integrating,
            string source
        )
        {
            if (integrating && RenderedApart.Any(title => Is(section.Title, title)))
            {
                return true;
            }

            var body = section.Body;
            if (
                body.Count == 1
                && body[0] is ParagraphBlock only
                && MarkdownText.PlainText(only.Inline) == None
            )
            {
                return true;
            }

            return !integrating
                && Is(section.Title, DesignHeadings.OpenDecisions)
                && ListedAbove(section.Body, design, source);
        }

        // A domain's decisions are dropped only when the document's list names each topic.
        private static bool ListedAbove(List<Block> body, TeamDesign design, string source)
        {
            var listed = string.Join("\n", design.OpenDecisions ?? new string[0]);
            var items = body
                .OfType<ListBlock>()
                .SelectMany(list => list.OfType<ListItemBlock>())
                .Select(OpenDecisionFormat.Parse)
                .Where(decision => decision != null)
                .ToList();
            return items.Count > 0
                && items.All(decision =>
                    listed.IndexOf($"**{decision.Topic}**", StringComparison.Ordinal) >= 0
                );
        }

        // In a Scope: the request bullet, and for a domain the "Concerns:" list.
        private static IEnumerable<int> ScopeLines(
            (HeadingBlock Heading, string Title, List<Block> Body) section,
            bool dropConcerns,
            SourceLines starts,
            string[] lines
        )
        {
            var body = section.Body;
            for (var i = 0; i < body.Count; i++)
            {
                if (body[i] is ListBlock list)
                {
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var text = MarkdownText.ItemText(item);
                        if (text.StartsWith(RequestLead, StringComparison.Ordinal))
                        {
                            foreach (var line in Lines(item, item, starts, lines))
                            {
                                yield return line;
                            }
                        }
                    }
                }

                var lead = body[i] is ParagraphBlock paragraph
                    && MarkdownText.PlainText(paragraph.Inline) == ConcernsLead;
                if (dropConcerns && lead && i + 1 < body.Count && body[i + 1] is ListBlock next)
                {
                    foreach (var line in Lines(body[i], next, starts, lines))
                    {
                        yield return line;
                    }

                    i++;
                }
            }
        }

        private static List<(HeadingBlock Heading, string Title, List<Block> Body)> Sections(
            List<Block> blocks,
            int top
        )
        {
            var sections = new List<(HeadingBlock, string, List<Block>)>();
            foreach (var block in blocks)
            {
                if (block is HeadingBlock heading && heading.Level == top)
                {
                    var title = MarkdownText.PlainText(heading.Inline);
                    sections.Add((heading, title, new List<Block>()));
                }
                else if (sections.Count > 0)
                {
                    sections.Last().Item3.Add(block);
                }
            }

            return sections;
        }

        // The source lines from the first block's start to the last block's end, and the
        // blank line after them when one is before them too, so no double gap is left.
        private static IEnumerable<int> Lines(
            Block first,
            Block last,
            SourceLines starts,
            string[] lines
        )
        {
            var from = starts.LineOf(first.Span.Start);
            var to = starts.LineOf(Math.Max(first.Span.End, last.Span.End));
            for (var line = from; line <= to; line++)
            {
                yield return line;
            }

            // Only between blank lines: a list item's neighbour must not join the list.
            var blankBefore = from == 0 || lines[from - 1].Trim().Length == 0;
            if (blankBefore && to + 1 < lines.Length && lines[to + 1].Trim().Length == 0)
            {
                yield return to + 1;
            }
        }

        private static bool Is(string title, string heading)
        {
            return string.Equals(
                (title ?? "").Trim().TrimEnd(':').Trim(),
                heading,
                StringComparison.OrdinalIgnoreCase
            );
        }
    }
}
