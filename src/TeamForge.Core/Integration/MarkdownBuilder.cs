using System.Text;

namespace TeamForge.Integration
{
    /// <summary>
    /// Writes Markdown block by block with "\n" line endings and one blank line between
    /// blocks, so output is the same bytes on every platform.
    /// </summary>
    internal sealed class MarkdownBuilder
    {
        private readonly StringBuilder text = new StringBuilder();
        private bool inList;

        public MarkdownBuilder Heading(int level, string title)
        {
            var clean = MarkdownText.Collapse(title).TrimEnd('#').TrimEnd();
            return Block(new string('#', Clamp(level)) + " " + clean);
        }

        public MarkdownBuilder Paragraph(string line)
        {
            return Block(MarkdownText.Collapse(line));
        }

        /// <summary>A list item; consecutive items form one tight list.</summary>
        public MarkdownBuilder Bullet(string item, int indent = 0)
        {
            return Item("- " + MarkdownText.Collapse(item), indent);
        }

        public MarkdownBuilder Numbered(int number, string item, int indent = 0)
        {
            return Item(number + ". " + MarkdownText.Collapse(item), indent);
        }

        /// <summary>Lines written as they are (a table, a fenced block), as one block.</summary>
        public MarkdownBuilder Raw(string block)
        {
            return Block(MarkdownText.Normalize(block).TrimEnd('\n'));
        }

        public override string ToString()
        {
            return text.Length == 0 ? "" : text.ToString().TrimEnd('\n') + "\n";
        }

        private static int Clamp(int level)
        {
            return level < 1 ? 1
                : level > 6 ? 6
                : level;
        }

        private MarkdownBuilder Block(string block)
        {
            Separate();
            text.Append(block).Append('\n');
            inList = false;
            return this;
        }

        private MarkdownBuilder Item(string line, int indent)
        {
            if (!inList)
            {
                Separate();
            }

            text.Append(new string(' ', indent)).Append(line).Append('\n');
            inList = true;
            return this;
        }

        private void Separate()
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }
        }
    }
}
