using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using TeamForge.Integration;

namespace TeamForge.Execution
{
    /// <summary>
    /// An integrating task's answer in <see cref="DesignSchema"/>'s shape, checked, and
    /// rendered into the Markdown every design is read from.
    /// </summary>
    public sealed class DesignAnswer
    {
        private static readonly HashSet<string> Known = new HashSet<string>(StringComparer.Ordinal)
        {
            "summary", "sections", "integrationPoints", "openDecisions", "roadmap",
        };

        private static readonly HashSet<string> Reserved =
            new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                DesignHeadings.IntegrationPoints, DesignHeadings.OpenDecisions,
                DesignHeadings.Roadmap,
            };

        private DesignAnswer()
        {
        }

        public string Summary { get; private set; }

        public IReadOnlyList<KeyValuePair<string, string>> Sections { get; private set; }

        public IReadOnlyList<string> IntegrationPoints { get; private set; }

        public IReadOnlyList<string> OpenDecisions { get; private set; }

        public IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Roadmap
        {
            get;
            private set;
        }

        /// <summary>
        /// Reads the answer; on failure <paramref name="problems"/> says each way it misses
        /// the schema, in words a model can act on when asked to repair it.
        /// </summary>
        public static bool TryRead(string text, out DesignAnswer answer,
            out IReadOnlyList<string> problems)
        {
            var found = new List<string>();
            problems = found;
            answer = null;

            JsonElement root;
            try
            {
                using (var document = JsonDocument.Parse(Unfenced(text ?? string.Empty)))
                {
                    root = document.RootElement.Clone();
                }
            }
            catch (JsonException error)
            {
                found.Add($"the answer is not JSON ({error.Message})");
                return false;
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                found.Add("the answer must be a JSON object");
                return false;
            }

            var read = new DesignAnswer
            {
                Summary = Text(root, "summary", found),
                Sections = Objects(root, "sections", found,
                    item => Pair(item, "title", Text(item, "body", found, "sections[].body"),
                        found, "sections[].title")),
                IntegrationPoints = Texts(root, "integrationPoints", found),
                OpenDecisions = Texts(root, "openDecisions", found),
                Roadmap = Objects(root, "roadmap", found,
                    item => Pair(item, "phase",
                        (IReadOnlyList<string>)Texts(item, "items", found, "roadmap[].items"),
                        found, "roadmap[].phase")),
            };

            foreach (var property in root.EnumerateObject())
            {
                if (!Known.Contains(property.Name))
                {
                    found.Add($"'{property.Name}' is not a property of the design");
                }
            }

            if (read.Roadmap != null && read.Roadmap.Count == 0)
            {
                found.Add("'roadmap' needs at least one phase");
            }

            // The design reads its own parts under these headings: a section of the same
            // name would be read in their place.
            foreach (var title in (read.Sections ?? new List<KeyValuePair<string, string>>())
                .Select(section => section.Key?.Trim())
                .Where(title => Reserved.Contains(title ?? string.Empty)))
            {
                found.Add($"the section '{title}' has the name of the design's own part; put "
                    + "its content in 'integrationPoints', 'openDecisions' or 'roadmap'");
            }

            if (found.Count > 0)
            {
                return false;
            }

            answer = read;
            return true;
        }

        /// <summary>
        /// The answer as the design's Markdown: the summary, each section under its own
        /// heading, then the integration points, the open decisions and the roadmap with a
        /// subsection per phase, under the headings the design composer reads.
        /// </summary>
        public string ToMarkdown()
        {
            var text = new StringBuilder();
            text.Append(Summary.Trim()).Append("\n\n");
            foreach (var section in Sections)
            {
                text.Append("## ").Append(OneLine(section.Key)).Append("\n\n");
                text.Append(section.Value.Trim()).Append("\n\n");
            }

            List(text, DesignHeadings.IntegrationPoints, IntegrationPoints);
            List(text, DesignHeadings.OpenDecisions, OpenDecisions);
            text.Append("## ").Append(DesignHeadings.Roadmap).Append("\n\n");
            foreach (var phase in Roadmap)
            {
                text.Append("### ").Append(OneLine(phase.Key)).Append("\n\n");
                foreach (var item in phase.Value)
                {
                    text.Append("- ").Append(OneLine(item)).Append('\n');
                }

                text.Append('\n');
            }

            return text.ToString().TrimEnd('\n') + "\n";
        }

        // Some models wrap JSON in a Markdown fence even when asked not to.
        private static string Unfenced(string text)
        {
            var trimmed = text.Trim();
            if (!trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                return trimmed;
            }

            var firstLine = trimmed.IndexOf('\n');
            var end = trimmed.LastIndexOf("```", StringComparison.Ordinal);
            return firstLine < 0 || end <= firstLine
                ? trimmed
                : trimmed.Substring(firstLine + 1, end - firstLine - 1);
        }

        private static void List(StringBuilder text, string heading, IReadOnlyList<string> items)
        {
            text.Append("## ").Append(heading).Append("\n\n");
            foreach (var item in items)
            {
                text.Append("- ").Append(OneLine(item)).Append('\n');
            }

            if (items.Count == 0)
            {
                text.Append("None.\n");
            }

            text.Append('\n');
        }

        private static string OneLine(string text)
        {
            return string.Join(" ", text.Split(new[] { '\r', '\n' },
                StringSplitOptions.RemoveEmptyEntries).Select(line => line.Trim()));
        }

        private static string Text(JsonElement parent, string name, List<string> problems,
            string path = null)
        {
            if (parent.ValueKind != JsonValueKind.Object
                || !parent.TryGetProperty(name, out var value))
            {
                problems.Add($"'{path ?? name}' is missing");
                return null;
            }

            if (value.ValueKind != JsonValueKind.String
                || string.IsNullOrWhiteSpace(value.GetString()))
            {
                problems.Add($"'{path ?? name}' must be a text that is not empty");
                return null;
            }

            return value.GetString();
        }

        private static List<string> Texts(JsonElement parent, string name,
            List<string> problems, string path = null)
        {
            var items = Array(parent, name, problems, path);
            if (items == null)
            {
                return null;
            }

            var texts = new List<string>();
            foreach (var item in items)
            {
                if (item.ValueKind != JsonValueKind.String
                    || string.IsNullOrWhiteSpace(item.GetString()))
                {
                    problems.Add($"each item of '{path ?? name}' must be a text that is not empty");
                    return null;
                }

                texts.Add(item.GetString());
            }

            return texts;
        }

        private static List<T> Objects<T>(JsonElement parent, string name,
            List<string> problems, Func<JsonElement, T> read)
        {
            var items = Array(parent, name, problems, null);
            if (items == null)
            {
                return null;
            }

            var objects = new List<T>();
            foreach (var item in items)
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"each item of '{name}' must be an object");
                    return null;
                }

                objects.Add(read(item));
            }

            return objects;
        }

        private static List<JsonElement> Array(JsonElement parent, string name,
            List<string> problems, string path)
        {
            if (parent.ValueKind != JsonValueKind.Object
                || !parent.TryGetProperty(name, out var value))
            {
                problems.Add($"'{path ?? name}' is missing");
                return null;
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                problems.Add($"'{path ?? name}' must be an array");
                return null;
            }

            return value.EnumerateArray().ToList();
        }

        private static KeyValuePair<string, TValue> Pair<TValue>(JsonElement item, string key,
            TValue value, List<string> problems, string path)
        {
            return new KeyValuePair<string, TValue>(Text(item, key, problems, path), value);
        }
    }
}
