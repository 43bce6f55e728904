namespace TeamForge.Planning
{
    /// <summary>What a task's assignee turned out to name.</summary>
    public enum AssigneeKind
    {
        /// <summary>
        /// Nothing: no member, role, placeholder or run-level role has the name.
        /// </summary>
        None,

        /// <summary>A member's agent id.</summary>
        Agent,

        /// <summary>A member's role: every slot with that role does the task.</summary>
        Role,

        /// <summary>A word such as "both" or "all": every member slot does the task.</summary>
        Everyone,

        /// <summary>A name such as "any" that a binding turns into an agent at run time.</summary>
        Placeholder,

        /// <summary>
        /// A role outside the team, such as the orchestrator: no member does it.
        /// </summary>
        RunLevel,
    }
}
