using System.Collections.Generic;

namespace TeamForge.Integration
{
    /// <summary>A concern as a task's output states it, with the skills it was given.</summary>
    internal sealed class DomainConcern
    {
        public DomainConcern(
            string text,
            IReadOnlyList<string> skills,
            IReadOnlyList<string> drawnSkills,
            string material
        )
        {
            Text = text;
            Skills = skills;
            DrawnSkills = drawnSkills;
            Material = material ?? "";
        }

        public string Text { get; }

        /// <summary>The skill ids under the concern, in order.</summary>
        public IReadOnlyList<string> Skills { get; }

        /// <summary>
        /// Those of <see cref="Skills"/> drawn from the library, not the member's own.
        /// </summary>
        public IReadOnlyList<string> DrawnSkills { get; }

        /// <summary>The text written under the concern: purposes, steps, notes.</summary>
        public string Material { get; }

        public override string ToString() => Text;
    }
}
