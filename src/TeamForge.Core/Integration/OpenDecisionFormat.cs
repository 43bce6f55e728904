using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TeamForge.Integration
{
    /// <summary>
    /// How an open decision is written in a "## Open decisions" list, and read back:
    /// <c>- **Topic**: A, B or C (raised by task, member; task, member)</c>.
    /// </summary>
    internal static class OpenDecisionFormat
    {
        private const string RaisedBy = " (raised by ";

        public static string Render(OpenDecision decision)
        {
            var line = $"**{decision.Topic}**";
            if (decision.Options.Count > 0)
            {
                line += ": " + decision.OptionsText;
            }

            return decision.RaisedBy == null ? line : line + RaisedBy + decision.RaisedBy + ")";
        }

        /// <summary>
        /// Reads one list item; any item works, a bold lead is taken as the topic.
        /// </summary>
        public static OpenDecision Parse(ListItemBlock item)
        {
            var paragraph = item.OfType<ParagraphBlock>().FirstOrDefault();
            if (paragraph?.Inline == null)
            {
                return null;
            }

            var first = paragraph.Inline.FirstChild;
            if (!(first is EmphasisInline strong) || strong.DelimiterCount != 2)
            {
                var text = MarkdownText.PlainText(paragraph.Inline);
                var (plain, plainRaiser) = SplitRaiser(text);
                var found = AlternativeFinder.Find(plain);
                return found != null
                    ? new OpenDecision(found.Topic, found.Options, plainRaiser)
                    : new OpenDecision(plain, new string[0], plainRaiser);
            }

            var rest = new StringBuilder();
            for (var inline = strong.NextSibling; inline != null; inline = inline.NextSibling)
            {
                rest.Append(Text(inline));
            }

            var topic = MarkdownText.PlainText(strong).TrimEnd(':').Trim();
            var (options, raiser) = SplitRaiser(
                MarkdownText.Collapse(rest.ToString()).TrimStart(':', ' ', '-')
            );
            return new OpenDecision(topic, AlternativeFinder.SplitOptions(options), raiser);
        }

        /// <summary>Every decision of a Markdown list, in order.</summary>
        public static List<OpenDecision> ParseList(IEnumerable<ListItemBlock> items)
        {
            return items
                .Select(Parse)
                .Where(decision => decision != null && decision.Topic.Length > 0)
                .ToList();
        }

        private static (string Text, string Raiser) SplitRaiser(string text)
        {
            var at = text.LastIndexOf(RaisedBy, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || !text.EndsWith(")", StringComparison.Ordinal))
            {
                return (text.Trim(), null);
            }

            var raiser = text.Substring(
                at + RaisedBy.Length,
                text.Length - at - RaisedBy.Length - 1
            );
            return (text.Substring(0, at).Trim(), raiser.Trim());
        }

        private static string Text(Inline inline)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    return literal.Content.ToString();
                case CodeInline code:
                    return "`" + code.Content + "`";
                case ContainerInline container:
                    return MarkdownText.PlainText(container);
                case LineBreakInline _:
                    return " ";
                default:
                    return "";
            }
        }
    }
}
