using System.Collections.Generic;
using System.Linq;
using System.Text;
using TeamForge.Planning;

namespace TeamForge.Rendering
{
    /// <summary>
    /// The task graph of a plan as Mermaid or Graphviz DOT text: tasks grouped by wave,
    /// labelled with their member, edges from what a task waits on to the task, and the
    /// critical path drawn in bold.
    /// </summary>
    public static class TaskGraphText
    {
        public static string Mermaid(TaskPlan plan)
        {
            var ids = NodeIds(plan);
            var critical = CriticalEdges(plan);
            var text = new StringBuilder("flowchart LR\n");
            for (var wave = 0; wave < plan.Waves.Count; wave++)
            {
                text.Append($"    subgraph wave{wave}[\"Wave {wave}\"]\n");
                foreach (var task in plan.Tasks.Where(t => t.Wave == wave))
                {
                    text.Append($"        {ids[task.Name]}[\"{MermaidText(task.Name)}<br/>" +
                        $"{MermaidText(task.AgentId ?? "run-level")}\"]\n");
                }

                text.Append("    end\n");
            }

            var edge = 0;
            var criticalEdges = new List<int>();
            foreach (var task in plan.Tasks)
            {
                foreach (var upstream in task.DependsOn)
                {
                    text.Append($"    {ids[upstream]} --> {ids[task.Name]}\n");
                    if (critical.Contains((upstream, task.Name)))
                    {
                        criticalEdges.Add(edge);
                    }

                    edge++;
                }
            }

            foreach (var name in plan.CriticalPath)
            {
                text.Append($"    class {ids[name]} critical\n");
            }

            text.Append("    classDef critical stroke-width:3px\n");
            if (criticalEdges.Count > 0)
            {
                text.Append($"    linkStyle {string.Join(",", criticalEdges)} stroke-width:3px\n");
            }

            return text.ToString();
        }

        public static string Dot(TaskPlan plan)
        {
            var ids = NodeIds(plan);
            var critical = CriticalEdges(plan);
            var onPath = new HashSet<string>(plan.CriticalPath);
            var text = new StringBuilder($"digraph \"{DotText(plan.Team.Name)}\" {{\n");
            text.Append("    rankdir=LR;\n    node [shape=box];\n");
            for (var wave = 0; wave < plan.Waves.Count; wave++)
            {
                text.Append($"    subgraph cluster_wave{wave} {{\n");
                text.Append($"        label=\"Wave {wave}\";\n");
                foreach (var task in plan.Tasks.Where(t => t.Wave == wave))
                {
                    var bold = onPath.Contains(task.Name) ? ", style=bold" : string.Empty;
                    text.Append($"        {ids[task.Name]} [label=\"{DotText(task.Name)}\\n" +
                        $"{DotText(task.AgentId ?? "run-level")}\"{bold}];\n");
                }

                text.Append("    }\n");
            }

            foreach (var task in plan.Tasks)
            {
                foreach (var upstream in task.DependsOn)
                {
                    var bold = critical.Contains((upstream, task.Name))
                        ? " [style=bold]"
                        : string.Empty;
                    text.Append($"    {ids[upstream]} -> {ids[task.Name]}{bold};\n");
                }
            }

            return text.Append("}\n").ToString();
        }

        // Task names may hold characters neither syntax allows in an id.
        private static Dictionary<string, string> NodeIds(TaskPlan plan)
        {
            var ids = new Dictionary<string, string>();
            for (var index = 0; index < plan.Tasks.Count; index++)
            {
                ids[plan.Tasks[index].Name] = $"t{index + 1}";
            }

            return ids;
        }

        private static HashSet<(string, string)> CriticalEdges(TaskPlan plan)
        {
            var edges = new HashSet<(string, string)>();
            for (var index = 1; index < plan.CriticalPath.Count; index++)
            {
                edges.Add((plan.CriticalPath[index - 1], plan.CriticalPath[index]));
            }

            return edges;
        }

        private static string MermaidText(string text)
        {
            return (text ?? string.Empty).Replace("\"", "#quot;");
        }

        private static string DotText(string text)
        {
            return (text ?? string.Empty).Replace("\\", "\\\\").Replace("\"", "\\\"");
        }
    }
}
