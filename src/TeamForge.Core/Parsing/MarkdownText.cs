using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TeamForge.Parsing
{
    /// <summary>Reads text out of Markdig's syntax tree: plain text, items and source.</summary>
    internal static class MarkdownText
    {
        private static readonly Regex BlankLines = new Regex(@"\n[ \t]*(\n[ \t]*)+\n");

        /// <summary>The text of inlines with the markup stripped and spaces collapsed.</summary>
        public static string Plain(ContainerInline inlines)
        {
            if (inlines == null)
            {
                return "";
            }

            var builder = new StringBuilder();
            AppendPlain(builder, inlines);
            return CollapseWhitespace(builder);
        }

        public static string Plain(LeafBlock block)
        {
            return Plain(block.Inline);
        }

        /// <summary>
        /// The plain text of each item of a list: its paragraphs, not its nested lists or
        /// code. A task-list box ("[ ]") is dropped with the rest of the markup.
        /// </summary>
        public static IEnumerable<string> Items(ListBlock list)
        {
            foreach (var item in list.OfType<ListItemBlock>())
            {
                var paragraphs = item.OfType<ParagraphBlock>().Select(Plain);
                var text = string.Join(" ", paragraphs).Trim();
                if (text.Length > 0)
                {
                    yield return text;
                }
            }
        }

        /// <summary>
        /// Each body row of a table as one line of plain text: the first cell, a colon, and
        /// the other cells separated by semicolons ("name: string; required; what it is").
        /// </summary>
        public static IEnumerable<string> Rows(Table table)
        {
            foreach (var row in table.OfType<TableRow>().Where(row => !row.IsHeader))
            {
                var cells = row.OfType<TableCell>()
                    .Select(cell => string.Join(" ", cell.OfType<ParagraphBlock>().Select(Plain)))
                    .ToList();
                if (cells.Count == 0 || cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                var rest = string.Join("; ", cells.Skip(1).Where(cell => cell.Length > 0));
                yield return rest.Length == 0 ? cells[0] : $"{cells[0]}: {rest}";
            }
        }

        /// <summary>
        /// The source of a block as written, with the code blocks inside it cut out and the
        /// blank lines they leave closed up.
        /// </summary>
        public static string SourceWithoutCode(DefinitionDocument document, Block block)
        {
            var start = block.Span.Start;
            var end = block.Span.End + 1;
            var builder = new StringBuilder();
            var position = start;
            foreach (var code in CodeBlocksIn(block))
            {
                builder.Append(document.Text, position, code.Span.Start - position);
                position = code.Span.End + 1;
            }

            builder.Append(document.Text, position, end - position);
            return BlankLines.Replace(builder.ToString(), "\n\n").Trim();
        }

        private static IEnumerable<CodeBlock> CodeBlocksIn(Block block)
        {
            if (block is CodeBlock self)
            {
                return new[] { self };
            }

            return block is ContainerBlock container
                ? container.Descendants<CodeBlock>().OrderBy(code => code.Span.Start)
                : Enumerable.Empty<CodeBlock>();
        }

        private static string CollapseWhitespace(StringBuilder text)
        {
            var collapsed = new StringBuilder(text.Length);
            var pendingSpace = false;
            for (var index = 0; index < text.Length; index++)
            {
                var character = text[index];
                if (char.IsWhiteSpace(character))
                {
                    pendingSpace = collapsed.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    collapsed.Append(' ');
                    pendingSpace = false;
                }

                collapsed.Append(character);
            }

            return collapsed.ToString();
        }

        private static void AppendPlain(StringBuilder builder, Inline inline)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline _:
                    builder.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.ToString());
                    break;
                case AutolinkInline link:
                    builder.Append(link.Url);
                    break;
                case TaskList _:
                case HtmlInline _:
                    break;
                case ContainerInline container:
                    foreach (var child in container)
                    {
                        AppendPlain(builder, child);
                    }

                    break;
            }
        }
    }
}
