using System;
using System.Collections.Generic;
using System.Linq;
using TeamForge.Planning;

namespace TeamForge.Store
{
    /// <summary>
    /// What differs between the plan a run was started with and the plan its team file
    /// gives now, in words a person can check before resuming anyway.
    /// </summary>
    public static class PlanChanges
    {
        public static IReadOnlyList<string> Between(IEnumerable<PlanEntry> before, TaskPlan now)
        {
            var old = before.ToDictionary(entry => entry.Name, StringComparer.OrdinalIgnoreCase);
            var current = now.Tasks.ToDictionary(
                task => task.Name, StringComparer.OrdinalIgnoreCase);
            var changes = new List<string>();

            foreach (var name in current.Keys.Where(name => !old.ContainsKey(name)))
            {
                changes.Add($"task '{name}' is new");
            }

            foreach (var name in old.Keys.Where(name => !current.ContainsKey(name)))
            {
                changes.Add($"task '{name}' is gone");
            }

            foreach (var name in current.Keys.Where(old.ContainsKey))
            {
                var was = old[name];
                var task = current[name];
                if (!string.Equals(was.Member, task.AgentId, StringComparison.OrdinalIgnoreCase))
                {
                    changes.Add($"task '{name}' moved from '{was.Member}' to '{task.AgentId}'");
                }

                var waits = new HashSet<string>(was.DependsOn ?? new string[0],
                    StringComparer.OrdinalIgnoreCase);
                if (!waits.SetEquals(task.DependsOn))
                {
                    changes.Add($"task '{name}' now waits on " +
                        $"[{string.Join(", ", task.DependsOn)}], not [{string.Join(", ", waits)}]");
                }
            }

            return changes;
        }
    }
}
