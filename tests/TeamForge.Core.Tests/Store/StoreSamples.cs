using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TeamForge.Store;

namespace TeamForge.Tests.Store
{
    /// <summary>Snapshots and results for store tests, and looks at a run's files.</summary>
    internal static class StoreSamples
    {
        public static readonly DateTimeOffset Start =
            new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero).AddTicks(5897932);

        public static RunSnapshot Snapshot(string runId, params string[] tasks)
        {
            return new RunSnapshot
            {
                RunId = runId,
                Team = "bakery",
                TeamPath = "/teams/bakery.md",
                TeamHash = new string('a', 64),
                Request = "Plan the \"spring\" menu <draft>",
                Provider = "playbook",
                Options = new SortedDictionary<string, string>
                {
                    ["throttleLimit"] = "4",
                    ["maxAttempts"] = "3",
                },
                StartTime = Start,
                Plan = tasks.Select((name, index) => new PlanEntry
                {
                    Name = name,
                    Member = "baker",
                    Role = "Baker",
                    DependsOn = index == 0 ? new string[0] : new[] { tasks[index - 1] },
                    Wave = index,
                    IsIntegration = index == tasks.Length - 1,
                }).ToArray(),
            };
        }

        public static TaskResult Result(
            string task, TaskResultStatus status, string output, string error = null)
        {
            return new TaskResult
            {
                RunId = "run-1",
                Team = "bakery",
                TaskName = task,
                Member = "baker",
                Role = "Baker",
                Status = status,
                StartTime = Start.AddMinutes(1),
                EndTime = Start.AddMinutes(2),
                Duration = TimeSpan.FromMinutes(1),
                Output = output,
                Error = error,
                Attempts = status == TaskResultStatus.Skipped ? 0 : 1,
                Provider = "playbook",
            };
        }

        public static string[] EventLines(string runFolder)
        {
            return File.ReadAllText(Path.Combine(runFolder, "events.jsonl"))
                .Split('\n')
                .Where(line => line.Length > 0)
                .ToArray();
        }

        public static string[] TemporaryFiles(string runFolder)
        {
            return Directory.GetFiles(runFolder, "*", SearchOption.AllDirectories)
                .Where(AtomicFile.IsTemporary)
                .ToArray();
        }
    }
}
