using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

using TeamForge.Rendering;

namespace TeamForge.Integration
{
    /// <summary>
    /// Writes a run's timeline as a Markdown table; its chart is
    /// <see cref="Rendering.RunTimelineText.Gantt"/>, which Export-TeamGraph writes too.
    /// </summary>
    internal static class TimelineWriter
    {
        private const string TableTime = "yyyy-MM-dd HH:mm:ss.fff";

        public static string Table(IReadOnlyList<TimelineEntry> entries)
        {
            var lines = new List<string>
            {
                "| Member | Task | Start (UTC) | End (UTC) | Duration | Status |",
                "| --- | --- | --- | --- | --- | --- |",
            };
            foreach (var entry in entries)
            {
                lines.Add(
                    "| "
                        + string.Join(
                            " | ",
                            new[]
                            {
                                Cell(entry.Member ?? "-"),
                                Cell(entry.TaskName),
                                RunTimelineText.Time(entry.Start, TableTime),
                                RunTimelineText.Time(entry.End, TableTime),
                                entry.Duration.TotalSeconds.ToString(
                                    "0.000",
                                    CultureInfo.InvariantCulture
                                ) + " s",
                                entry.Status.ToString(),
                            }
                        )
                        + " |"
                );
            }

            return string.Join("\n", lines);
        }

        private static string Cell(string text)
        {
            return MarkdownText.Collapse(text ?? "").Replace("|", "\\|");
        }
    }
}
