using System;
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
        public static SkillStep[] Read(DefinitionDocument document, IReadOnlyList<Block> procedure)
        {
            var first = procedure.OfType<HeadingBlock>().FirstOrDefault(IsStep);
            if (first == null)
            {
                return new SkillStep[0];
            }

            var steps = new List<StepBuilder>();
            StepBuilder current = null;
            foreach (var block in procedure)
            {
                if (block is HeadingBlock heading && heading.Level <= first.Level)
                {
                    current = heading.Level == first.Level && IsStep(heading)
                        ? StartStep(heading)
                        : null;
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

        private static bool IsStep(HeadingBlock heading)
        {
            var match = StepHeading.Match(MarkdownText.Plain(heading));
            return match.Success && (match.Groups["step"].Success || match.Groups["mark"].Success);
        }

        private static StepBuilder StartStep(HeadingBlock heading)
        {
            var match = StepHeading.Match(MarkdownText.Plain(heading));
            var label = match.Groups["number"].Value;
            var whole = label.Split('.')[0];
            return new StepBuilder
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

        /// <summary>Collects one step's blocks into its prose, expectation and fallback.</summary>
        private sealed class StepBuilder
        {
            private readonly List<string> text = new List<string>();
            private readonly List<string> expected = new List<string>();
            private readonly List<string> onFailure = new List<string>();

            // The list that the lists after an Expected or On failure paragraph extend.
            private List<string> marked;

            public int Number { get; set; }

            public string Label { get; set; }

            public string Title { get; set; }

            public int Line { get; set; }

            public void Add(DefinitionDocument document, Block block)
            {
                switch (block)
                {
                    case CodeBlock _:
                        return;
                    case ParagraphBlock paragraph
                        when StepMarkers.Split(document, paragraph) is var parts && parts != null:
                        AddParts(parts);
                        return;
                    case ListBlock _ when marked != null:
                        AddText(marked, MarkdownText.SourceWithoutCode(document, block));
                        return;
                    default:
                        marked = null;
                        AddText(text, MarkdownText.SourceWithoutCode(document, block));
                        return;
                }
            }

            private void AddParts(IEnumerable<KeyValuePair<string, string>> parts)
            {
                foreach (var part in parts)
                {
                    marked = part.Key == null ? null
                        : part.Key == StepMarkers.Expected ? expected
                        : onFailure;
                    AddText(marked ?? text, part.Value);
                }
            }

            public SkillStep Build()
            {
                return new SkillStep
                {
                    Number = Number,
                    Label = Label,
                    Title = Title,
                    Text = Join(text) ?? "",
                    Expected = Join(expected),
                    OnFailure = Join(onFailure),
                    Line = Line,
                };
            }

            private static void AddText(List<string> target, string value)
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    target.Add(value);
                }
            }

            private static string Join(List<string> parts)
            {
                return parts.Count == 0 ? null : string.Join("\n\n", parts);
            }
        }
    }
}
