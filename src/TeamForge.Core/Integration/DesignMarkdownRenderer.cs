using System.Linq;
using TeamForge.Execution;

using TeamForge.Rendering;

namespace TeamForge.Integration
{
    /// <summary>
    /// Writes a team design as one Markdown document, what a reader acts on first: the title
    /// and request with a short summary; Integration points, Open decisions and the Roadmap;
    /// the integrating task's own section (its scope, the summary by domain, conflicts,
    /// uncovered); one "##" section per domain task in plan order; Missing; and the Timeline
    /// as a table and a Mermaid gantt chart. Embedded outputs have their headings moved below
    /// their section's and lose what the document already says once (see
    /// <see cref="EmbeddedOutput"/>).
    /// </summary>
    public static class DesignMarkdownRenderer
    {
        /// <summary>Embedded outputs start at this heading level, under a "##" section.</summary>
        private const int EmbeddedLevel = 3;

        public static string Render(TeamDesign design)
        {
            if (design == null)
            {
                throw new System.ArgumentNullException(nameof(design));
            }

            var markdown = new MarkdownBuilder();
            WriteHeader(markdown, design);
            WriteList(
                markdown,
                DesignHeadings.IntegrationPoints,
                design.IntegrationPoints,
                "None found."
            );
            WriteList(markdown, DesignHeadings.OpenDecisions, design.OpenDecisions, "None.");
            WriteRoadmap(markdown, design);
            WriteSections(markdown, design, integrating: true);
            WriteSections(markdown, design, integrating: false);
            WriteMissing(markdown, design);
            WriteTimeline(markdown, design);
            return markdown.ToString();
        }

        private static void WriteHeader(MarkdownBuilder markdown, TeamDesign design)
        {
            markdown.Heading(1, $"{design.Team ?? "Team"} design");
            markdown.Bullet(
                "Request: "
                    + (
                        string.IsNullOrWhiteSpace(design.Request)
                            ? "(none given)"
                            : design.Request
                    )
            );
            markdown.Bullet($"Run: `{design.RunId}`");
            var sections = design.Sections ?? new DesignSection[0];
            var succeeded = sections.Count(section =>
                section.Status == TaskResultStatus.Succeeded
            );
            markdown.Bullet($"Tasks: {succeeded} of {sections.Length} succeeded.");
            var decisions = design.OpenDecisions?.Length ?? 0;
            var missing = design.Missing?.Length ?? 0;
            markdown.Bullet(
                $"Open decisions: {decisions}; integration points: "
                    + $"{design.IntegrationPoints?.Length ?? 0}"
                    + (missing == 0 ? "." : $"; {missing} gap(s) listed under Missing.")
            );
            WriteUsage(markdown, design);
        }

        // One line, and only when a task counted tokens or reported a cost: a run on the
        // playbook calls no model, and says nothing of usage.
        private static void WriteUsage(MarkdownBuilder markdown, TeamDesign design)
        {
            var usage = new UsageTotals(
                design.InputTokens, design.OutputTokens, design.CachedTokens, design.Cost,
                design.UnpricedTasks);
            if (usage.Any)
            {
                markdown.Bullet($"Usage: {usage.Describe()}.");
            }
        }

        // The integrating task's section first, with its output when it succeeded; then the
        // domain tasks. A task's output already said above is not said again.
        private static void WriteSections(
            MarkdownBuilder markdown,
            TeamDesign design,
            bool integrating
        )
        {
            var sections = (design.Sections ?? new DesignSection[0])
                .Where(section => section.IsIntegration == integrating);
            foreach (var section in sections)
            {
                markdown.Heading(2, section.Title);
                var role = string.IsNullOrWhiteSpace(section.Role)
                    ? ""
                    : $"Role: {section.Role}. ";
                var edited = section.EditedByHand
                    ? " Its output was edited by hand after the run."
                    : "";
                markdown.Paragraph($"{role}Status: {section.Status}.{edited}");
                var text = section.Status == TaskResultStatus.Succeeded
                    ? EmbeddedOutput.Trim(section.Text, design, section.IsIntegration)
                    : section.Text;
                WriteEmbedded(markdown, text, "(no output)");
            }
        }

        private static void WriteEmbedded(
            MarkdownBuilder markdown,
            string text,
            string whenEmpty
        )
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                markdown.Paragraph(whenEmpty);
                return;
            }

            markdown.Raw(HeadingShifter.Shift(text, EmbeddedLevel).Trim('\n'));
        }

        private static void WriteList(
            MarkdownBuilder markdown,
            string heading,
            string[] items,
            string whenEmpty
        )
        {
            markdown.Heading(2, heading);
            if (items == null || items.Length == 0)
            {
                markdown.Paragraph(whenEmpty);
                return;
            }

            foreach (var item in items)
            {
                markdown.Bullet(item);
            }
        }

        private static void WriteRoadmap(MarkdownBuilder markdown, TeamDesign design)
        {
            markdown.Heading(2, DesignHeadings.Roadmap);
            var phases = design.Roadmap ?? new RoadmapPhase[0];
            if (phases.Length == 0)
            {
                markdown.Paragraph("None.");
                return;
            }

            foreach (var phase in phases)
            {
                markdown.Heading(3, phase.Name);
                foreach (var item in phase.Items ?? new string[0])
                {
                    markdown.Bullet(item);
                }
            }
        }

        private static void WriteMissing(MarkdownBuilder markdown, TeamDesign design)
        {
            markdown.Heading(2, "Missing");
            var present = (design.Sections ?? new DesignSection[0])
                .Where(section => section.Status == TaskResultStatus.Succeeded)
                .Select(section => $"`{section.TaskName}`")
                .ToList();
            markdown.Paragraph(
                present.Count == 0
                    ? "No task produced a section."
                    : "Present: " + string.Join(", ", present) + "."
            );
            if (design.Missing == null || design.Missing.Length == 0)
            {
                markdown.Paragraph("Nothing is missing.");
                return;
            }

            foreach (var item in design.Missing)
            {
                markdown.Bullet(item);
            }
        }

        private static void WriteTimeline(MarkdownBuilder markdown, TeamDesign design)
        {
            markdown.Heading(2, "Timeline");
            var entries = design.Timeline ?? new TimelineEntry[0];
            if (entries.Length == 0)
            {
                markdown.Paragraph("No task ran.");
                return;
            }

            markdown.Raw(TimelineWriter.Table(entries));
            markdown.Raw(RunTimelineText.Gantt($"Run {design.RunId}", entries));
        }
    }
}
