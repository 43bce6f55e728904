using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TeamForge.Library;
using YamlDotNet.Serialization;

namespace TeamForge.Tests.Playbook
{
    /// <summary>
    /// A throwaway reader of the shared corpus for the playbook's realistic tests, until the
    /// real parser lands from its own branch. It reads only the fields the playbook uses and
    /// reports nothing: a file it cannot read simply fails the test.
    /// </summary>
    internal static class AlmanacTestReader
    {
        public static string CorpusFolder()
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder != null)
            {
                var candidate = Path.Combine(
                    folder.FullName,
                    "shared",
                    "corpus",
                    "agent-almanac"
                );
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }

                folder = folder.Parent;
            }

            throw new DirectoryNotFoundException(
                "No shared/corpus/agent-almanac beside the repository."
            );
        }

        public static TeamLibrary LoadLibrary(params string[] agentIds)
        {
            var root = CorpusFolder();
            var library = new TeamLibrary { Path = root };
            foreach (var folder in Directory.GetDirectories(Path.Combine(root, "skills")))
            {
                var file = Path.Combine(folder, "SKILL.md");
                if (File.Exists(file))
                {
                    var skill = ReadSkill(file);
                    library.Skills[skill.Name] = skill;
                }
            }

            foreach (var id in agentIds)
            {
                var agent = ReadAgent(Path.Combine(root, "agents", id + ".md"), library);
                library.Agents[agent.Name] = agent;
            }

            return library;
        }

        public static TeamDefinition ReadTeam(string id)
        {
            var path = Path.Combine(CorpusFolder(), "teams", id + ".md");
            var (front, body) = Split(File.ReadAllText(path));
            var yaml = Yaml(front);
            var team = new TeamDefinition
            {
                Name = Text(yaml, "name"),
                Description = Text(yaml, "description"),
                Lead = Text(yaml, "lead"),
                Coordination = Text(yaml, "coordination"),
                Path = path,
            };

            var config = Yaml(ConfigBlock(body));
            var block = config.TryGetValue("team", out var value)
                ? (Dictionary<object, object>)value
                : new Dictionary<object, object>();
            team.Members = Maps(block, "members")
                .Select(m => new TeamMember
                {
                    Agent = Text(m, "agent"),
                    Role = Text(m, "role"),
                })
                .ToArray();
            team.Tasks = Maps(block, "tasks")
                .Select(t => new TeamTask
                {
                    Name = Text(t, "name"),
                    Assignee = Text(t, "assignee"),
                    Description = Text(t, "description"),
                    BlockedBy = List(t, "blocked_by"),
                })
                .ToArray();
            team.Sections = Sections(body);
            return team;
        }

        private static SkillDefinition ReadSkill(string path)
        {
            var (front, body) = Split(File.ReadAllText(path));
            var yaml = Yaml(front);
            var metadata = yaml.TryGetValue("metadata", out var value)
                ? (Dictionary<object, object>)value
                : new Dictionary<object, object>();
            var skill = new SkillDefinition
            {
                Name = Text(yaml, "name"),
                Description = Text(yaml, "description")?.Trim(),
                Domain = Text(metadata, "domain"),
                Tags = (Text(metadata, "tags") ?? "")
                    .Split(',')
                    .Select(tag => tag.Trim())
                    .Where(tag => tag.Length > 0)
                    .ToArray(),
                Path = path,
            };

            var document = Markdown.Parse(body);
            string chapter = null;
            SkillStep step = null;
            var steps = new List<SkillStep>();
            foreach (var block in document)
            {
                if (block is HeadingBlock heading)
                {
                    var title = Inline(heading.Inline);
                    if (heading.Level == 2)
                    {
                        chapter = title;
                        step = null;
                    }
                    else if (
                        heading.Level == 3
                        && title.StartsWith("Step ", StringComparison.Ordinal)
                    )
                    {
                        var colon = title.IndexOf(':');
                        step = new SkillStep
                        {
                            Number = steps.Count + 1,
                            Title = colon > 0 ? title.Substring(colon + 1).Trim() : title,
                        };
                        steps.Add(step);
                    }

                    continue;
                }

                if (chapter == "Procedure" && step != null && block is ParagraphBlock paragraph)
                {
                    var text = Inline(paragraph.Inline);
                    if (text.StartsWith("Expected:", StringComparison.Ordinal))
                    {
                        step.Expected = text.Substring("Expected:".Length).Trim();
                    }
                }

                if (block is ListBlock list)
                {
                    var items = Items(list);
                    switch (chapter)
                    {
                        case "When to Use":
                            skill.WhenToUse = items;
                            break;
                        case "Validation":
                            skill.Validation = items
                                .Select(item => item.Replace("[ ]", "").Trim())
                                .ToArray();
                            break;
                        case "Common Pitfalls":
                            skill.Pitfalls = items;
                            break;
                    }
                }
            }

            skill.Steps = steps.ToArray();
            return skill;
        }

        private static AgentDefinition ReadAgent(string path, TeamLibrary library)
        {
            var (front, body) = Split(File.ReadAllText(path));
            var yaml = Yaml(front);
            var agent = new AgentDefinition
            {
                Name = Text(yaml, "name"),
                Description = Text(yaml, "description"),
                Skills = List(yaml, "skills"),
                Tags = List(yaml, "tags"),
                Instructions = body,
                Path = path,
            };

            agent.MentionedSkills = Markdown
                .Parse(body)
                .Descendants<CodeInline>()
                .Select(code => code.Content)
                .Where(id => library.Skills.ContainsKey(id) && !agent.Skills.Contains(id))
                .Distinct()
                .ToArray();
            return agent;
        }

        private static DocumentSection[] Sections(string body)
        {
            var lines = body.Replace("\r\n", "\n").Split('\n');
            var headings = Markdown.Parse(body).OfType<HeadingBlock>().ToList();
            var sections = new List<DocumentSection>();
            for (var i = 0; i < headings.Count; i++)
            {
                var first = headings[i].Line + 1;
                var end = i + 1 < headings.Count ? headings[i + 1].Line : lines.Length;
                var text = string.Join("\n", lines.Skip(first).Take(end - first));
                var bullets = Markdown
                    .Parse(text)
                    .OfType<ListBlock>()
                    .SelectMany(Items)
                    .ToArray();
                sections.Add(
                    new DocumentSection
                    {
                        Heading = Inline(headings[i].Inline),
                        Level = headings[i].Level,
                        Line = headings[i].Line + 1,
                        Text = text,
                        Bullets = bullets,
                    }
                );
            }

            return sections.ToArray();
        }

        private static string[] Items(ListBlock list)
        {
            return list.OfType<ListItemBlock>()
                .Select(item => item.OfType<ParagraphBlock>().FirstOrDefault())
                .Where(paragraph => paragraph != null)
                .Select(paragraph => Inline(paragraph.Inline))
                .ToArray();
        }

        private static string Inline(ContainerInline inline)
        {
            if (inline == null)
            {
                return "";
            }

            var parts = inline
                .Descendants<Markdig.Syntax.Inlines.Inline>()
                .Select(child =>
                    child switch
                    {
                        LiteralInline literal => literal.Content.ToString(),
                        CodeInline code => "`" + code.Content + "`",
                        LineBreakInline _ => " ",
                        _ => "",
                    }
                );
            return string.Concat(parts).Trim();
        }

        private static (string Front, string Body) Split(string text)
        {
            text = text.Replace("\r\n", "\n");
            var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
            return (
                text.Substring(4, end - 4),
                text.Substring(text.IndexOf('\n', end + 1) + 1)
            );
        }

        private static string ConfigBlock(string body)
        {
            var start =
                body.IndexOf(
                    "```yaml",
                    body.IndexOf("CONFIG:START", StringComparison.Ordinal),
                    StringComparison.Ordinal
                ) + "```yaml".Length;
            return body.Substring(
                start,
                body.IndexOf("```", start, StringComparison.Ordinal) - start
            );
        }

        private static Dictionary<object, object> Yaml(string text)
        {
            return new DeserializerBuilder()
                .Build()
                .Deserialize<Dictionary<object, object>>(text)
                ?? new Dictionary<object, object>();
        }

        private static string Text(Dictionary<object, object> map, string key)
        {
            return map.TryGetValue(key, out var value) ? value?.ToString() : null;
        }

        private static string[] List(Dictionary<object, object> map, string key)
        {
            return map.TryGetValue(key, out var value) && value is List<object> items
                ? items.Select(item => item.ToString()).ToArray()
                : new string[0];
        }

        private static IEnumerable<Dictionary<object, object>> Maps(
            Dictionary<object, object> map,
            string key
        )
        {
            return map.TryGetValue(key, out var value) && value is List<object> items
                ? items.OfType<Dictionary<object, object>>()
                : Enumerable.Empty<Dictionary<object, object>>();
        }
    }
}
