using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using TeamForge.Execution;

namespace TeamForge.Store
{
    /// <summary>
    /// Reads runs back from a run store. It never fails on what a killed writer leaves: a
    /// torn event line, a task whose result is not down yet, stray temporary files.
    /// </summary>
    public static class RunReader
    {
        /// <summary>
        /// Every run under <paramref name="runPath"/>, oldest first; folders that hold no
        /// readable run are left out. A missing run path has no runs.
        /// </summary>
        public static IReadOnlyList<TeamRun> List(string runPath)
        {
            if (runPath == null)
            {
                throw new ArgumentNullException(nameof(runPath));
            }

            if (!Directory.Exists(runPath))
            {
                return new TeamRun[0];
            }

            var runs = new List<TeamRun>();
            foreach (var folder in Directory.GetDirectories(runPath))
            {
                try
                {
                    runs.Add(Read(folder));
                }
                catch (RunStoreException)
                {
                    // Not a run, or one whose run.json was never written: nothing to list.
                }
            }

            return runs.OrderBy(run => run.StartTime)
                .ThenBy(run => run.Id, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>
        /// Reads one run. Throws <see cref="RunStoreException"/> when the folder has no
        /// readable run.json.
        /// </summary>
        public static TeamRun Read(string runFolder)
        {
            if (runFolder == null)
            {
                throw new ArgumentNullException(nameof(runFolder));
            }

            var folder = Path.GetFullPath(runFolder);
            var snapshot = ReadSnapshot(folder);
            var events = EventLog.Read(RunLayout.Events(folder));
            var run = new TeamRun
            {
                Id = snapshot.RunId,
                Team = snapshot.Team,
                Request = snapshot.Request,
                StartTime = snapshot.StartTime,
                Path = folder,
                TeamPath = snapshot.TeamPath,
                TeamHash = snapshot.TeamHash,
                Provider = snapshot.Provider,
                Options = new Dictionary<string, string>(
                    snapshot.Options ?? new Dictionary<string, string>()),
                Plan = snapshot.Plan ?? new PlanEntry[0],
                Events = events.ToArray(),
            };

            run.Tasks = run.Plan
                .Where(entry => entry?.Name != null)
                .Select(entry => TaskFiles.Read(folder, entry.Name))
                .Where(result => result != null)
                .ToArray();
            var usage = UsageTotals.Of(run.Tasks);
            run.InputTokens = usage.InputTokens;
            run.OutputTokens = usage.OutputTokens;
            run.CachedTokens = usage.CachedTokens;
            run.Cost = usage.Cost;
            SetState(run, events);
            return run;
        }

        internal static RunSnapshot ReadSnapshot(string folder)
        {
            var path = RunLayout.Snapshot(folder);
            RunSnapshot snapshot;
            try
            {
                snapshot = JsonSerializer.Deserialize<RunSnapshot>(
                    File.ReadAllBytes(path), StoreJson.Indented);
            }
            catch (Exception error) when (error is FileNotFoundException
                || error is DirectoryNotFoundException)
            {
                throw new RunStoreException(
                    folder, $"'{folder}' holds no run: it has no run.json.");
            }
            catch (Exception error) when (StoreJson.IsBadData(error)
                || error is IOException || error is UnauthorizedAccessException)
            {
                throw new RunStoreException(
                    folder, $"The run.json of '{folder}' cannot be read: {error.Message}");
            }

            if (snapshot == null || string.IsNullOrEmpty(snapshot.RunId))
            {
                throw new RunStoreException(folder, $"The run.json of '{folder}' has no run id.");
            }

            if (snapshot.FormatVersion > RunLayout.FormatVersion)
            {
                throw new RunStoreException(folder, $"The run in '{folder}' was stored in "
                    + $"format {snapshot.FormatVersion}; this TeamForge reads format "
                    + $"{RunLayout.FormatVersion}. Update TeamForge to read it.");
            }

            return snapshot;
        }

        /// <summary>The last event about the run as a whole decides its state.</summary>
        private static void SetState(TeamRun run, IReadOnlyList<RunEvent> events)
        {
            run.State = RunState.Running;
            RunEvent owner = null;
            foreach (var runEvent in events)
            {
                switch (runEvent.Type)
                {
                    case RunEventType.RunStarted:
                    case RunEventType.RunResumed:
                        run.State = RunState.Running;
                        run.EndTime = null;
                        owner = runEvent;
                        break;
                    case RunEventType.RunPaused:
                        run.State = RunState.Paused;
                        run.EndTime = runEvent.Time;
                        break;
                    case RunEventType.RunFinished:
                        run.State = runEvent.State ?? RunState.Failed;
                        run.EndTime = runEvent.Time;
                        break;
                }
            }

            run.Interrupted = run.State == RunState.Running && ProcessIdentity.IsGone(owner);
        }
    }
}
