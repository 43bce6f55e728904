using System.Linq;
using YamlDotNet.RepresentationModel;

namespace TeamForge.Parsing
{
    /// <summary>Reads the tasks of a CONFIG block and what each one waits on.</summary>
    internal static class TeamTaskReader
    {
        private static readonly string[] Known =
        {
            "name", "assignee", "description", "blocked_by",
        };

        /// <summary>The tasks; one without a name is reported and left out.</summary>
        public static TeamTask[] Read(YamlMap team, DiagnosticBag bag)
        {
            var value = team.Value("tasks");
            if (YamlValues.IsEmpty(value))
            {
                return new TeamTask[0];
            }

            if (!(value is YamlSequenceNode sequence))
            {
                bag.Error(
                    ParseCodes.ConfigYaml, team.LineOf("tasks"),
                    "'tasks' in the CONFIG block must be a list of tasks (- name: ...)");
                return new TeamTask[0];
            }

            return sequence.Children
                .Select(item => ReadTask(team, item, bag))
                .Where(task => task != null)
                .ToArray();
        }

        private static TeamTask ReadTask(YamlMap team, YamlNode item, DiagnosticBag bag)
        {
            var line = team.LineOf(item);
            var task = item is YamlMappingNode mapping ? team.Wrap(mapping) : null;
            var name = task?.Text("name");
            if (name == null)
            {
                bag.Error(
                    ParseCodes.TaskWithoutName, line,
                    "a task in the CONFIG block has no 'name', so nothing can wait on it " +
                    "and it cannot be run");
                return null;
            }

            var assignee = task.Value("assignee");
            if (assignee != null && !(assignee is YamlScalarNode))
            {
                // At the task's line, so that it comes before what follows from it (the
                // task then has no assignee at all).
                bag.Error(
                    ParseCodes.ConfigYaml, line,
                    $"task '{name}': 'assignee' must name one member (an agent id or a " +
                    "role), not a list or a map; give each member a task of its own");
            }

            return new TeamTask
            {
                Name = name,
                Assignee = task.Text("assignee"),
                Description = task.Text("description"),
                BlockedBy = task.List("blocked_by"),
                Extra = task.Extra(Known),
                Line = line,
            };
        }
    }
}
