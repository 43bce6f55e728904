using System;
using System.Collections.Generic;
using System.Linq;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace TeamForge.Parsing
{
    /// <summary>
    /// The body of a definition as a run of top-level blocks cut by headings. A heading
    /// nested in a list or a quote is part of the text around it, not a section.
    /// </summary>
    internal sealed class MarkdownOutline
    {
        private readonly DefinitionDocument document;
        private readonly List<Block> blocks;
        private readonly List<OutlineHeading> headings;

        public MarkdownOutline(DefinitionDocument document)
        {
            this.document = document;
            blocks = document.Markdown.Where(block => !(block is YamlFrontMatterBlock)).ToList();
            headings = blocks
                .Select((block, index) => new { Heading = block as HeadingBlock, Index = index })
                .Where(item => item.Heading != null)
                .Select(item => new OutlineHeading(item.Heading, item.Index))
                .ToList();
        }

        /// <summary>Every heading with its own text up to the next heading of any level.</summary>
        public DocumentSection[] Sections()
        {
            return headings.Select(Section).ToArray();
        }

        /// <summary>
        /// The blocks below the heading whose letters (see <see cref="OutlineHeading.Letters"/>)
        /// match, up to the next heading of the same or a higher level. Among several
        /// matches the highest-level one wins, then the first. Empty when none matches.
        /// </summary>
        public IReadOnlyList<Block> Subtree(Func<string, bool> matchesName)
        {
            var match = headings
                .Where(heading => matchesName(heading.Letters))
                .OrderBy(heading => heading.Block.Level)
                .ThenBy(heading => heading.Index)
                .FirstOrDefault();
            if (match == null)
            {
                return new Block[0];
            }

            var end = match.Index + 1;
            while (end < blocks.Count && !EndsSubtree(blocks[end], match.Block.Level))
            {
                end++;
            }

            return blocks.GetRange(match.Index + 1, end - match.Index - 1);
        }

        /// <summary>The first level-one heading's text, or null.</summary>
        public string Title()
        {
            return headings.FirstOrDefault(heading => heading.Block.Level == 1)?.Text;
        }

        private static bool EndsSubtree(Block block, int level)
        {
            return block is HeadingBlock heading && heading.Level <= level;
        }

        private DocumentSection Section(OutlineHeading heading)
        {
            var next = heading.Index + 1;
            while (next < blocks.Count && !(blocks[next] is HeadingBlock))
            {
                next++;
            }

            var start = heading.Block.Span.End + 1;
            var end = next < blocks.Count ? blocks[next].Span.Start : document.Text.Length;
            var own = blocks.GetRange(heading.Index + 1, next - heading.Index - 1);
            return new DocumentSection
            {
                Heading = heading.Text,
                Level = heading.Block.Level,
                Line = heading.Block.Line + 1,
                Text = document.Text.Substring(start, end - start).Trim('\n').TrimEnd(),
                Bullets = own.OfType<ListBlock>().SelectMany(MarkdownText.Items).ToArray(),
            };
        }
    }
}
