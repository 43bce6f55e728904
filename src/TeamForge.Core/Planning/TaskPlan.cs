using System.Collections.Generic;

namespace TeamForge.Planning
{
    /// <summary>
    /// A team's tasks ready to run: assignees resolved to member slots, variable members
    /// expanded, placeholders bound, and the graph ordered into waves.
    /// </summary>
    public sealed class TaskPlan
    {
        public TeamDefinition Team { get; set; }

        /// <summary>The tasks in a dependency-respecting order.</summary>
        public IReadOnlyList<PlannedTask> Tasks { get; set; } = new PlannedTask[0];

        /// <summary>Task names grouped by wave: a wave waits only on earlier waves.</summary>
        public IReadOnlyList<IReadOnlyList<string>> Waves { get; set; } =
            new IReadOnlyList<string>[0];

        /// <summary>The longest chain of tasks, counted in tasks.</summary>
        public IReadOnlyList<string> CriticalPath { get; set; } = new string[0];
    }

    /// <summary>One task of a plan.</summary>
    public sealed class PlannedTask
    {
        /// <summary>Unique in the plan; an expanded task carries its instance suffix.</summary>
        public string Name { get; set; }

        /// <summary>The task of the team file this one comes from.</summary>
        public TeamTask Source { get; set; }

        public string Description { get; set; }

        /// <summary>The member slot that does it; null for a run-level task.</summary>
        public TeamMember Member { get; set; }

        /// <summary>The agent id that does it (the bound agent for a placeholder).</summary>
        public string AgentId { get; set; }

        public string Role { get; set; }

        public IReadOnlyList<string> DependsOn { get; set; } = new string[0];

        /// <summary>True for the lead's task that merges the others' work.</summary>
        public bool IsIntegration { get; set; }

        /// <summary>
        /// Set for a task assigned to a run-level role (an orchestrator, say): TeamForge
        /// does not send it to a provider and records it as skipped with this reason.
        /// </summary>
        public string RunLevelReason { get; set; }

        /// <summary>1-based instance of a variable member; 0 when not expanded.</summary>
        public int Instance { get; set; }

        public int Wave { get; set; }

        public override string ToString() => Name;
    }
}
