using System.Collections.Generic;

namespace TeamForge.Integration
{
    /// <summary>
    /// One task's output as integration sees it: the playbook's sections when they are
    /// there, else just the text and its first paragraph.
    /// </summary>
    internal sealed class DomainOutput
    {
        public string TaskName { get; set; }

        public string Member { get; set; }

        public string Role { get; set; }

        /// <summary>0-based wave of the task in its run.</summary>
        public int Wave { get; set; }

        public string Text { get; set; }

        /// <summary>True when the text has the playbook's Scope or Approach section.</summary>
        public bool IsStructured { get; set; }

        /// <summary>A line or two on what the output is about.</summary>
        public string Summary { get; set; }

        public List<DomainConcern> Concerns { get; } = new List<DomainConcern>();

        public List<OpenDecision> Decisions { get; } = new List<OpenDecision>();

        public List<string> Uncovered { get; } = new List<string>();

        /// <summary>"task, member": how integration names where something comes from.</summary>
        public string Label => Member == null ? TaskName : $"{TaskName}, {Member}";

        public override string ToString() => Label;
    }
}
