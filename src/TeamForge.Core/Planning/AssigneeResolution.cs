using System.Collections.Generic;

namespace TeamForge.Planning
{
    /// <summary>
    /// Who does a task: the member slots an assignee names, or why there are none.
    /// </summary>
    public sealed class AssigneeResolution
    {
        private AssigneeResolution(
            AssigneeKind kind, string assignee, IReadOnlyList<TeamMember> members,
            string boundAgent = null, string runLevelReason = null)
        {
            Kind = kind;
            Assignee = assignee;
            Members = members;
            BoundAgent = boundAgent;
            RunLevelReason = runLevelReason;
        }

        public AssigneeKind Kind { get; }

        /// <summary>The assignee as the task names it.</summary>
        public string Assignee { get; }

        /// <summary>
        /// The slots that do the task; more than one when it fans out. Empty for a run-level
        /// role, an unbound placeholder and an assignee that names nothing.
        /// </summary>
        public IReadOnlyList<TeamMember> Members { get; }

        /// <summary>
        /// For a placeholder: the agent id the bindings give it, null when unbound.
        /// </summary>
        public string BoundAgent { get; }

        /// <summary>For a run-level role: why no member runs the task.</summary>
        public string RunLevelReason { get; }

        public bool FansOut => Members.Count > 1;

        internal static AssigneeResolution Nothing(string assignee)
        {
            return new AssigneeResolution(AssigneeKind.None, assignee, new TeamMember[0]);
        }

        internal static AssigneeResolution ToMembers(
            AssigneeKind kind, string assignee, IReadOnlyList<TeamMember> members)
        {
            return new AssigneeResolution(kind, assignee, members);
        }

        internal static AssigneeResolution ToPlaceholder(
            string assignee, string boundAgent, IReadOnlyList<TeamMember> members)
        {
            return new AssigneeResolution(
                AssigneeKind.Placeholder, assignee, members, boundAgent);
        }

        internal static AssigneeResolution ToRunLevel(string assignee)
        {
            var reason = $"assigned to the run-level role '{assignee}': "
                + "TeamForge runs no member for it";
            return new AssigneeResolution(
                AssigneeKind.RunLevel, assignee, new TeamMember[0], runLevelReason: reason);
        }
    }
}
