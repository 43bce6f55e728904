using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TeamForge.Integration
{
    /// <summary>Small Markdig helpers shared by the playbook and the composer.</summary>
    internal static class MarkdownText
    {
        private static readonly HashSet<string> Abbreviations = new HashSet<string>(
            new[] { "e.g.", "i.e.", "etc.", "vs.", "cf.", "approx." },
            StringComparer.Ordinal
        );

        private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .Build();

        /// <summary>Parses Markdown with exact source spans, line endings made "\n".</summary>
        public static MarkdownDocument Parse(string markdown)
        {
            return Markdown.Parse(Normalize(markdown), Pipeline);
        }

        /// <summary>The text with "\n" line endings; null becomes empty.</summary>
        public static string Normalize(string markdown)
        {
            return (markdown ?? "").Replace("\r\n", "\n").Replace('\r', '\n');
        }

        /// <summary>
        /// The inline content as plain text: emphasis dropped, code kept in backticks, line
        /// breaks as spaces, whitespace collapsed.
        /// </summary>
        public static string PlainText(ContainerInline inline)
        {
            var text = new StringBuilder();
            Append(inline, text);
            return Collapse(text.ToString());
        }

        /// <summary>The plain text of a list item's first paragraph, or "".</summary>
        public static string ItemText(ListItemBlock item)
        {
            var paragraph = item.OfType<ParagraphBlock>().FirstOrDefault();
            return paragraph == null ? "" : PlainText(paragraph.Inline);
        }

        /// <summary>
        /// The Markdown source of a list item's first paragraph, on one line: what a reader
        /// wrote, formatting kept, ready to be listed again.
        /// </summary>
        public static string ItemSource(string source, ListItemBlock item)
        {
            var paragraph = item.OfType<ParagraphBlock>().FirstOrDefault();
            if (paragraph == null || paragraph.Span.IsEmpty)
            {
                return "";
            }

            var text = source.Substring(paragraph.Span.Start, paragraph.Span.Length);
            return Collapse(text.Replace('\n', ' '));
        }

        /// <summary>
        /// The text on one line and at most about <paramref name="limit"/> characters: cut
        /// after the last whole sentence that fits, else after the last whole word, with "...".
        /// </summary>
        public static string Excerpt(string text, int limit)
        {
            var line = Collapse(text);
            if (line.Length <= limit)
            {
                return line;
            }

            var sentence = line.LastIndexOf(". ", limit, StringComparison.Ordinal);
            if (sentence >= limit / 3)
            {
                return line.Substring(0, sentence + 1);
            }

            var word = line.LastIndexOf(' ', limit);
            return (word > 0 ? line.Substring(0, word) : line.Substring(0, limit)).TrimEnd(
                    ',',
                    ';',
                    ':'
                ) + " ...";
        }

        /// <summary>
        /// The text on one line, cut only where a sentence ends: as many whole sentences as
        /// fit in <paramref name="limit"/> characters, else the first sentence whole when it
        /// fits in half as much again. Only a first sentence longer than that is cut after a
        /// word, with "...": a reader gets what a step expects, not half of it.
        /// </summary>
        public static string Sentences(string text, int limit)
        {
            var line = Collapse(text);
            if (line.Length <= limit)
            {
                return line;
            }

            var ends = SentenceEnds(line).ToList();
            var fits = ends.Where(end => end <= limit).ToList();
            if (fits.Count > 0)
            {
                return line.Substring(0, fits.Last());
            }

            var cap = limit + limit / 2;
            if (ends.Count > 0 && ends[0] <= cap)
            {
                return line.Substring(0, ends[0]);
            }

            if (line.Length <= cap)
            {
                return line;
            }

            var word = line.LastIndexOf(' ', cap);
            return (word > 0 ? line.Substring(0, word) : line.Substring(0, cap)).TrimEnd(
                    ',',
                    ';',
                    ':'
                ) + " ...";
        }

        /// <summary>Whitespace runs become one space; the ends are trimmed.</summary>
        public static string Collapse(string text)
        {
            var result = new StringBuilder();
            var space = false;
            foreach (var character in text ?? "")
            {
                if (char.IsWhiteSpace(character))
                {
                    space = result.Length > 0;
                    continue;
                }

                if (space)
                {
                    result.Append(' ');
                    space = false;
                }

                result.Append(character);
            }

            return result.ToString();
        }

        // Where sentences end: after ".", "!" or "?" followed by a space, except after
        // "e.g.", "i.e.", "etc." and "vs.", which end no sentence.
        private static IEnumerable<int> SentenceEnds(string line)
        {
            for (var i = 0; i + 1 < line.Length; i++)
            {
                var mark = line[i];
                if ((mark != '.' && mark != '!' && mark != '?') || line[i + 1] != ' ')
                {
                    continue;
                }

                var start = line.LastIndexOf(' ', i) + 1;
                var word = line.Substring(start, i + 1 - start).ToLowerInvariant();
                if (mark == '.' && Abbreviations.Contains(word.TrimStart('(')))
                {
                    continue;
                }

                yield return i + 1;
            }
        }

        private static void Append(Inline inline, StringBuilder text)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append('`').Append(code.Content).Append('`');
                    break;
                case LineBreakInline _:
                    text.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case AutolinkInline link:
                    text.Append(link.Url);
                    break;
                case ContainerInline container:
                    foreach (var child in container)
                    {
                        Append(child, text);
                    }

                    break;
            }
        }
    }
}
