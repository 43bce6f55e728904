using System.Collections.Generic;

namespace TeamForge.Execution
{
    /// <summary>What the playbook settled for one domain task before writing it down.</summary>
    internal sealed class DomainPlan
    {
        public DomainPlan(
            IReadOnlyList<ConcernCoverage> coverage,
            IReadOnlyList<string> ownSkills,
            IReadOnlyList<string> unknownOwnSkills,
            string skillsNote
        )
        {
            Coverage = coverage;
            OwnSkills = ownSkills;
            UnknownOwnSkills = unknownOwnSkills;
            SkillsNote = skillsNote;
        }

        public IReadOnlyList<ConcernCoverage> Coverage { get; }

        /// <summary>
        /// The member's skills the library has: front matter first, then mentions.
        /// </summary>
        public IReadOnlyList<string> OwnSkills { get; }

        /// <summary>Skills the agent names that the library does not have.</summary>
        public IReadOnlyList<string> UnknownOwnSkills { get; }

        /// <summary>A sentence on the member's skills when something is amiss, or null.</summary>
        public string SkillsNote { get; }
    }
}
