using System;
using System.Collections.Generic;
using System.Linq;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TeamForge.Integration;

namespace TeamForge.Execution
{
    /// <summary>
    /// Reads the "Task Decomposition" part of a team file for one member: the lists after a
    /// paragraph that names the member in bold ("**mlops-engineer** tasks:"), list items
    /// that open with the member in bold, and the lists of subsections whose heading names
    /// the member ("Phase 1: Setup (Lead)").
    /// </summary>
    internal static class TaskDecompositionReader
    {
        private const string SectionHeading = "Task Decomposition";

        public static List<BulletGroup> Read(TeamDefinition team, string agentId, string role)
        {
            var groups = new List<BulletGroup>();
            var sections = team?.Sections ?? new DocumentSection[0];
            var start = Array.FindIndex(sections, section => IsDecomposition(section.Heading));
            if (start < 0)
            {
                return groups;
            }

            var names = new MemberNames(agentId, role);
            for (var i = start; i < sections.Length; i++)
            {
                if (i > start && sections[i].Level <= sections[start].Level)
                {
                    break;
                }

                ReadSection(sections[i], names, groups);
            }

            return groups.Where(group => group.Items.Count > 0).ToList();
        }

        /// <summary>
        /// True for a heading about integrating: "Integration", "Synthesis", "Merge".
        /// </summary>
        public static bool IsIntegrationText(string text)
        {
            return TextTokenizer
                .Words(text)
                .Any(word =>
                    word.StartsWith("integrat", StringComparison.Ordinal)
                    || word.StartsWith("synthes", StringComparison.Ordinal)
                    || word.StartsWith("merg", StringComparison.Ordinal)
                );
        }

        private static bool IsDecomposition(string heading)
        {
            return string.Equals(
                (heading ?? "").Trim().TrimEnd(':'),
                SectionHeading,
                StringComparison.OrdinalIgnoreCase
            );
        }

        private static void ReadSection(
            DocumentSection section,
            MemberNames names,
            List<BulletGroup> groups
        )
        {
            var headingNamesMember = names.AppearIn(section.Heading);
            var integration = IsIntegrationText(section.Heading);
            var explicitGroup = new BulletGroup(
                section.Heading,
                section.Line,
                true,
                integration
            );
            var headingGroup = new BulletGroup(
                section.Heading,
                section.Line,
                false,
                integration
            );
            string owner = null;
            foreach (var block in MarkdownText.Parse(section.Text))
            {
                switch (block)
                {
                    case ParagraphBlock paragraph:
                        owner = BoldLead(paragraph);
                        break;
                    case ListBlock list:
                        ReadList(
                            list,
                            owner,
                            headingNamesMember,
                            names,
                            explicitGroup,
                            headingGroup
                        );
                        owner = null;
                        break;
                    default:
                        owner = null;
                        break;
                }
            }

            groups.Add(explicitGroup);
            groups.Add(headingGroup);
        }

        private static void ReadList(
            ListBlock list,
            string owner,
            bool headingNamesMember,
            MemberNames names,
            BulletGroup explicitGroup,
            BulletGroup headingGroup
        )
        {
            foreach (var item in list.OfType<ListItemBlock>())
            {
                var text = MarkdownText.ItemText(item);
                if (text.Length == 0)
                {
                    continue;
                }

                if (owner != null)
                {
                    if (names.Are(owner))
                    {
                        explicitGroup.Items.Add(text);
                    }

                    continue;
                }

                var paragraph = item.OfType<ParagraphBlock>().FirstOrDefault();
                var itemOwner = paragraph == null ? null : BoldLead(paragraph);
                if (itemOwner != null && names.Are(itemOwner))
                {
                    explicitGroup.Items.Add(text);
                }
                else if (itemOwner == null && headingNamesMember)
                {
                    headingGroup.Items.Add(text);
                }
            }
        }

        // The bold words a paragraph opens with, as in "**security-analyst** audits:".
        private static string BoldLead(ParagraphBlock paragraph)
        {
            var first = paragraph.Inline?.FirstChild;
            while (first is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())
            {
                first = first.NextSibling;
            }

            return first is EmphasisInline emphasis && emphasis.DelimiterCount == 2
                ? MarkdownText.PlainText(emphasis).Trim('`', ' ')
                : null;
        }
    }
}
