using System.Linq;
using TeamForge.Planning;

namespace TeamForge.Store
{
    /// <summary>One task of a run's plan as run.json keeps it.</summary>
    public sealed class PlanEntry
    {
        public string Name { get; set; }

        /// <summary>The agent id of the member who does the task.</summary>
        public string Member { get; set; }

        public string Role { get; set; }

        public string[] DependsOn { get; set; } = new string[0];

        public int Wave { get; set; }

        public bool IsIntegration { get; set; }

        public static PlanEntry From(PlannedTask task)
        {
            return new PlanEntry
            {
                Name = task.Name,
                Member = task.AgentId,
                Role = task.Role,
                DependsOn = task.DependsOn.ToArray(),
                Wave = task.Wave,
                IsIntegration = task.IsIntegration,
            };
        }

        public override string ToString() => Name;
    }
}
