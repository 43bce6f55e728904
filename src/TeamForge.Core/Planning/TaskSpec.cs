using System.Collections.Generic;

namespace TeamForge.Planning
{
    /// <summary>A task of the team before expansion: who does it and what it waits on.</summary>
    internal sealed class TaskSpec
    {
        public TaskSpec(
            TeamTask source, AssigneeResolution assignee, IReadOnlyList<string> blockedBy)
        {
            Source = source;
            Assignee = assignee;
            BlockedBy = blockedBy;
        }

        public TeamTask Source { get; }

        public AssigneeResolution Assignee { get; }

        public IReadOnlyList<string> BlockedBy { get; }
    }
}
