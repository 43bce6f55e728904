using System;
using System.Collections.Generic;
using System.Linq;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TeamForge.Integration
{
    /// <summary>
    /// Reads a task's output back: the playbook's "## Scope", "## Approach" (one "###" per
    /// concern, one "####" per skill), "## Open decisions" and "## Uncovered". Text from any
    /// other provider is read as far as it has these headings, and summarised otherwise.
    /// </summary>
    internal static class DomainOutputReader
    {
        /// <summary>How a skill heading says the skill is not the member's own.</summary>
        public const string DrawnMark = "drawn from the library";

        /// <summary>How the playbook opens the paragraph on a skill's purpose.</summary>
        public const string PurposeMark = "Purpose: ";

        /// <summary>How the playbook says how well a skill fits: "(relevance 0.74)".</summary>
        public const string RelevanceMark = "(relevance ";

        private const int SummaryLimit = 280;

        public static DomainOutput Read(
            string taskName,
            string member,
            string role,
            int wave,
            string text
        )
        {
            var output = new DomainOutput
            {
                TaskName = taskName,
                Member = member,
                Role = role,
                Wave = wave,
                Text = MarkdownText.Normalize(text),
            };
            var outline = MarkdownOutline.Parse(output.Text);
            var scope = outline.Find(DesignHeadings.Scope);
            var approach = outline.Find(DesignHeadings.Approach);
            output.IsStructured = scope != null || approach != null;

            ReadConcerns(outline, approach, scope, output);
            ReadDecisions(outline, output);
            ReadUncovered(outline, output);
            output.Summary = Summary(output, outline);
            return output;
        }

        private static void ReadConcerns(
            MarkdownOutline outline,
            OutlineSection approach,
            OutlineSection scope,
            DomainOutput output
        )
        {
            if (approach != null)
            {
                foreach (var concern in outline.Children(approach))
                {
                    var headings = outline
                        .Children(concern)
                        .Where(skill => SkillId(skill) != null)
                        .ToList();
                    var skills = headings.Select(SkillId).ToList();
                    var relevances = headings.Select(skill => Relevance(skill.Body)).ToList();
                    var drawn = headings
                        .Where(skill =>
                            skill.Title.IndexOf(DrawnMark, StringComparison.OrdinalIgnoreCase)
                            >= 0
                        )
                        .Select(SkillId)
                        .Where(id => id != null)
                        .ToList();
                    output.Concerns.Add(
                        new DomainConcern(
                            concern.Title,
                            skills,
                            drawn,
                            Material(concern.Body),
                            relevances
                        )
                    );
                }
            }

            if (output.Concerns.Count == 0 && scope != null)
            {
                var ordered = MarkdownText
                    .Parse(scope.OwnBody(outline))
                    .OfType<ListBlock>()
                    .Where(list => list.IsOrdered)
                    .SelectMany(list => list.OfType<ListItemBlock>());
                foreach (var item in ordered)
                {
                    var text = MarkdownText.ItemText(item);
                    output.Concerns.Add(
                        new DomainConcern(text, new string[0], new string[0], text)
                    );
                }
            }
        }

        // What a concern's skills are about: their purposes and step titles. Expected outcomes
        // and notes are left out, they mention everything in passing. Text in another shape
        // is taken whole.
        private static string Material(string body)
        {
            var parts = new List<string>();
            foreach (var block in MarkdownText.Parse(body).Descendants<LeafBlock>())
            {
                if (block is HeadingBlock heading)
                {
                    parts.Add(MarkdownText.PlainText(heading.Inline));
                    continue;
                }

                var first = block.Inline?.FirstChild;
                var text = block.Inline == null ? "" : MarkdownText.PlainText(block.Inline);
                if (text.StartsWith(PurposeMark, StringComparison.Ordinal))
                {
                    parts.Add(text.Substring(PurposeMark.Length));
                }
                else if (first is EmphasisInline title && block.Parent is ListItemBlock)
                {
                    parts.Add(MarkdownText.PlainText(title));
                }
            }

            return parts.Count == 0 ? body : string.Join("\n", parts);
        }

        // "Fits on: a, b (relevance 0.74)." under a skill heading; null for other text.
        private static double? Relevance(string body)
        {
            var at = body.IndexOf(RelevanceMark, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }

            var start = at + RelevanceMark.Length;
            var end = body.IndexOf(')', start);
            var number = end < 0 ? "" : body.Substring(start, end - start);
            return double.TryParse(
                number,
                System.Globalization.NumberStyles.Float,
                System.Globalization.CultureInfo.InvariantCulture,
                out var value
            )
                ? value
                : (double?)null;
        }

        // A skill heading is "#### `skill-id` (own skill)": the id is its code span.
        private static string SkillId(OutlineSection skill)
        {
            var heading = MarkdownText
                .Parse(skill.Source.Substring(skill.Start, skill.BodyStart - skill.Start))
                .OfType<HeadingBlock>()
                .FirstOrDefault();
            var code =
                heading?.Inline?.FirstOrDefault(inline => inline is CodeInline) as CodeInline;
            return code?.Content;
        }

        private static void ReadDecisions(MarkdownOutline outline, DomainOutput output)
        {
            var section = outline.Find(DesignHeadings.OpenDecisions);
            if (section != null)
            {
                output.Decisions.AddRange(OpenDecisionFormat.ParseList(section.Items(outline)));
            }
        }

        private static void ReadUncovered(MarkdownOutline outline, DomainOutput output)
        {
            var section = outline.Find(DesignHeadings.Uncovered);
            if (section == null)
            {
                return;
            }

            foreach (var item in section.Items(outline))
            {
                // "**concern**: why" from the playbook; any other item is taken whole.
                var paragraph = item.OfType<ParagraphBlock>().FirstOrDefault();
                var lead = paragraph?.Inline?.FirstChild as EmphasisInline;
                var text =
                    lead != null && lead.DelimiterCount == 2
                        ? MarkdownText.PlainText(lead)
                        : MarkdownText.ItemText(item);
                if (text.Length > 0)
                {
                    output.Uncovered.Add(text);
                }
            }
        }

        private static string Summary(DomainOutput output, MarkdownOutline outline)
        {
            if (output.Concerns.Count > 0)
            {
                return MarkdownText.Excerpt(
                    string.Join("; ", output.Concerns.Select(c => c.Text)),
                    SummaryLimit
                );
            }

            var paragraph = MarkdownText
                .Parse(output.Text)
                .Descendants<ParagraphBlock>()
                .Select(block => MarkdownText.PlainText(block.Inline))
                .FirstOrDefault(line => line.Length > 0);
            return paragraph == null ? "" : MarkdownText.Excerpt(paragraph, SummaryLimit);
        }
    }
}
