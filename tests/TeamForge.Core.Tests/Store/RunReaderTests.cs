using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using TeamForge.Store;
using TeamForge.Tests.Parsing;
using static TeamForge.Tests.Store.StoreSamples;

namespace TeamForge.Tests.Store
{
    public class RunReaderTests
    {
        [Fact]
        public void RunsAreListedOldestFirstAndFoldersWithoutARunAreLeftOut()
        {
            using (var folder = new TempFolder())
            {
                foreach (var (id, hours) in new[] { ("b-late", 5), ("c-early", -3), ("a-mid", 1) })
                {
                    var snapshot = Snapshot(id, "mix");
                    snapshot.StartTime = Start.AddHours(hours);
                    RunStore.Create(folder.Path, snapshot);
                }

                Directory.CreateDirectory(Path.Combine(folder.Path, "empty"));
                folder.Write("broken/run.json", "{ \"runId\": ");
                folder.Write("notes.txt", "not a run");

                var runs = RunReader.List(folder.Path);

                Assert.Equal(new[] { "c-early", "a-mid", "b-late" }, runs.Select(r => r.Id));
            }
        }

        [Fact]
        public void AMissingRunPathHasNoRuns()
        {
            var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));

            Assert.Empty(RunReader.List(missing));
        }

        [Fact]
        public void AFolderWithoutRunJsonIsNoRun()
        {
            using (var folder = new TempFolder())
            {
                var error = Assert.Throws<RunStoreException>(() => RunReader.Read(folder.Path));

                Assert.Contains("no run.json", error.Message);
                Assert.Throws<RunStoreException>(() => RunStore.Open(folder.Path));
            }
        }

        [Fact]
        public void ARunOfANewerFormatIsRefusedWithWhatToDo()
        {
            using (var folder = new TempFolder())
            {
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "mix"));
                var path = Path.Combine(store.Folder, "run.json");
                File.WriteAllText(path, File.ReadAllText(path)
                    .Replace("\"formatVersion\": 1", "\"formatVersion\": 2"));

                var error = Assert.Throws<RunStoreException>(() => RunReader.Read(store.Folder));

                Assert.Contains("format 2", error.Message);
                Assert.Empty(RunReader.List(folder.Path));
            }
        }

        [Fact]
        public void ATornLastLineIsIgnoredAndOpeningCutsItBeforeAppending()
        {
            using (var folder = new TempFolder())
            {
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "mix"));
                store.TaskStarted("mix", 1);
                var events = Path.Combine(store.Folder, "events.jsonl");
                File.AppendAllText(events, "{\"type\":\"task-succeeded\",\"time\":\"2025-");

                var torn = RunReader.Read(store.Folder);
                RunStore.Open(store.Folder).TaskStarted("mix", 2);
                var resumed = RunReader.Read(store.Folder);

                Assert.Equal(new[] { RunEventType.RunStarted, RunEventType.TaskStarted },
                    torn.Events.Select(e => e.Type));
                Assert.Equal(new[]
                {
                    RunEventType.RunStarted, RunEventType.TaskStarted, RunEventType.RunResumed,
                    RunEventType.TaskStarted,
                }, resumed.Events.Select(e => e.Type));
                Assert.Equal(2, resumed.Events.Last().Attempt);
                Assert.EndsWith("\n", File.ReadAllText(events));
                Assert.Equal(4, EventLines(store.Folder).Length);
            }
        }

        [Fact]
        public void AWholeLastLineWithoutItsNewlineCountsAsTorn()
        {
            using (var folder = new TempFolder())
            {
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "mix"));
                var events = Path.Combine(store.Folder, "events.jsonl");
                var line = EventLines(store.Folder)[0].Replace("run-started", "run-paused");
                File.AppendAllText(events, line);

                Assert.Equal(RunState.Running, RunReader.Read(store.Folder).State);
            }
        }

        [Fact]
        public void LinesThatAreNoEventAreSkippedWherever()
        {
            using (var folder = new TempFolder())
            {
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "mix"));
                var events = Path.Combine(store.Folder, "events.jsonl");
                File.AppendAllText(events,
                    "{}\n\0\0\0\nnot json\n[1]\n{\"type\":\"run-exploded\",\"time\":\"x\"}\n");
                store.TaskStarted("mix", 1);

                var run = RunReader.Read(store.Folder);

                Assert.Equal(new[] { RunEventType.RunStarted, RunEventType.TaskStarted },
                    run.Events.Select(e => e.Type));
            }
        }

        [Fact]
        public void AnEditedOutputReadsBackAsTheFileSaysAndIsFlagged()
        {
            using (var folder = new TempFolder())
            {
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "mix", "bake"));
                store.TaskFinished(Result("mix", TaskResultStatus.Succeeded, "flour"));
                store.TaskFinished(Result("bake", TaskResultStatus.Succeeded, "\uFEFFbread"));
                var output = Path.Combine(store.Folder, "tasks", "mix.output.md");
                File.WriteAllText(output, "rye flour, edited", new UTF8Encoding(true));

                var run = RunReader.Read(store.Folder);

                var mix = run.Tasks[0];
                Assert.Equal("rye flour, edited", mix.Output);
                Assert.True(mix.OutputEdited);
                var bake = run.Tasks[1];
                Assert.Equal("\uFEFFbread", bake.Output);
                Assert.False(bake.OutputEdited);
            }
        }

        [Fact]
        public void AResultWhoseOutputIsGoneReadsAsNotFinished()
        {
            using (var folder = new TempFolder())
            {
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "mix", "bake"));
                store.TaskFinished(Result("mix", TaskResultStatus.Succeeded, "flour"));
                store.TaskFinished(Result("bake", TaskResultStatus.Succeeded, "bread"));
                File.Delete(Path.Combine(store.Folder, "tasks", "mix.output.md"));

                var run = RunReader.Read(store.Folder);

                Assert.Equal(new[] { "bake" }, run.Tasks.Select(t => t.TaskName));
            }
        }

        [Fact]
        public void AnOutputWhoseResultIsGoneReadsAsNotFinished()
        {
            using (var folder = new TempFolder())
            {
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "mix"));
                store.TaskFinished(Result("mix", TaskResultStatus.Succeeded, "flour"));
                File.Delete(Path.Combine(store.Folder, "tasks", "mix.result.json"));

                Assert.Empty(RunReader.Read(store.Folder).Tasks);
            }
        }

        [Fact]
        public void AResultFileThatIsNotAResultOfItsTaskIsLeftOut()
        {
            using (var folder = new TempFolder())
            {
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "mix", "bake", "cool"));
                store.TaskFinished(Result("mix", TaskResultStatus.Failed, null, "no flour"));
                store.TaskFinished(Result("bake", TaskResultStatus.Failed, null, "no oven"));
                var tasks = Path.Combine(store.Folder, "tasks");
                File.Copy(Path.Combine(tasks, "mix.result.json"),
                    Path.Combine(tasks, "bake.result.json"), overwrite: true);
                File.WriteAllText(Path.Combine(tasks, "cool.result.json"), "{\"status\": 7");

                var run = RunReader.Read(store.Folder);

                Assert.Equal(new[] { "mix" }, run.Tasks.Select(t => t.TaskName));
            }
        }

        [Fact]
        public void StrayTemporaryFilesAreIgnoredAndOpeningRemovesThem()
        {
            using (var folder = new TempFolder())
            {
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "mix", "bake"));
                store.TaskFinished(Result("mix", TaskResultStatus.Succeeded, "flour"));
                var tasks = Path.Combine(store.Folder, "tasks");
                File.WriteAllText(Path.Combine(tasks, ".bake.output.md.0badc0de.tmp"), "bre");
                File.WriteAllText(Path.Combine(tasks, ".mix.result.json.0badc0de.tmp"), "{\"ru");
                File.WriteAllText(Path.Combine(store.Folder, ".run.json.0badc0de.tmp"), "{");

                var run = RunReader.Read(store.Folder);
                RunStore.Open(store.Folder);

                Assert.Equal("flour", Assert.Single(run.Tasks).Output);
                Assert.Empty(TemporaryFiles(store.Folder));
                Assert.Equal("flour", Assert.Single(RunReader.Read(store.Folder).Tasks).Output);
            }
        }

        [Fact]
        public void ARunWhoseWriterIsAliveIsNotInterrupted()
        {
            using (var folder = new TempFolder())
            {
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "mix"));

                var run = RunReader.Read(store.Folder);

                Assert.Equal(RunState.Running, run.State);
                Assert.False(run.Interrupted);
                Assert.Equal(Environment.ProcessId, run.Events[0].ProcessId);
            }
        }

        [Fact]
        public void ARunWhoseWriterProcessIsGoneIsInterrupted()
        {
            using (var folder = new TempFolder())
            {
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "mix"));
                var gone = Process.Start(new ProcessStartInfo("dotnet", "--version")
                {
                    RedirectStandardOutput = true,
                });
                gone.WaitForExit();
                RewriteOwner(store.Folder, owner => owner["processId"] = gone.Id);

                Assert.True(RunReader.Read(store.Folder).Interrupted);
            }
        }

        [Fact]
        public void AnIdReusedByAProcessThatStartedLaterIsNoLongerTheWriter()
        {
            using (var folder = new TempFolder())
            {
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "mix"));
                RewriteOwner(store.Folder, owner => owner["processStart"] =
                    DateTimeOffset.UtcNow.AddDays(-3).ToString("o"));

                Assert.True(RunReader.Read(store.Folder).Interrupted);
            }
        }

        [Fact]
        public void AWriterOnAnotherMachineIsNeverCalledInterruptedAndAFinishedRunIsNot()
        {
            using (var folder = new TempFolder())
            {
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "mix"));
                RewriteOwner(store.Folder, owner =>
                {
                    owner["processStart"] = DateTimeOffset.UtcNow.AddDays(-3).ToString("o");
                    owner["machine"] = "elsewhere-" + Guid.NewGuid().ToString("N");
                });
                var elsewhere = RunReader.Read(store.Folder);
                RewriteOwner(store.Folder, owner => owner["machine"] = Environment.MachineName);
                store.RunFinished(RunState.Succeeded);
                var finished = RunReader.Read(store.Folder);

                Assert.False(elsewhere.Interrupted);
                Assert.Equal(RunState.Succeeded, finished.State);
                Assert.False(finished.Interrupted);
            }
        }

        [Fact]
        public void ARunTotalsTheTokensAndCostOfItsStoredTasks()
        {
            using (var folder = new TempFolder())
            {
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "mix", "bake", "box"));
                var mix = Result("mix", TaskResultStatus.Succeeded, "dough");
                mix.InputTokens = 1000;
                mix.OutputTokens = 200;
                mix.CachedTokens = 100;
                mix.Cost = 0.0042m;
                var bake = Result("bake", TaskResultStatus.Succeeded, "loaf");
                bake.InputTokens = 500;
                bake.OutputTokens = 50;
                bake.Cost = 0.001m;
                store.TaskFinished(mix);
                store.TaskFinished(bake);
                store.TaskFinished(Result("box", TaskResultStatus.Skipped, null));

                var run = RunReader.Read(store.Folder);

                Assert.Equal(1500, run.InputTokens);
                Assert.Equal(250, run.OutputTokens);
                Assert.Equal(100, run.CachedTokens);
                Assert.Equal(0.0052m, run.Cost);
                Assert.Equal(0.0042m, run.Tasks[0].Cost);
                Assert.Null(run.Tasks[2].Cost);
            }
        }

        [Fact]
        public void ARunWithoutUsageHasNoTotals()
        {
            using (var folder = new TempFolder())
            {
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "mix"));
                store.TaskFinished(Result("mix", TaskResultStatus.Succeeded, "dough"));

                var run = RunReader.Read(store.Folder);

                Assert.Null(run.InputTokens);
                Assert.Null(run.Cost);
            }
        }

        [Fact]
        public void ACostLimitSavedAgainIsWhatTheNextReadSees()
        {
            using (var folder = new TempFolder())
            {
                var snapshot = Snapshot("run-1", "mix");
                RunSettings.SaveMaxCost(snapshot.Options, 0.25m);
                var first = RunStore.Create(folder.Path, snapshot);
                var stored = RunReader.Read(first.Folder);

                var resumed = RunStore.Open(first.Folder);
                RunSettings.SaveMaxCost(resumed.Snapshot.Options, 1.5m);
                resumed.SaveSnapshot();

                Assert.Equal(0.25m, RunSettings.MaxCost(stored.Options));
                Assert.Equal(1.5m, RunSettings.MaxCost(RunReader.Read(first.Folder).Options));
                Assert.Null(RunSettings.MaxCost(Snapshot("run-2").Options.ToDictionary(
                    pair => pair.Key, pair => pair.Value)));
            }
        }

        /// <summary>Changes the run-started line, as another writer would have it.</summary>
        private static void RewriteOwner(string runFolder, Action<JsonObject> change)
        {
            var lines = EventLines(runFolder);
            var owner = JsonNode.Parse(lines[0]).AsObject();
            change(owner);
            lines[0] = owner.ToJsonString();
            File.WriteAllText(Path.Combine(runFolder, "events.jsonl"),
                string.Join("\n", lines) + "\n");
        }
    }
}
