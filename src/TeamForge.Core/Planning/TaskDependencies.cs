using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Planning
{
    /// <summary>What each task of a team file waits on, the implicit chain included.</summary>
    internal static class TaskDependencies
    {
        public static IReadOnlyList<TeamTask> Tasks(TeamDefinition team)
        {
            return team.Tasks ?? new TeamTask[0];
        }

        public static IReadOnlyList<TeamMember> Members(TeamDefinition team)
        {
            return team.Members ?? new TeamMember[0];
        }

        /// <summary>
        /// The names the task waits on. A sequential team that names no dependency at all
        /// means its list order: each task waits on the one before it.
        /// </summary>
        public static IReadOnlyList<string> BlockedBy(TeamDefinition team, int index)
        {
            var tasks = Tasks(team);
            if (IsImplicitChain(team))
            {
                return index == 0 ? new string[0] : new[] { tasks[index - 1].Name };
            }

            return (tasks[index].BlockedBy ?? new string[0])
                .Where(name => !string.IsNullOrWhiteSpace(name))
                .Select(name => name.Trim())
                .ToList();
        }

        public static bool IsWaitedOn(TeamDefinition team, TeamTask task)
        {
            var tasks = Tasks(team);
            return Enumerable.Range(0, tasks.Count)
                .Any(i => BlockedBy(team, i).Any(name => Names.Same(name, task.Name)));
        }

        public static int IndexOf(TeamDefinition team, TeamTask task)
        {
            var tasks = Tasks(team);
            for (var i = 0; i < tasks.Count; i++)
            {
                if (ReferenceEquals(tasks[i], task))
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool IsImplicitChain(TeamDefinition team)
        {
            return Names.Same(team.Coordination, "sequential")
                && Tasks(team).All(task => task.BlockedBy == null || task.BlockedBy.Length == 0);
        }
    }
}
