using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using TeamForge.Store;
using TeamForge.Tests.Parsing;
using static TeamForge.Tests.Store.StoreSamples;

namespace TeamForge.Tests.Store
{
    /// <summary>
    /// Kills a run at every file operation it makes, before the operation or halfway
    /// through it, then reads what is left, continues the run and reads it again.
    /// </summary>
    public class CrashConsistencyTests
    {
        private const string Proof = "../Proof: CON";

        private static readonly string[] Tasks = { "mix", Proof, "bake", "Review" };

        /// <summary>What each task writes, in order: Review is cancelled, then rerun.</summary>
        private static readonly Dictionary<string, TaskResult[]> Writes =
            new Dictionary<string, TaskResult[]>
            {
                ["mix"] = new[] { Finished("mix", TaskResultStatus.Succeeded, "flour", 2) },
                [Proof] = new[] { Finished(Proof, TaskResultStatus.Failed, null, 1, "too cold") },
                ["bake"] = new[] { Finished("bake", TaskResultStatus.Skipped, null, 0, "no") },
                ["Review"] = new[]
                {
                    Finished("Review", TaskResultStatus.Cancelled, "half a review", 1, "stop"),
                    Finished("Review", TaskResultStatus.Succeeded, "the review\r\n", 2),
                },
            };

        [Fact]
        public void AKillAtAnyWriteLeavesARunThatReadsWholeAndFinishesWhenContinued()
        {
            var full = Count();
            Assert.True(full.Count > 20, $"{full.Count} steps");

            for (var killAt = 0; killAt < full.Count; killAt++)
            {
                foreach (var tear in new[] { false, true })
                {
                    var point = $"killed at {full[killAt]} (step {killAt}, torn: {tear})";
                    using (var folder = new TempFolder())
                    {
                        var files = new KillingFiles(killAt, tear);
                        Assert.Throws<SimulatedKill>(() => Play(folder.Path, files));

                        var runs = RunReader.List(folder.Path);
                        CheckCrashed(runs, full.Take(killAt).ToList(), point);
                        var folderOfRun = Continue(folder.Path, runs);
                        CheckContinued(folderOfRun, point);
                    }
                }
            }
        }

        private static void CheckCrashed(
            IReadOnlyList<TeamRun> runs, List<string> done, string point)
        {
            var finished = Finished(done);
            var events = done.Where(step => step.StartsWith("append "))
                .Select(step => step.Split(' ')[2])
                .ToList();
            if (runs.Count == 0)
            {
                Assert.Empty(finished);
                Assert.Empty(events);
                return;
            }

            var run = Assert.Single(runs);
            Assert.Equal(events, run.Events.Select(e => Kebab(e.Type)));
            var paused = events.LastOrDefault(e => e.StartsWith("run-")) == "run-paused";
            Assert.Equal(paused ? RunState.Paused : RunState.Running, run.State);
            Assert.False(run.Interrupted, point);
            Assert.Equal(Tasks.Where(finished.ContainsKey), run.Tasks.Select(t => t.TaskName));
            foreach (var read in run.Tasks)
            {
                var written = finished[read.TaskName];
                Assert.True(written.Status == read.Status, $"{read.TaskName}, {point}");
                Assert.True(written.Output == read.Output, $"{read.TaskName}, {point}");
                Assert.False(read.OutputEdited, point);
            }
        }

        /// <summary>
        /// What a scheduler would do: run again each task that has no result, or was
        /// cancelled, and leave the others, which are paid for, as they are.
        /// </summary>
        private static string Continue(string runPath, IReadOnlyList<TeamRun> runs)
        {
            var store = runs.Count == 0
                ? RunStore.Create(runPath, Snapshot("run-1", Tasks))
                : RunStore.Open(runs[0].Path);
            var done = runs.Count == 0 ? new string[0] : runs[0].Tasks
                .Where(t => t.Status != TaskResultStatus.Cancelled)
                .Select(t => t.TaskName);
            foreach (var task in Tasks.Except(done))
            {
                store.TaskStarted(task, 1);
                store.TaskFinished(Writes[task].Last());
            }

            store.RunFinished(RunState.Failed);
            return store.Folder;
        }

        private static void CheckContinued(string runFolder, string point)
        {
            var run = RunReader.Read(runFolder);
            Assert.Equal(RunState.Failed, run.State);
            Assert.Equal(Tasks, run.Tasks.Select(t => t.TaskName));
            foreach (var read in run.Tasks)
            {
                var written = Writes[read.TaskName].Last();
                Assert.True(written.Status == read.Status, $"{read.TaskName}, {point}");
                Assert.True(written.Output == read.Output, $"{read.TaskName}, {point}");
            }

            Assert.Empty(TemporaryFiles(runFolder));
            var lines = EventLines(runFolder);
            Assert.All(lines, line => JsonDocument.Parse(line));
            Assert.Equal(lines.Length, run.Events.Length);
            Assert.EndsWith("\n", File.ReadAllText(Path.Combine(runFolder, "events.jsonl")));
        }

        /// <summary>The run's writes, one call to the store after another.</summary>
        private static void Play(string runPath, StoreFiles files)
        {
            var store = RunStore.Create(runPath, Snapshot("run-1", Tasks), files);
            store.TaskStarted("mix", 1);
            store.TaskRetrying("mix", 1, "timed out", TimeSpan.FromSeconds(2));
            store.TaskStarted("mix", 2);
            store.TaskFinished(Writes["mix"][0]);
            store.TaskStarted(Proof, 1);
            store.TaskFinished(Writes[Proof][0]);
            store.TaskFinished(Writes["bake"][0]);
            store.TaskStarted("Review", 1);
            store.TaskFinished(Writes["Review"][0]);
            store.RunPaused(new[] { "Review" });
            store = RunStore.Open(store.Folder, files);
            store.TaskStarted("Review", 2);
            store.TaskFinished(Writes["Review"][1]);
            store.RunFinished(RunState.Failed);
        }

        private static List<string> Count()
        {
            using (var folder = new TempFolder())
            {
                var files = new KillingFiles(-1, false);
                Play(folder.Path, files);
                return files.Steps;
            }
        }

        /// <summary>
        /// The tasks whose result file was whole before the step killed: a result counts
        /// once its write is done and stops counting once its delete is.
        /// </summary>
        private static Dictionary<string, TaskResult> Finished(List<string> done)
        {
            var finished = new Dictionary<string, TaskResult>();
            var written = Tasks.ToDictionary(task => task, task => 0);
            foreach (var step in done)
            {
                var task = Tasks.SingleOrDefault(t =>
                    step.EndsWith(" " + SafeFileName.For(t) + ".result.json"));
                if (task == null)
                {
                    continue;
                }

                if (step.StartsWith("write "))
                {
                    finished[task] = Writes[task][written[task]++];
                }
                else
                {
                    finished.Remove(task);
                }
            }

            return finished;
        }

        private static string Kebab(RunEventType type)
        {
            var words = type.ToString()
                .Select((c, i) => i > 0 && char.IsUpper(c) ? $"-{c}" : $"{c}");
            return string.Concat(words).ToLowerInvariant();
        }

        private static TaskResult Finished(
            string task, TaskResultStatus status, string output, int attempts, string error = null)
        {
            var result = Result(task, status, output, error);
            result.Attempts = attempts;
            return result;
        }

        private sealed class SimulatedKill : Exception
        {
        }

        /// <summary>
        /// Counts the store's file operations and dies at one of them: before it, or having
        /// done half of it, which for an atomic write is half a temporary file.
        /// </summary>
        private sealed class KillingFiles : StoreFiles
        {
            private readonly int killAt;
            private readonly bool tear;

            public KillingFiles(int killAt, bool tear)
            {
                this.killAt = killAt;
                this.tear = tear;
            }

            public List<string> Steps { get; } = new List<string>();

            public override void WriteAtomic(string path, byte[] bytes)
            {
                Step("write", path, () => File.WriteAllBytes(
                    Path.Combine(Path.GetDirectoryName(path),
                        $".{Path.GetFileName(path)}.0badc0de.tmp"),
                    Half(bytes)));
                base.WriteAtomic(path, bytes);
            }

            public override void Append(string path, byte[] bytes)
            {
                var type = JsonDocument.Parse(bytes).RootElement.GetProperty("type").GetString();
                Step("append", $"{path} {type}", () => base.Append(path, Half(bytes)));
                base.Append(path, bytes);
            }

            public override void Delete(string path)
            {
                Step("delete", path, () => { });
                base.Delete(path);
            }

            private void Step(string kind, string what, Action half)
            {
                Steps.Add($"{kind} {Path.GetFileName(what)}");
                if (Steps.Count - 1 != killAt)
                {
                    return;
                }

                if (tear)
                {
                    half();
                }

                throw new SimulatedKill();
            }

            private static byte[] Half(byte[] bytes) => bytes.Take(bytes.Length / 2).ToArray();
        }
    }
}
