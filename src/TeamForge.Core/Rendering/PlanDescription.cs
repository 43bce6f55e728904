using System.Collections.Generic;
using System.Linq;
using System.Text;
using TeamForge.Library;
using TeamForge.Planning;

namespace TeamForge.Rendering
{
    /// <summary>
    /// A plan in words, for -WhatIf: each wave's tasks with the member and model that would
    /// do them and what they wait on, then the critical path.
    /// </summary>
    public static class PlanDescription
    {
        public static string Describe(TaskPlan plan, TeamLibrary library)
        {
            var text = new StringBuilder();
            text.AppendLine($"Team '{plan.Team.Name}': {plan.Tasks.Count} tasks in " +
                $"{plan.Waves.Count} waves.");
            var byName = plan.Tasks.ToDictionary(task => task.Name);
            for (var wave = 0; wave < plan.Waves.Count; wave++)
            {
                text.AppendLine($"Wave {wave + 1}:");
                foreach (var name in plan.Waves[wave])
                {
                    text.AppendLine("  " + DescribeTask(byName[name], library));
                }
            }

            text.Append("Critical path: ").Append(string.Join(" -> ", plan.CriticalPath));
            return text.ToString();
        }

        private static string DescribeTask(PlannedTask task, TeamLibrary library)
        {
            if (task.RunLevelReason != null)
            {
                return $"{task.Name}: not run by a member ({task.RunLevelReason})";
            }

            var model = library?.FindAgent(task.AgentId)?.Model ?? "no model named";
            var waits = task.DependsOn.Count == 0
                ? "waits on nothing"
                : "waits on " + string.Join(", ", task.DependsOn);
            var integration = task.IsIntegration ? ", integrates the others" : string.Empty;
            return $"{task.Name}: {task.AgentId} ({task.Role}), model {model}; " +
                $"{waits}{integration}";
        }
    }
}
