using System.Collections.Generic;

namespace TeamForge
{
    /// <summary>An agent: its front matter, and its instructions in the Markdown body.</summary>
    public sealed class AgentDefinition
    {
        /// <summary>The agent id, as teams name it.</summary>
        public string Name { get; set; }

        public string Description { get; set; }

        public string[] Tools { get; set; } = new string[0];

        /// <summary>The model tier the agent asks for: sonnet, opus, haiku, ...</summary>
        public string Model { get; set; }

        /// <summary>The core skills listed in the front matter.</summary>
        public string[] Skills { get; set; } = new string[0];

        /// <summary>The line of the front matter's skills list; 0 when it has none.</summary>
        public int SkillsLine { get; set; }

        /// <summary>Skill ids named in the body (in backticks), beyond the front matter.</summary>
        public string[] MentionedSkills { get; set; } = new string[0];

        public string[] Tags { get; set; } = new string[0];

        public string Priority { get; set; }

        public int? MaxContextTokens { get; set; }

        public string[] McpServers { get; set; } = new string[0];

        public string Version { get; set; }

        public string Author { get; set; }

        /// <summary>The Markdown body: what the agent is told to be and do.</summary>
        public string Instructions { get; set; }

        public string Path { get; set; }

        public IDictionary<string, object> Extra { get; set; } =
            new SortedDictionary<string, object>();

        /// <summary>What the parser noticed: warnings, such as a missing name.</summary>
        public Diagnostic[] ParseDiagnostics { get; set; } = new Diagnostic[0];

        public override string ToString() => Name;
    }
}
