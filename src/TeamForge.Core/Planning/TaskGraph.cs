using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Planning
{
    /// <summary>
    /// Orders expanded tasks into waves and finds the critical path and the integration task.
    /// The tasks are known to form a graph without cycles whose dependencies all exist.
    /// </summary>
    internal static class TaskGraph
    {
        public static TaskPlan Build(TeamDefinition team, IReadOnlyList<PlannedTask> fileOrder)
        {
            AssignWaves(fileOrder);

            var tasks = fileOrder.OrderBy(task => task.Wave).ToList();
            var waves = tasks.GroupBy(task => task.Wave)
                .Select(wave => (IReadOnlyList<string>)wave.Select(t => t.Name).ToList())
                .ToList();

            MarkIntegration(team, tasks);

            return new TaskPlan
            {
                Team = team,
                Tasks = tasks,
                Waves = waves,
                CriticalPath = CriticalPath(tasks),
            };
        }

        private static void AssignWaves(IReadOnlyList<PlannedTask> tasks)
        {
            var byName = tasks.ToDictionary(task => task.Name, Names.Comparer);
            var waves = new Dictionary<string, int>(Names.Comparer);

            int WaveOf(PlannedTask task)
            {
                if (!waves.TryGetValue(task.Name, out var wave))
                {
                    wave = task.DependsOn.Select(name => WaveOf(byName[name]) + 1)
                        .DefaultIfEmpty(0)
                        .Max();
                    waves[task.Name] = wave;
                }

                return wave;
            }

            foreach (var task in tasks)
            {
                task.Wave = WaveOf(task);
            }
        }

        /// <summary>The longest chain; of equal chains, the one whose tasks come first.</summary>
        private static IReadOnlyList<string> CriticalPath(IReadOnlyList<PlannedTask> tasks)
        {
            var order = tasks.Select((task, index) => (task.Name, index))
                .ToDictionary(pair => pair.Name, pair => pair.index, Names.Comparer);
            var length = new Dictionary<string, int>(Names.Comparer);
            var previous = new Dictionary<string, string>(Names.Comparer);
            foreach (var task in tasks)
            {
                var longest = task.DependsOn
                    .OrderByDescending(name => length[name])
                    .ThenBy(name => order[name])
                    .FirstOrDefault();
                length[task.Name] = longest == null ? 1 : length[longest] + 1;
                previous[task.Name] = longest;
            }

            var path = new List<string>();
            var end = tasks.OrderByDescending(task => length[task.Name]).FirstOrDefault()?.Name;
            for (var name = end; name != null; name = previous[name])
            {
                path.Insert(0, name);
            }

            return path;
        }

        /// <summary>
        /// The integration task is the lead's task that every other task a member does
        /// leads to: the lead's terminal task. In a graph without cycles at most one task can
        /// be reached from all the others.
        /// </summary>
        private static void MarkIntegration(TeamDefinition team, IReadOnlyList<PlannedTask> tasks)
        {
            var upstream = new Dictionary<string, HashSet<string>>(Names.Comparer);
            foreach (var task in tasks)
            {
                var reached = new HashSet<string>(task.DependsOn, Names.Comparer);
                foreach (var name in task.DependsOn)
                {
                    reached.UnionWith(upstream[name]);
                }

                upstream[task.Name] = reached;
            }

            var memberTasks = tasks.Where(task => task.RunLevelReason == null).ToList();
            var integration = memberTasks.LastOrDefault(candidate =>
                Names.Same(candidate.AgentId, team.Lead)
                && memberTasks.All(other =>
                    other == candidate || upstream[candidate.Name].Contains(other.Name)))
                ?? FindWidestLeadJoin(team, memberTasks, upstream);
            if (integration != null)
            {
                integration.IsIntegration = true;
            }
        }
    
        // A lead whose own first task stands apart (it plans while others work) still merges
        // at its terminal join: the lead's task that waits on others, that no member task
        // waits on, and that reaches the most tasks.
        private static PlannedTask FindWidestLeadJoin(
            TeamDefinition team, IReadOnlyList<PlannedTask> memberTasks,
            IDictionary<string, HashSet<string>> upstream)
        {
            var waitedOn = new HashSet<string>(
                memberTasks.SelectMany(task => task.DependsOn), Names.Comparer);
            return memberTasks
                .Where(task => Names.Same(task.AgentId, team.Lead)
                    && task.DependsOn.Count > 1
                    && !waitedOn.Contains(task.Name))
                .OrderByDescending(task => upstream[task.Name].Count)
                .FirstOrDefault();
        }
    }
}
