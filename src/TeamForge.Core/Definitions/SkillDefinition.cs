using System.Collections.Generic;

namespace TeamForge
{
    /// <summary>A skill: a procedure in numbered steps with its checks and pitfalls.</summary>
    public sealed class SkillDefinition
    {
        /// <summary>The skill id: the name of its folder and of its front matter.</summary>
        public string Name { get; set; }

        public string Description { get; set; }

        public string Domain { get; set; }

        public string Complexity { get; set; }

        public string[] Tags { get; set; } = new string[0];

        public string Title { get; set; }

        public string[] WhenToUse { get; set; } = new string[0];

        public string[] Inputs { get; set; } = new string[0];

        public SkillStep[] Steps { get; set; } = new SkillStep[0];

        /// <summary>The checklist of the Validation section.</summary>
        public string[] Validation { get; set; } = new string[0];

        /// <summary>The items of the Common Pitfalls section.</summary>
        public string[] Pitfalls { get; set; } = new string[0];

        public string License { get; set; }

        public string AllowedTools { get; set; }

        public string Path { get; set; }

        /// <summary>The metadata map beyond domain, complexity and tags.</summary>
        public IDictionary<string, object> Extra { get; set; } =
            new SortedDictionary<string, object>();

        /// <summary>What the parser noticed: warnings, such as a missing name.</summary>
        public Diagnostic[] ParseDiagnostics { get; set; } = new Diagnostic[0];

        public override string ToString() => Name;
    }

    /// <summary>One "### Step N: Title" of a skill's procedure.</summary>
    public sealed class SkillStep
    {
        public int Number { get; set; }

        /// <summary>The number as written, which may be "4.5" for a step added later.</summary>
        public string Label { get; set; }

        public string Title { get; set; }

        /// <summary>The step's prose without code blocks and without Expected/On failure.</summary>
        public string Text { get; set; }

        public string Expected { get; set; }

        public string OnFailure { get; set; }

        public int Line { get; set; }

        public override string ToString() => $"Step {Number}: {Title}";
    }
}
