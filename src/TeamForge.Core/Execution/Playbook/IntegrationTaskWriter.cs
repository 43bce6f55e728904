using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TeamForge.Integration;

namespace TeamForge.Execution
{
    /// <summary>
    /// Writes the integrating task's output from the upstream outputs: Scope, Summary by
    /// domain, Integration points, Open decisions, Conflicts, Roadmap and Uncovered.
    /// </summary>
    internal static class IntegrationTaskWriter
    {
        public static string Write(TaskContext context)
        {
            var outputs = Outputs(context);
            var decisions = DecisionGrouper.Group(
                outputs.SelectMany(output =>
                    output.Decisions.Select(decision =>
                        decision.RaisedByTask(decision.RaisedBy ?? output.Label)
                    )
                )
            );
            var index = new SkillIndex(context.Library);
            Func<string, bool> rare = index.Count > 0 ? index.IsRare : (Func<string, bool>)null;
            var conflicts = ConflictFinder.Find(outputs, decisions, context.Team, context.Library);
            var points = IntegrationPointFinder.Find(
                outputs,
                rare,
                context.Team,
                context.Library,
                ConflictFinder.SkillsInConflict(outputs)
            );

            var markdown = new MarkdownBuilder();
            WriteScope(markdown, context, outputs);
            WriteSummaries(markdown, outputs);
            WritePoints(markdown, points);
            WriteDecisions(markdown, decisions);
            WriteConflicts(markdown, conflicts);
            WriteRoadmap(markdown, RoadmapPlanner.Plan(outputs));
            WriteUncovered(markdown, outputs);
            return markdown.ToString();
        }

        private static List<DomainOutput> Outputs(TaskContext context)
        {
            var inputs = context.Inputs ?? new TaskInput[0];
            var waves = inputs
                .Select(input => Wave(context.Team, input.TaskName, new HashSet<string>()))
                .ToList();
            var first = waves.Count == 0 ? 0 : waves.Min();
            return inputs
                .Select(
                    (input, i) =>
                        DomainOutputReader.Read(
                            input.TaskName,
                            input.Member,
                            input.Role,
                            waves[i] - first,
                            input.Output
                        )
                )
                .ToList();
        }

        // The task's depth in the team's task graph; unknown tasks (and cycles) count as 0.
        private static int Wave(TeamDefinition team, string taskName, HashSet<string> seen)
        {
            var task = team?.Tasks?.FirstOrDefault(t =>
                string.Equals(t.Name, taskName, StringComparison.Ordinal)
            );
            if (
                task == null
                || task.BlockedBy == null
                || task.BlockedBy.Length == 0
                || !seen.Add(taskName)
            )
            {
                return 0;
            }

            return 1
                + task.BlockedBy.Max(blocker => Wave(team, blocker, new HashSet<string>(seen)));
        }

        private static void WriteScope(
            MarkdownBuilder markdown,
            TaskContext context,
            List<DomainOutput> outputs
        )
        {
            ScopeBullets.WriteRequestAndTask(markdown, context);
            var role = ConcernExtractor.Role(context);
            var agent = ConcernExtractor.AgentId(context);
            markdown.Bullet(
                "Member: "
                    + (agent == null ? "an unnamed member" : $"`{agent}`")
                    + (string.IsNullOrWhiteSpace(role) ? "" : $" ({role})")
            );
            var structured = outputs.Count(output => output.IsStructured);
            markdown.Bullet(
                outputs.Count == 0
                    ? "Inputs: none were given, so there is nothing to merge."
                    : $"Inputs: {outputs.Count} upstream output(s), {structured} in the "
                        + $"playbook's sections and {outputs.Count - structured} as other text: "
                        + string.Join(", ", outputs.Select(output => $"`{output.TaskName}`"))
                        + "."
            );

            markdown.Paragraph("Concerns:");
            var number = 1;
            foreach (var concern in ConcernExtractor.Extract(context))
            {
                markdown.Numbered(number++, concern.Text);
            }
        }

        // One row per domain: the concerns, decisions and uncovered items are each listed
        // once elsewhere (roadmap, Open decisions, Uncovered), so here they are counted.
        private static void WriteSummaries(MarkdownBuilder markdown, List<DomainOutput> outputs)
        {
            markdown.Heading(2, DesignHeadings.SummaryByDomain);
            if (outputs.Count == 0)
            {
                markdown.Paragraph("None.");
                return;
            }

            var rows = new List<string>
            {
                "| Task | Member | Concerns | Skills | Open decisions |",
                "| --- | --- | --- | --- | --- |",
            };
            foreach (var output in outputs)
            {
                var member = output.Member ?? "-";
                if (!string.IsNullOrWhiteSpace(output.Role))
                {
                    member += $" ({output.Role})";
                }

                var skills = output
                    .Concerns.SelectMany(concern => concern.Skills)
                    .Distinct(StringComparer.OrdinalIgnoreCase)
                    .Select(skill => $"`{skill}`")
                    .ToList();
                var cells = output.IsStructured
                    ? new[]
                    {
                        Counted(output),
                        skills.Count == 0 ? "none" : string.Join(", ", skills),
                        output.Decisions.Count.ToString(CultureInfo.InvariantCulture),
                    }
                    : new[]
                    {
                        string.IsNullOrEmpty(output.Summary)
                            ? "Summary: (empty output)"
                            : "Summary: " + output.Summary,
                        "-",
                        "-",
                    };
                var row = new[] { $"`{output.TaskName}`", member }.Concat(cells).Select(Cell);
                rows.Add("| " + string.Join(" | ", row) + " |");
            }

            markdown.Raw(string.Join("\n", rows));
        }

        private static string Cell(string text)
        {
            return MarkdownText.Collapse(text ?? "").Replace("|", "\\|");
        }

        private static string Counted(DomainOutput output)
        {
            var count = output.Concerns.Count;
            var uncovered = output.Uncovered.Count;
            if (count == 0)
            {
                return "none";
            }

            return uncovered == 0
                ? $"{count}, each with skill material"
                : $"{count}, {uncovered} without a fitting skill";
        }

        private static void WritePoints(MarkdownBuilder markdown, List<IntegrationPoint> points)
        {
            WriteBullets(
                markdown,
                DesignHeadings.IntegrationPoints,
                points.Select(point => point.Render()).ToList(),
                "None found: no domain term, skill or distinctive word of one domain's "
                    + "concerns appears in another domain."
            );
        }

        private static void WriteDecisions(MarkdownBuilder markdown, List<DecisionGroup> groups)
        {
            markdown.Heading(2, DesignHeadings.OpenDecisions);
            if (groups.Count == 0)
            {
                markdown.Paragraph("None.");
                return;
            }

            foreach (var group in groups)
            {
                var decisions = group.Agree
                    ? new[] { group.Merged() }
                    : group.Decisions.ToArray();
                foreach (var decision in decisions)
                {
                    markdown.Bullet(OpenDecisionFormat.Render(decision));
                }
            }
        }

        private static void WriteConflicts(MarkdownBuilder markdown, List<string> conflicts)
        {
            WriteBullets(
                markdown,
                DesignHeadings.Conflicts,
                conflicts,
                "None found. The playbook compares decisions and skills across domains; "
                    + "it cannot judge the designs themselves."
            );
        }

        // A section of bullets, or one paragraph that says honestly why there are none.
        private static void WriteBullets(
            MarkdownBuilder markdown,
            string heading,
            List<string> items,
            string whenNone
        )
        {
            markdown.Heading(2, heading);
            if (items.Count == 0)
            {
                markdown.Paragraph(whenNone);
                return;
            }

            foreach (var item in items)
            {
                markdown.Bullet(item);
            }
        }

        private static void WriteRoadmap(MarkdownBuilder markdown, List<RoadmapPhase> phases)
        {
            markdown.Heading(2, DesignHeadings.Roadmap);
            if (phases.Count == 0)
            {
                markdown.Paragraph("None: no upstream work to order.");
                return;
            }

            foreach (var phase in phases)
            {
                markdown.Heading(3, phase.Name);
                foreach (var item in phase.Items)
                {
                    markdown.Bullet(item);
                }
            }
        }

        private static void WriteUncovered(MarkdownBuilder markdown, List<DomainOutput> outputs)
        {
            markdown.Heading(2, DesignHeadings.Uncovered);
            var uncovered = outputs
                .SelectMany(output => output.Uncovered.Select(concern => (concern, output)))
                .ToList();
            if (uncovered.Count == 0)
            {
                markdown.Paragraph("None.");
                return;
            }

            foreach (var (concern, output) in uncovered)
            {
                markdown.Bullet($"**{concern}**: uncovered in {output.Label}");
            }
        }
    }
}
