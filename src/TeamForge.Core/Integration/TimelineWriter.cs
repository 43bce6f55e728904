using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace TeamForge.Integration
{
    /// <summary>
    /// Writes a run's timeline as a Markdown table and as a Mermaid gantt chart.
    /// </summary>
    internal static class TimelineWriter
    {
        private const string TableTime = "yyyy-MM-dd HH:mm:ss.fff";
        private const string ChartTime = "yyyy-MM-dd HH:mm:ss.fff";
        private const string ChartDateFormat = "YYYY-MM-DD HH:mm:ss.SSS";

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
                                Time(entry.Start, TableTime),
                                Time(entry.End, TableTime),
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

        /// <summary>
        /// A gantt chart with one section per member and one bar per task that ran; a task
        /// that never started (skipped, say) is named in a comment, as it has no bar.
        /// </summary>
        public static string Gantt(string title, IReadOnlyList<TimelineEntry> entries)
        {
            var chart = new StringBuilder();
            chart.Append("```mermaid\n");
            chart.Append("gantt\n");
            chart.Append("    title ").Append(ChartText(title)).Append('\n');
            chart.Append("    dateFormat ").Append(ChartDateFormat).Append('\n');
            chart.Append("    axisFormat %H:%M:%S\n");
            var members = entries
                .Select(entry => entry.Member ?? "run")
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var id = 0;
            foreach (var member in members)
            {
                chart.Append("    section ").Append(ChartText(member)).Append('\n');
                foreach (var entry in entries.Where(e => (e.Member ?? "run") == member))
                {
                    id++;
                    if (entry.Start == null)
                    {
                        chart
                            .Append("    %% ")
                            .Append(ChartText(entry.TaskName))
                            .Append(": ")
                            .Append(entry.Status.ToString().ToLowerInvariant())
                            .Append(", never started\n");
                        continue;
                    }

                    var end = entry.End ?? entry.Start.Value + entry.Duration;
                    chart
                        .Append("    ")
                        .Append(ChartText(entry.TaskName))
                        .Append(" :")
                        .Append(Tag(entry.Status))
                        .Append("t")
                        .Append(id.ToString(CultureInfo.InvariantCulture))
                        .Append(", ")
                        .Append(Time(entry.Start, ChartTime))
                        .Append(", ")
                        .Append(Time(end, ChartTime))
                        .Append('\n');
                }
            }

            chart.Append("```");
            return chart.ToString();
        }

        private static string Tag(TaskResultStatus status)
        {
            switch (status)
            {
                case TaskResultStatus.Succeeded:
                    return "done, ";
                case TaskResultStatus.Failed:
                case TaskResultStatus.Cancelled:
                    return "crit, ";
                default:
                    return "";
            }
        }

        private static string Time(DateTimeOffset? time, string format)
        {
            return time == null
                ? "-"
                : time.Value.UtcDateTime.ToString(format, CultureInfo.InvariantCulture);
        }

        private static string Cell(string text)
        {
            return MarkdownText.Collapse(text ?? "").Replace("|", "\\|");
        }

        // Mermaid reads ":" as the start of a task's data and "#" and ";" as breaks.
        private static string ChartText(string text)
        {
            var clean = MarkdownText.Collapse(text ?? "");
            foreach (var character in new[] { ':', '#', ';' })
            {
                clean = clean.Replace(character, ' ');
            }

            return MarkdownText.Collapse(clean);
        }
    }
}
