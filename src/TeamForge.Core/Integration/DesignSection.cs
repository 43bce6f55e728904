namespace TeamForge
{
    /// <summary>One task's part of a design: its output and how the task ended.</summary>
    public sealed class DesignSection
    {
        /// <summary>"task (member)": the heading the section has in the document.</summary>
        public string Title { get; set; }

        public string TaskName { get; set; }

        public string Member { get; set; }

        public string Role { get; set; }

        public TaskResultStatus Status { get; set; }

        /// <summary>The task's output; for a task that did not succeed, why not.</summary>
        public string Text { get; set; }

        /// <summary>True for the task that merges the others' work.</summary>
        public bool IsIntegration { get; set; }

        /// <summary>True when a person edited the task's stored output after the run.</summary>
        public bool EditedByHand { get; set; }

        public override string ToString() => Title;
    }
}
