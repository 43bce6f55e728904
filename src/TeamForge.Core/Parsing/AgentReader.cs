using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TeamForge.Parsing
{
    /// <summary>Reads an agent file: its front matter, and its body as instructions.</summary>
    internal static class AgentReader
    {
        private static readonly string[] Known =
        {
            "name", "description", "tools", "model", "version", "author", "tags", "priority",
            "max_context_tokens", "skills", "mcp_servers",
        };

        private static readonly char[] ListSeparators = { ',', ' ', '\t' };
        private static readonly Regex SkillId = new Regex("^[a-z0-9]+(-[a-z0-9]+)*$");

        public static AgentDefinition Read(DefinitionDocument document)
        {
            var bag = new DiagnosticBag(document.Path);
            var front = document.FrontMatter;
            var name = RequiredName.Resolve(front.Text("name"), document, "agent", bag);
            if (name == null)
            {
                throw new DefinitionException(bag.ToArray());
            }

            var skills = YamlValues.List(front.Value("skills"), ListSeparators);
            var agent = new AgentDefinition
            {
                Name = name,
                Description = front.Text("description"),
                Tools = YamlValues.List(front.Value("tools"), ListSeparators),
                Model = front.Text("model"),
                Skills = skills,
                SkillsLine = front.Value("skills") == null ? 0 : front.LineOf("skills"),
                MentionedSkills = MentionedSkills(document).Except(skills).ToArray(),
                Tags = front.List("tags"),
                Priority = front.Text("priority"),
                MaxContextTokens = MaxContextTokens(front, bag),
                McpServers = YamlValues.List(front.Value("mcp_servers"), ListSeparators),
                Version = front.Text("version"),
                Author = front.Text("author"),
                Instructions = document.Body,
                Path = document.Path,
                Extra = front.Extra(Known),
            };

            agent.ParseDiagnostics = bag.ToArray();
            return agent;
        }

        /// <summary>
        /// Ids in backticks in the body that could be skill ids (kebab-case); the library
        /// keeps those it has.
        /// </summary>
        private static string[] MentionedSkills(DefinitionDocument document)
        {
            return document.Markdown.Descendants<CodeInline>()
                .Select(code => code.Content.Trim())
                .Where(text => SkillId.IsMatch(text))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
        }

        private static int? MaxContextTokens(YamlMap front, DiagnosticBag bag)
        {
            var text = front.Text("max_context_tokens");
            if (text == null)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }

            bag.Warning(
                ParseCodes.FrontMatterYaml, front.LineOf("max_context_tokens"),
                $"'max_context_tokens' must be a whole number, not '{text}'; it is ignored");
            return null;
        }
    }
}
