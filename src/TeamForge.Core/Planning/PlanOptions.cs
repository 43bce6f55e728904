using System;
using System.Collections.Generic;

namespace TeamForge.Planning
{
    /// <summary>What a run decides about a team that its file leaves open.</summary>
    public sealed class PlanOptions
    {
        /// <summary>
        /// Placeholder assignee (such as "any") to the agent id that does its tasks.
        /// </summary>
        public IDictionary<string, string> Bindings { get; set; } =
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// How many instances each variable member gets, instead of the team's default.
        /// </summary>
        public int? MemberCount { get; set; }
    }
}
