using System.Collections.Generic;

namespace TeamForge
{
    /// <summary>
    /// A team as its file describes it: the front matter, the prose sections and the
    /// machine-readable CONFIG block, merged. Keys the format does not know are kept in
    /// <see cref="Extra"/> rather than dropped.
    /// </summary>
    public sealed class TeamDefinition
    {
        public string Name { get; set; }

        public string Description { get; set; }

        /// <summary>The agent id of the member who leads and integrates.</summary>
        public string Lead { get; set; }

        /// <summary>The coordination pattern: parallel, sequential, hub-and-spoke, ...</summary>
        public string Coordination { get; set; }

        public string Version { get; set; }

        public string Author { get; set; }

        public string Created { get; set; }

        public string Updated { get; set; }

        public string[] Tags { get; set; } = new string[0];

        public TeamMember[] Members { get; set; } = new TeamMember[0];

        public TeamTask[] Tasks { get; set; } = new TeamTask[0];

        /// <summary>The spawn limits of variable members, when the team sets them.</summary>
        public SpawnConfig SpawnConfig { get; set; }

        /// <summary>The Markdown sections by heading, in file order.</summary>
        public DocumentSection[] Sections { get; set; } = new DocumentSection[0];

        public string Path { get; set; }

        /// <summary>The library folder whose agents and skills the team's members use.</summary>
        public string LibraryPath { get; set; }

        /// <summary>Every key of the front matter or CONFIG block beyond the known ones.</summary>
        public IDictionary<string, object> Extra { get; set; } =
            new SortedDictionary<string, object>();

        /// <summary>The line of the CONFIG block's YAML, 0 when the file has none.</summary>
        public int ConfigLine { get; set; }

        /// <summary>What the parser noticed while reading; errors make the team unusable.</summary>
        public Diagnostic[] ParseDiagnostics { get; set; } = new Diagnostic[0];

        public override string ToString() => Name;
    }

    /// <summary>
    /// One member slot of a team. The same agent may fill several slots, told apart by role
    /// and per-slot configuration.
    /// </summary>
    public sealed class TeamMember
    {
        /// <summary>The agent id that fills the slot.</summary>
        public string Agent { get; set; }

        public string Role { get; set; }

        public string SubagentType { get; set; }

        public string Responsibilities { get; set; }

        /// <summary>The count as written: a number, "variable", or null for one.</summary>
        public string Count { get; set; }

        /// <summary>True when the count is "variable": the slot expands at run time.</summary>
        public bool IsVariable { get; set; }

        public IDictionary<string, object> Config { get; set; } =
            new SortedDictionary<string, object>();

        public IDictionary<string, object> Extra { get; set; } =
            new SortedDictionary<string, object>();

        public int Line { get; set; }

        public override string ToString() => $"{Agent} ({Role})";
    }

    /// <summary>One task of the CONFIG block and what it waits on.</summary>
    public sealed class TeamTask
    {
        public string Name { get; set; }

        /// <summary>
        /// Who does it: a member's agent id, a role, a placeholder such as "any", "both" for
        /// every member, or a run-level role such as "orchestrator".
        /// </summary>
        public string Assignee { get; set; }

        public string Description { get; set; }

        public string[] BlockedBy { get; set; } = new string[0];

        public IDictionary<string, object> Extra { get; set; } =
            new SortedDictionary<string, object>();

        public int Line { get; set; }

        public override string ToString() => Name;
    }

    /// <summary>How many instances a variable member may have.</summary>
    public sealed class SpawnConfig
    {
        public int? Min { get; set; }

        public int? Max { get; set; }

        public int? Default { get; set; }
    }

    /// <summary>A Markdown section: its heading, level, line and text below the heading.</summary>
    public sealed class DocumentSection
    {
        public string Heading { get; set; }

        public int Level { get; set; }

        public int Line { get; set; }

        /// <summary>The section's own text up to the next heading of any level.</summary>
        public string Text { get; set; }

        /// <summary>The bullet items directly in the section's own text.</summary>
        public string[] Bullets { get; set; } = new string[0];

        public override string ToString() => Heading;
    }
}
