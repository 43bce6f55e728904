using System.Collections.Generic;

namespace TeamForge.Execution
{
    /// <summary>
    /// The task lines a team file gives one member in one part of its decomposition.
    /// </summary>
    internal sealed class BulletGroup
    {
        public BulletGroup(string heading, int line, bool isExplicit, bool isIntegration)
        {
            Heading = heading;
            Line = line;
            IsExplicit = isExplicit;
            IsIntegration = isIntegration;
        }

        /// <summary>The heading of the section the lines stand in.</summary>
        public string Heading { get; }

        /// <summary>The line of that heading in the team file.</summary>
        public int Line { get; }

        /// <summary>
        /// True when the lines name the member themselves ("**mlops-engineer** tasks:");
        /// false when only the section heading names it ("Phase 1: Setup (Lead)").
        /// </summary>
        public bool IsExplicit { get; }

        /// <summary>
        /// True when the heading is about integrating ("Integration", "Synthesis").
        /// </summary>
        public bool IsIntegration { get; }

        public List<string> Items { get; } = new List<string>();

        public override string ToString() => $"{Heading} ({Items.Count})";
    }
}
