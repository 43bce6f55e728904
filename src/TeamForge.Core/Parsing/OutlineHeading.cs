using System.Linq;
using Markdig.Syntax;

namespace TeamForge.Parsing
{
    /// <summary>A top-level heading with its place in the outline and its text.</summary>
    internal sealed class OutlineHeading
    {
        public OutlineHeading(HeadingBlock block, int index)
        {
            Block = block;
            Index = index;
            Text = MarkdownText.Plain(block);
            Letters = new string(
                Text.ToLowerInvariant().Where(c => c >= 'a' && c <= 'z').ToArray());
        }

        public HeadingBlock Block { get; }

        /// <summary>The position of the heading among the outline's top-level blocks.</summary>
        public int Index { get; }

        public string Text { get; }

        /// <summary>The text as lower-case letters only, to compare headings loosely.</summary>
        public string Letters { get; }
    }
}
