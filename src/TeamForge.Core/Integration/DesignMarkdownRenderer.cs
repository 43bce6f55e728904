using System.Linq;

namespace TeamForge.Integration
{
    /// <summary>
    /// Writes a team design as one Markdown document: "# Team design", the request, the
    /// integrated design, one "##" section per task (domain tasks first), Integration
    /// points, Open decisions, Roadmap, Missing, and the Timeline as a table and a Mermaid
    /// gantt chart. Embedded outputs have their headings moved below their section's.
    /// </summary>
    public static class DesignMarkdownRenderer
    {
        /// <summary>Embedded outputs start at this heading level, under a "##" section.</summary>
        private const int EmbeddedLevel = 3;

        private static readonly string[] RenderedApart =
        {
            DesignHeadings.IntegrationPoints,
            DesignHeadings.OpenDecisions,
            DesignHeadings.Roadmap,
        };

        public static string Render(TeamDesign design)
        {
            if (design == null)
            {
                throw new System.ArgumentNullException(nameof(design));
            }

            var markdown = new MarkdownBuilder();
            WriteHeader(markdown, design);
            WriteIntegration(markdown, design);
            WriteSections(markdown, design);
            WriteList(
                markdown,
                DesignHeadings.IntegrationPoints,
                design.IntegrationPoints,
                "None found."
            );
            WriteList(markdown, DesignHeadings.OpenDecisions, design.OpenDecisions, "None.");
            WriteRoadmap(markdown, design);
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
        }

        // The integrating output without the parts the design lists itself further down.
        private static void WriteIntegration(MarkdownBuilder markdown, TeamDesign design)
        {
            if (design.Integration == null)
            {
                return;
            }

            markdown.Heading(2, "Integrated design");
            var outline = MarkdownOutline.Parse(design.Integration);
            var text = outline.Source;
            var apart = outline
                .Sections.Where(section =>
                    RenderedApart.Any(title =>
                        string.Equals(
                            section.Title.Trim(),
                            title,
                            System.StringComparison.OrdinalIgnoreCase
                        )
                    )
                )
                .Where(section => section.Level == outline.Sections.Min(s => s.Level))
                .OrderByDescending(section => section.Start);
            foreach (var section in apart)
            {
                text = text.Remove(section.Start, section.End - section.Start);
            }

            WriteEmbedded(markdown, text, "The integrating task wrote nothing else.");
        }

        private static void WriteSections(MarkdownBuilder markdown, TeamDesign design)
        {
            foreach (var section in design.Sections ?? new DesignSection[0])
            {
                markdown.Heading(2, section.Title);
                var role = string.IsNullOrWhiteSpace(section.Role)
                    ? ""
                    : $"Role: {section.Role}. ";
                markdown.Paragraph($"{role}Status: {section.Status}.");
                if (
                    section.IsIntegration
                    && section.Status == TaskResultStatus.Succeeded
                    && design.Integration != null
                )
                {
                    markdown.Paragraph("Its output is the integrated design above.");
                    continue;
                }

                WriteEmbedded(markdown, section.Text, "(no output)");
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
            markdown.Raw(TimelineWriter.Gantt($"Run {design.RunId}", entries));
        }
    }
}
