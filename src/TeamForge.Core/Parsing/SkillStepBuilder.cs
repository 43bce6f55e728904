using System.Collections.Generic;
using Markdig.Syntax;

namespace TeamForge.Parsing
{
    /// <summary>
    /// Collects the blocks of one step into its prose, its Expected text and its On failure
    /// text. Code blocks are left out of all three.
    /// </summary>
    internal sealed class SkillStepBuilder
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
