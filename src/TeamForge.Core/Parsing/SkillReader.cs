using System;
using System.Collections.Generic;
using System.Linq;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using YamlDotNet.RepresentationModel;

namespace TeamForge.Parsing
{
    /// <summary>
    /// Reads a skill file: front matter, title, the listed sections and the procedure's
    /// steps. Section headings are matched loosely ("Pitfalls", "Validation Checklist").
    /// </summary>
    internal static class SkillReader
    {
        private static readonly string[] Known =
        {
            "name", "description", "license", "allowed-tools", "metadata", "tags",
        };

        private static readonly string[] KnownMetadata = { "domain", "complexity", "tags" };

        public static SkillDefinition Read(DefinitionDocument document)
        {
            var bag = new DiagnosticBag(document.Path);
            var front = document.FrontMatter;
            var name = RequiredName.Resolve(front.Text("name"), document, "skill", bag);
            if (name == null)
            {
                throw new DefinitionException(bag.ToArray());
            }

            var metadata = front.Map("metadata") ?? YamlMap.Empty(front.Line);
            var outline = new MarkdownOutline(document);
            var skill = new SkillDefinition
            {
                Name = name,
                Description = front.Text("description"),
                Domain = metadata.Text("domain"),
                Complexity = metadata.Text("complexity"),
                Tags = metadata.Has("tags") ? metadata.List("tags") : front.List("tags"),
                Title = outline.Title() ?? name,
                WhenToUse = Items(outline.Subtree(IsWhenToUse)),
                Inputs = Items(outline.Subtree(IsInputs)),
                Steps = SkillStepReader.Read(document, outline.Subtree(IsProcedure)),
                Validation = Items(outline.Subtree(IsValidation)),
                Pitfalls = Items(outline.Subtree(IsPitfalls)),
                License = front.Text("license"),
                AllowedTools = AllowedTools(front),
                Path = document.Path,
                Extra = Extra(front, metadata),
            };

            skill.ParseDiagnostics = bag.ToArray();
            return skill;
        }

        private static bool IsWhenToUse(string heading) => heading == "whentouse";

        private static bool IsInputs(string heading) =>
            heading.StartsWith("input", StringComparison.Ordinal);

        private static bool IsProcedure(string heading) =>
            heading.StartsWith("procedure", StringComparison.Ordinal) || heading == "steps";

        private static bool IsValidation(string heading) =>
            heading.StartsWith("validation", StringComparison.Ordinal) ||
            heading.StartsWith("verification", StringComparison.Ordinal) ||
            heading == "checklist";

        private static bool IsPitfalls(string heading) =>
            heading.IndexOf("pitfall", StringComparison.Ordinal) >= 0 ||
            heading == "commonmistakes";

        /// <summary>
        /// The items of every list in the section, sub-sections included; a section written
        /// as a table gives one item per row.
        /// </summary>
        private static string[] Items(IEnumerable<Block> section)
        {
            return section
                .SelectMany(block => block is ListBlock list ? MarkdownText.Items(list)
                    : block is Table table ? MarkdownText.Rows(table)
                    : Enumerable.Empty<string>())
                .ToArray();
        }

        /// <summary>The tools as written: a space-separated string, or a list joined so.</summary>
        private static string AllowedTools(YamlMap front)
        {
            var value = front.Value("allowed-tools");
            return value is YamlSequenceNode
                ? string.Join(" ", YamlValues.List(value))
                : YamlValues.Text(value);
        }

        /// <summary>
        /// The metadata beyond domain, complexity and tags (author, version, language, ...),
        /// and any unknown top-level field whose key the metadata does not use.
        /// </summary>
        private static IDictionary<string, object> Extra(YamlMap front, YamlMap metadata)
        {
            var extra = metadata.Extra(KnownMetadata);
            foreach (var entry in front.Extra(Known))
            {
                if (!extra.ContainsKey(entry.Key))
                {
                    extra[entry.Key] = entry.Value;
                }
            }

            return extra;
        }
    }
}
