using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using TeamForge.Integration;

namespace TeamForge.Rendering
{
    /// <summary>
    /// A run's timeline as a Mermaid gantt chart: the chart of the design's timeline, and
    /// what Export-TeamGraph -Format Gantt writes for a stored run.
    /// </summary>
    public static class RunTimelineText
    {
        private const string ChartTime = "yyyy-MM-dd HH:mm:ss.fff";
        private const string ChartDateFormat = "YYYY-MM-DD HH:mm:ss.SSS";

        /// <summary>
        /// The timeline of a run's results: start order, ties (and tasks that never
        /// started, last) by plan order.
        /// </summary>
        public static TimelineEntry[] Entries(IEnumerable<TaskResult> results)
        {
            // A result's own order: start time, unstarted last, ties by plan order.
            return results
                .OrderBy(result => result)
                .Select(result => new TimelineEntry
                {
                    TaskName = result.TaskName,
                    Member = result.Member,
                    Status = result.Status,
                    Start = result.StartTime,
                    End = result.EndTime,
                    Duration =
                        result.Duration == TimeSpan.Zero
                        && result.StartTime != null
                        && result.EndTime != null
                            ? result.EndTime.Value - result.StartTime.Value
                            : result.Duration,
                })
                .ToArray();
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

        internal static string Time(DateTimeOffset? time, string format)
        {
            return time == null
                ? "-"
                : time.Value.UtcDateTime.ToString(format, CultureInfo.InvariantCulture);
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
