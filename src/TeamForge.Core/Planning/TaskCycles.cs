using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Planning
{
    /// <summary>
    /// Finds the cycles of a team file's blocked_by graph by a depth-first walk.
    /// </summary>
    internal sealed class TaskCycles
    {
        private readonly Dictionary<TeamTask, List<TeamTask>> edges;
        private readonly HashSet<TeamTask> done = new HashSet<TeamTask>();
        private readonly List<TeamTask> path = new List<TeamTask>();
        private readonly HashSet<string> seen = new HashSet<string>();
        private readonly List<IReadOnlyList<TeamTask>> cycles =
            new List<IReadOnlyList<TeamTask>>();

        private TaskCycles(TeamDefinition team)
        {
            edges = Edges(team);
        }

        /// <summary>
        /// Each cycle once, as the tasks along it with the first repeated at the end
        /// (a waits on b, b waits on a: a, b, a). A task that waits on itself is left to its
        /// own check, and names that are no task are ignored here.
        /// </summary>
        public static IReadOnlyList<IReadOnlyList<TeamTask>> Find(TeamDefinition team)
        {
            var search = new TaskCycles(team);
            foreach (var task in TaskDependencies.Tasks(team))
            {
                search.Visit(task);
            }

            return search.cycles;
        }

        private void Visit(TeamTask task)
        {
            if (done.Contains(task))
            {
                return;
            }

            var onPath = path.IndexOf(task);
            if (onPath >= 0)
            {
                Record(path.Skip(onPath).Concat(new[] { task }).ToList());
                return;
            }

            path.Add(task);
            foreach (var next in edges[task])
            {
                Visit(next);
            }

            path.RemoveAt(path.Count - 1);
            done.Add(task);
        }

        private void Record(IReadOnlyList<TeamTask> cycle)
        {
            var key = string.Join("\n", cycle.Skip(1).Select(t => t.Name).OrderBy(n => n));
            if (seen.Add(key))
            {
                cycles.Add(cycle);
            }
        }

        private static Dictionary<TeamTask, List<TeamTask>> Edges(TeamDefinition team)
        {
            var tasks = TaskDependencies.Tasks(team);
            var edges = new Dictionary<TeamTask, List<TeamTask>>();
            for (var i = 0; i < tasks.Count; i++)
            {
                var task = tasks[i];
                edges[task] = TaskDependencies.BlockedBy(team, i)
                    .Select(name => tasks.FirstOrDefault(t => Names.Same(t.Name, name)))
                    .Where(upstream => upstream != null && !Names.Same(upstream.Name, task.Name))
                    .ToList();
            }

            return edges;
        }
    }
}
