using System;
using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Execution
{
    /// <summary>
    /// Gathers what a task must address: the member's lines of the team file's task
    /// decomposition, then the items of the task description those lines do not already say.
    /// </summary>
    internal static class ConcernExtractor
    {
        public const string DescriptionOrigin = "task description";

        public static List<Concern> Extract(TaskContext context)
        {
            var concerns = new List<Concern>();
            foreach (var group in ChooseGroups(context))
            {
                foreach (var item in group.Items)
                {
                    Add(concerns, new Concern(item, "team file, " + group.Heading));
                }
            }

            var bullets = concerns.ToList();
            foreach (var item in DescriptionSplitter.Split(Description(context)))
            {
                var concern = new Concern(item, DescriptionOrigin);
                if (!bullets.Any(bullet => Covers(bullet, concern) || Repeats(bullet, concern)))
                {
                    Add(concerns, concern);
                }
            }

            if (concerns.Count == 0 && context.TaskName != null)
            {
                Add(concerns, new Concern(context.TaskName.Replace('-', ' '), "task name"));
            }

            return concerns;
        }

        public static string Description(TaskContext context)
        {
            return context.Task?.Description ?? context.Task?.Source?.Description;
        }

        public static string AgentId(TaskContext context)
        {
            return context.Task?.AgentId ?? context.Member?.Agent ?? context.Agent?.Name;
        }

        public static string Role(TaskContext context)
        {
            return context.Task?.Role ?? context.Member?.Role;
        }

        /// <summary>
        /// True when a bullet already says everything an item says: every topic term of the
        /// item is among the bullet's ("Kubernetes clusters" is covered by "Design Kubernetes
        /// cluster architecture (namespaces, ...)").
        /// </summary>
        private static bool Covers(Concern bullet, Concern item)
        {
            var terms = new HashSet<string>(bullet.Terms, StringComparer.Ordinal);
            return item.Terms.Count > 0 && item.Terms.All(terms.Contains);
        }

        /// <summary>
        /// True when a bullet says what the item says in other word forms ("Order the build
        /// into a phased roadmap" after "Orders the work into phases, ...").
        /// </summary>
        private static bool Repeats(Concern bullet, Concern item)
        {
            return ConcernOverlap.Repeats(item.Text, bullet.Text);
        }

        private static void Add(List<Concern> concerns, Concern concern)
        {
            var terms = new HashSet<string>(concern.Terms, StringComparer.Ordinal);
            if (!concerns.Any(known => terms.SetEquals(known.Terms)))
            {
                concerns.Add(concern);
            }
        }

        // A member with one domain task gets its explicit lines (or, lacking those, the lines
        // under headings naming it); integration headings go to its integrating task. With
        // several domain tasks, groups pair with tasks in file order when the counts agree,
        // else each group goes to the task whose words it shares most.
        private static IEnumerable<BulletGroup> ChooseGroups(TaskContext context)
        {
            var groups = TaskDecompositionReader.Read(
                context.Team,
                AgentId(context),
                Role(context)
            );
            if (context.Task?.IsIntegration == true)
            {
                return groups.Where(group => group.IsIntegration);
            }

            var candidates = groups.Where(group => !group.IsIntegration).ToList();
            var tasks = DomainTasksOfMember(context);
            var index = tasks.FindIndex(task =>
                string.Equals(
                    task.Name,
                    context.Task?.Source?.Name ?? context.TaskName,
                    StringComparison.Ordinal
                )
            );
            if (tasks.Count <= 1 || index < 0)
            {
                var explicitGroups = candidates.Where(group => group.IsExplicit).ToList();
                return explicitGroups.Count > 0 ? explicitGroups : candidates;
            }

            if (tasks.Count == candidates.Count)
            {
                return new[] { candidates[index] };
            }

            return candidates.Where(group => BestTask(group, tasks) == index);
        }

        private static List<TeamTask> DomainTasksOfMember(TaskContext context)
        {
            var names = new MemberNames(AgentId(context), Role(context));
            return (context.Team?.Tasks ?? new TeamTask[0])
                .Where(task => task.Assignee != null && names.Are(task.Assignee))
                .Where(task =>
                    !TaskDecompositionReader.IsIntegrationText(
                        task.Name + " " + task.Description
                    )
                )
                .ToList();
        }

        private static int BestTask(BulletGroup group, List<TeamTask> tasks)
        {
            var groupTerms = new HashSet<string>(
                TextTokenizer.QueryTerms(group.Heading + " " + string.Join(" ", group.Items)),
                StringComparer.Ordinal
            );
            var best = 0;
            var bestOverlap = -1;
            for (var i = 0; i < tasks.Count; i++)
            {
                var overlap = TextTokenizer
                    .QueryTerms(tasks[i].Name + " " + tasks[i].Description)
                    .Distinct()
                    .Count(groupTerms.Contains);
                if (overlap > bestOverlap)
                {
                    best = i;
                    bestOverlap = overlap;
                }
            }

            return best;
        }
    }
}
