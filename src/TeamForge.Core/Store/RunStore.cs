using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace TeamForge.Store
{
    /// <summary>
    /// Writes one run to its folder as it goes, so that a crash loses no finished task:
    /// run.json when it starts, each task's output and result as it finishes, and one line
    /// of events.jsonl per event. Safe to call from several threads at once.
    /// </summary>
    /// <remarks>
    /// Limitation: one writer per run. Two stores open on the same folder at once (two
    /// processes continuing the same run) would both write its tasks.
    /// </remarks>
    public sealed class RunStore
    {
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);

        private readonly object gate = new object();
        private readonly StoreFiles files;

        private RunStore(string folder, RunSnapshot snapshot, StoreFiles files)
        {
            Folder = folder;
            Snapshot = snapshot;
            this.files = files;
        }

        /// <summary>The run's folder: the run path, then the run id as a safe file name.</summary>
        public string Folder { get; }

        public RunSnapshot Snapshot { get; }

        /// <summary>
        /// Starts a run's folder under <paramref name="runPath"/>: writes run.json and the
        /// run-started event. Throws <see cref="RunStoreException"/> when the run is there
        /// already.
        /// </summary>
        public static RunStore Create(string runPath, RunSnapshot snapshot)
        {
            return Create(runPath, snapshot, StoreFiles.Default);
        }

        /// <summary>
        /// Opens a run's folder to continue the run: cuts a torn last event line, removes
        /// the temporary files a killed writer left, and writes the run-resumed event. Read
        /// the run first (<see cref="RunReader.Read"/>) to know which tasks are done.
        /// </summary>
        public static RunStore Open(string runFolder)
        {
            return Open(runFolder, StoreFiles.Default);
        }

        /// <summary>The SHA-256 of a file's bytes, in lowercase hex.</summary>
        public static string HashFile(string path)
        {
            return Sha256.OfFile(path);
        }

        internal static RunStore Create(string runPath, RunSnapshot snapshot, StoreFiles files)
        {
            if (runPath == null)
            {
                throw new ArgumentNullException(nameof(runPath));
            }

            if (snapshot == null)
            {
                throw new ArgumentNullException(nameof(snapshot));
            }

            if (string.IsNullOrEmpty(snapshot.RunId))
            {
                throw new ArgumentException("The snapshot has no run id.", nameof(snapshot));
            }

            var folder = Path.Combine(Path.GetFullPath(runPath), SafeFileName.For(snapshot.RunId));
            if (File.Exists(RunLayout.Snapshot(folder)))
            {
                throw new RunStoreException(
                    folder, $"A run with id '{snapshot.RunId}' is already stored in '{folder}'.");
            }

            if (snapshot.StartTime == default)
            {
                snapshot.StartTime = DateTimeOffset.UtcNow;
            }

            // A folder without run.json is what a kill during an earlier Create leaves.
            Directory.CreateDirectory(RunLayout.Tasks(folder));
            RemoveTemporaryFiles(folder);
            var json = JsonSerializer.Serialize(snapshot, StoreJson.Indented) + "\n";
            files.WriteAtomic(RunLayout.Snapshot(folder), Utf8.GetBytes(json));

            var store = new RunStore(folder, snapshot, files);
            store.AppendOwned(RunEventType.RunStarted);
            return store;
        }

        internal static RunStore Open(string runFolder, StoreFiles files)
        {
            if (runFolder == null)
            {
                throw new ArgumentNullException(nameof(runFolder));
            }

            var folder = Path.GetFullPath(runFolder);
            var snapshot = RunReader.ReadSnapshot(folder);

            EventLog.CutTornLine(RunLayout.Events(folder));
            RemoveTemporaryFiles(folder);
            Directory.CreateDirectory(RunLayout.Tasks(folder));

            var store = new RunStore(folder, snapshot, files);
            store.AppendOwned(RunEventType.RunResumed);
            return store;
        }

        /// <summary>
        /// Writes run.json again with <see cref="Snapshot"/> as it now is: a resumed run that
        /// changes a setting kept for later resumes (its cost limit) records it.
        /// </summary>
        public void SaveSnapshot()
        {
            lock (gate)
            {
                var json = JsonSerializer.Serialize(Snapshot, StoreJson.Indented) + "\n";
                files.WriteAtomic(RunLayout.Snapshot(Folder), Utf8.GetBytes(json));
            }
        }

        /// <summary>An attempt of a task went to the provider; attempts count from 1.</summary>
        public void TaskStarted(string task, int attempt)
        {
            Append(new RunEvent
            {
                Type = RunEventType.TaskStarted,
                Task = RequireTask(task),
                Attempt = attempt,
            });
        }

        /// <summary>
        /// Attempt <paramref name="attempt"/> of a task failed with <paramref name="error"/>
        /// and the next starts after <paramref name="delay"/>.
        /// </summary>
        public void TaskRetrying(string task, int attempt, string error, TimeSpan delay)
        {
            Append(new RunEvent
            {
                Type = RunEventType.TaskRetrying,
                Task = RequireTask(task),
                Attempt = attempt,
                Reason = error,
                Delay = delay,
            });
        }

        /// <summary>
        /// A task ended. Writes its output, then its result, then the event that says how it
        /// ended; a task finished again replaces what it had.
        /// </summary>
        public void TaskFinished(TaskResult result)
        {
            if (result == null)
            {
                throw new ArgumentNullException(nameof(result));
            }

            RequireTask(result.TaskName);
            lock (gate)
            {
                TaskFiles.Write(files, Folder, result);
                Append(new RunEvent
                {
                    Type = EventFor(result.Status),
                    Task = result.TaskName,
                    Attempt = result.Attempts > 0 ? result.Attempts : (int?)null,
                    Reason = result.Error,
                });
            }
        }

        /// <summary>The run stopped on purpose before the tasks named, to be continued.</summary>
        public void RunPaused(IEnumerable<string> before)
        {
            Append(new RunEvent
            {
                Type = RunEventType.RunPaused,
                Before = (before ?? Enumerable.Empty<string>()).ToArray(),
            });
        }

        /// <summary>The run ended as Succeeded, Failed or Cancelled.</summary>
        public void RunFinished(RunState state, string reason = null)
        {
            if (state == RunState.Running || state == RunState.Paused)
            {
                throw new ArgumentOutOfRangeException(nameof(state), state,
                    "A run finishes as succeeded, failed or cancelled; use RunPaused to pause.");
            }

            Append(new RunEvent
            {
                Type = RunEventType.RunFinished,
                State = state,
                Reason = reason,
            });
        }

        private void AppendOwned(RunEventType type)
        {
            var runEvent = new RunEvent { Type = type };
            ProcessIdentity.Stamp(runEvent);
            Append(runEvent);
        }

        private void Append(RunEvent runEvent)
        {
            lock (gate)
            {
                runEvent.Time = DateTimeOffset.UtcNow;
                EventLog.Append(files, RunLayout.Events(Folder), runEvent);
            }
        }

        private static RunEventType EventFor(TaskResultStatus status)
        {
            switch (status)
            {
                case TaskResultStatus.Succeeded:
                    return RunEventType.TaskSucceeded;
                case TaskResultStatus.Failed:
                    return RunEventType.TaskFailed;
                case TaskResultStatus.Skipped:
                    return RunEventType.TaskSkipped;
                case TaskResultStatus.Cancelled:
                    return RunEventType.TaskCancelled;
                default:
                    throw new ArgumentOutOfRangeException(nameof(status), status, null);
            }
        }

        private static string RequireTask(string task)
        {
            if (string.IsNullOrEmpty(task))
            {
                throw new ArgumentException("A task event needs the task's name.", nameof(task));
            }

            return task;
        }

        private static void RemoveTemporaryFiles(string folder)
        {
            var temporary = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(AtomicFile.IsTemporary)
                .ToList();
            foreach (var path in temporary)
            {
                File.Delete(path);
            }
        }
    }
}
