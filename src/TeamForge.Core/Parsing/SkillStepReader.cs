using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace TeamForge.Parsing
{
    /// <summary>
    /// Reads the steps of a skill's procedure: headings such as "Step 1: Title",
    /// "Step 1. Title", "Step 1 — Title" or "1. Title", each with its prose, its
    /// **Expected:** text and its **On failure:** text.
    /// </summary>
    internal static class SkillStepReader
    {
        private static readonly Regex StepHeading = new Regex(
            @"^(?:(?<step>step)\s+)?(?<number>\d+(?:\.\d+)*)" +
            @"(?<mark>\s*[:.)\-–—])?\s*(?<title>.*)$",
            RegexOptions.IgnoreCase);

        /// <summary>
        /// The steps among the procedure's blocks. Steps are the matching headings of the
        /// level of the first one, so numbered sub-headings inside a step stay its text.
        /// </summary>
        public static SkillStep[] Read(
            DefinitionDocument document, IReadOnlyList<Block> procedure)
        {
            var first = procedure.OfType<HeadingBlock>()
                .FirstOrDefault(heading => StartStep(heading) != null);
            if (first == null)
            {
                return new SkillStep[0];
            }

            var steps = new List<SkillStepBuilder>();
            SkillStepBuilder current = null;
            foreach (var block in procedure)
            {
                if (block is HeadingBlock heading && heading.Level <= first.Level)
                {
                    current = heading.Level == first.Level ? StartStep(heading) : null;
                    if (current != null)
                    {
                        steps.Add(current);
                    }
                }
                else
                {
                    current?.Add(document, block);
                }
            }

            return steps.Select(step => step.Build()).ToArray();
        }

        /// <summary>A new step when the heading names one, else null.</summary>
        private static SkillStepBuilder StartStep(HeadingBlock heading)
        {
            var match = StepHeading.Match(MarkdownText.Plain(heading));
            var isStep = match.Success &&
                (match.Groups["step"].Success || match.Groups["mark"].Success);
            if (!isStep)
            {
                return null;
            }

            var label = match.Groups["number"].Value;
            var whole = label.Split('.')[0];
            return new SkillStepBuilder
            {
                Number = int.TryParse(
                    whole, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                    ? number
                    : 0,
                Label = label,
                Title = match.Groups["title"].Value.Trim(),
                Line = heading.Line + 1,
            };
        }
    }
}
