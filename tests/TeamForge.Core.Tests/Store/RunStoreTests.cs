using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;
using TeamForge.Planning;
using TeamForge.Store;
using TeamForge.Tests.Parsing;
using TeamForge.Tests.Planning;
using static TeamForge.Tests.Store.StoreSamples;

namespace TeamForge.Tests.Store
{
    public class RunStoreTests
    {
        [Fact]
        public void RunJsonHoldsTheSnapshotInCamelCase()
        {
            using (var folder = new TempFolder())
            {
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "mix", "bake"));

                var path = Path.Combine(folder.Path, "run-1", "run.json");
                var json = JsonDocument.Parse(File.ReadAllText(path)).RootElement;
                Assert.Equal(store.Folder, Path.GetDirectoryName(path));
                Assert.Equal("run-1", json.GetProperty("runId").GetString());
                Assert.Equal("bakery", json.GetProperty("team").GetString());
                Assert.Equal("/teams/bakery.md", json.GetProperty("teamPath").GetString());
                Assert.Equal(new string('a', 64), json.GetProperty("teamHash").GetString());
                Assert.Equal("Plan the \"spring\" menu <draft>",
                    json.GetProperty("request").GetString());
                Assert.Equal("playbook", json.GetProperty("provider").GetString());
                Assert.Equal("4", json.GetProperty("options").GetProperty("throttleLimit")
                    .GetString());
                Assert.Equal("2025-03-14T09:26:53.5897932+00:00",
                    json.GetProperty("startTime").GetString());
                var bake = json.GetProperty("plan")[1];
                Assert.Equal("bake", bake.GetProperty("name").GetString());
                Assert.Equal("baker", bake.GetProperty("member").GetString());
                Assert.Equal("Baker", bake.GetProperty("role").GetString());
                Assert.Equal("mix", bake.GetProperty("dependsOn")[0].GetString());
                Assert.Equal(1, bake.GetProperty("wave").GetInt32());
                Assert.True(bake.GetProperty("isIntegration").GetBoolean());
                Assert.Contains("\n  \"runId\"", File.ReadAllText(path));
            }
        }

        [Fact]
        public void TheTeamHashIsTheSha256OfTheFileBytes()
        {
            using (var folder = new TempFolder())
            {
                var team = folder.Write("team.md", "abc");

                Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                    RunStore.HashFile(team));
            }
        }

        [Fact]
        public void ASnapshotOfAPlanHasItsTeamFileAndTasks()
        {
            using (var folder = new TempFolder())
            {
                var team = new TeamBuilder("relay", "boss")
                    .Member("boss", "Lead").Member("helper", "Helper")
                    .Task("draft", "helper").Task("merge", "boss", "draft")
                    .Build();
                team.Path = folder.Write("relay.md", "abc");
                var plan = TaskPlanner.Plan(team, TeamBuilder.LibraryFor(team), new PlanOptions());

                var snapshot = RunSnapshot.For(plan);

                Assert.Equal("relay", snapshot.Team);
                Assert.Equal(team.Path, snapshot.TeamPath);
                Assert.Equal(RunStore.HashFile(team.Path), snapshot.TeamHash);
                Assert.Equal(plan.Tasks.Select(t => t.Name), snapshot.Plan.Select(e => e.Name));
                var merge = snapshot.Plan.Single(e => e.Name == "merge");
                Assert.Equal("boss", merge.Member);
                Assert.Equal(new[] { "draft" }, merge.DependsOn);
                Assert.Equal(plan.Tasks.Single(t => t.Name == "merge").Wave, merge.Wave);
            }
        }

        [Fact]
        public void ARunIdThatIsThereAlreadyIsRefused()
        {
            using (var folder = new TempFolder())
            {
                RunStore.Create(folder.Path, Snapshot("run-1", "mix"));

                var error = Assert.Throws<RunStoreException>(
                    () => RunStore.Create(folder.Path, Snapshot("run-1", "mix")));

                Assert.Contains("run-1", error.Message);
            }
        }

        [Fact]
        public void AnUnsafeRunIdBecomesASafeFolderAndKeepsItsId()
        {
            using (var folder = new TempFolder())
            {
                var store = RunStore.Create(folder.Path, Snapshot("../Run 1", "mix"));

                Assert.Equal(folder.Path, Path.GetDirectoryName(store.Folder));
                Assert.Equal(SafeFileName.For("../Run 1"), Path.GetFileName(store.Folder));
                Assert.Equal("../Run 1", RunReader.Read(store.Folder).Id);
            }
        }

        [Fact]
        public void EveryPropertyOfAResultReadsBackAsWritten()
        {
            using (var folder = new TempFolder())
            {
                var written = FullResult();
                AssertEveryPropertySet(written);
                var store = RunStore.Create(folder.Path, Snapshot("run-1", written.TaskName));

                store.TaskFinished(written);

                var read = Assert.Single(RunReader.Read(store.Folder).Tasks);
                foreach (var property in typeof(TaskResult).GetProperties())
                {
                    AssertSame(property, property.GetValue(written), property.GetValue(read));
                }
            }
        }

        [Fact]
        public void NullsInAResultReadBackAsNulls()
        {
            using (var folder = new TempFolder())
            {
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "mix"));
                var written = new TaskResult
                {
                    TaskName = "mix",
                    Status = TaskResultStatus.Skipped,
                    DependsOn = null,
                };

                store.TaskFinished(written);

                var read = Assert.Single(RunReader.Read(store.Folder).Tasks);
                Assert.Null(read.Output);
                Assert.Null(read.DependsOn);
                Assert.Null(read.StartTime);
                Assert.Null(read.RunId);
                Assert.False(File.Exists(Path.Combine(store.Folder, "tasks", "mix.output.md")));
            }
        }

        [Fact]
        public void TheResultFileHoldsTheOutputHashAndNotTheOutput()
        {
            using (var folder = new TempFolder())
            {
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "mix"));

                store.TaskFinished(Result("mix", TaskResultStatus.Succeeded, "flour\r\n"));

                var tasks = Path.Combine(store.Folder, "tasks");
                var json = JsonDocument.Parse(
                    File.ReadAllText(Path.Combine(tasks, "mix.result.json"))).RootElement;
                Assert.False(json.TryGetProperty("output", out _));
                Assert.False(json.TryGetProperty("outputEdited", out _));
                Assert.Equal("succeeded", json.GetProperty("status").GetString());
                Assert.Equal(RunStore.HashFile(Path.Combine(tasks, "mix.output.md")),
                    json.GetProperty("outputSha256").GetString());
                Assert.Equal("flour\r\n", File.ReadAllText(Path.Combine(tasks, "mix.output.md")));
            }
        }

        [Fact]
        public void AFinishedTaskWritesItsOutputThenItsResultThenItsEvent()
        {
            using (var folder = new TempFolder())
            {
                var files = new RecordingFiles();
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "mix"), files);
                files.Steps.Clear();

                store.TaskFinished(Result("mix", TaskResultStatus.Succeeded, "flour"));

                Assert.Equal(new[]
                {
                    "write mix.output.md", "write mix.result.json", "append events.jsonl",
                }, files.Steps);
            }
        }

        [Fact]
        public void ATaskFinishedAgainReplacesItsResultAndDropsAnOutputItNoLongerHas()
        {
            using (var folder = new TempFolder())
            {
                var files = new RecordingFiles();
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "mix"), files);
                store.TaskFinished(Result("mix", TaskResultStatus.Succeeded, "flour"));
                files.Steps.Clear();

                store.TaskFinished(Result("mix", TaskResultStatus.Failed, null, "oven broke"));

                Assert.Equal(new[]
                {
                    "delete mix.result.json", "delete mix.output.md", "write mix.result.json",
                    "append events.jsonl",
                }, files.Steps);
                var read = Assert.Single(RunReader.Read(store.Folder).Tasks);
                Assert.Equal(TaskResultStatus.Failed, read.Status);
                Assert.Null(read.Output);
            }
        }

        [Fact]
        public void EveryEventIsOneCompactLineWithItsUtcTimeTaskAttemptAndReason()
        {
            using (var folder = new TempFolder())
            {
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "mix", "bake"));
                store.TaskStarted("mix", 1);
                store.TaskRetrying("mix", 1, "timed out", TimeSpan.FromSeconds(5));
                store.TaskStarted("mix", 2);
                store.TaskFinished(Result("mix", TaskResultStatus.Failed, null, "oven broke"));
                store.TaskFinished(Result("bake", TaskResultStatus.Skipped, null, "no dough"));
                store.RunPaused(new[] { "bake" });
                store = RunStore.Open(store.Folder);
                store.RunFinished(RunState.Failed, "mix failed");

                var lines = EventLines(store.Folder);

                var events = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
                Assert.Equal(new[]
                {
                    "run-started", "task-started", "task-retrying", "task-started", "task-failed",
                    "task-skipped", "run-paused", "run-resumed", "run-finished",
                }, events.Select(e => e.GetProperty("type").GetString()));
                Assert.All(lines, line => Assert.DoesNotContain("\n", line));
                Assert.All(lines, line => Assert.DoesNotContain(": ", line));
                var times = events.Select(e => DateTimeOffset.Parse(e.GetProperty("time")
                    .GetString())).ToList();
                Assert.All(times, time => Assert.Equal(TimeSpan.Zero, time.Offset));
                Assert.Equal(times.OrderBy(t => t), times);
                var retry = events[2];
                Assert.Equal("mix", retry.GetProperty("task").GetString());
                Assert.Equal(1, retry.GetProperty("attempt").GetInt32());
                Assert.Equal("timed out", retry.GetProperty("reason").GetString());
                Assert.Equal("00:00:05", retry.GetProperty("delay").GetString());
                Assert.Equal("oven broke", events[4].GetProperty("reason").GetString());
                Assert.False(events[5].TryGetProperty("attempt", out _));
                Assert.Equal("no dough", events[5].GetProperty("reason").GetString());
                Assert.Equal("bake", events[6].GetProperty("before")[0].GetString());
                Assert.Equal("failed", events[8].GetProperty("state").GetString());
                Assert.Equal("mix failed", events[8].GetProperty("reason").GetString());
                Assert.False(events[0].TryGetProperty("task", out _));
            }
        }

        [Fact]
        public void TheStateFollowsTheEventsAboutTheWholeRun()
        {
            using (var folder = new TempFolder())
            {
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "mix", "bake"));
                var running = RunReader.Read(store.Folder);
                store.RunPaused(new[] { "bake" });
                var paused = RunReader.Read(store.Folder);
                store = RunStore.Open(store.Folder);
                var resumed = RunReader.Read(store.Folder);
                store.RunFinished(RunState.Cancelled);
                var cancelled = RunReader.Read(store.Folder);

                Assert.Equal(RunState.Running, running.State);
                Assert.Null(running.EndTime);
                Assert.False(running.Interrupted);
                Assert.Equal(RunState.Paused, paused.State);
                Assert.Equal(paused.Events.Last().Time, paused.EndTime);
                Assert.Equal(RunState.Running, resumed.State);
                Assert.Null(resumed.EndTime);
                Assert.Equal(RunState.Cancelled, cancelled.State);
                Assert.Equal(cancelled.Events.Last().Time, cancelled.EndTime);
            }
        }

        [Theory]
        [InlineData(RunState.Running)]
        [InlineData(RunState.Paused)]
        public void ARunDoesNotFinishAsRunningOrPaused(RunState state)
        {
            using (var folder = new TempFolder())
            {
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "mix"));

                Assert.Throws<ArgumentOutOfRangeException>(() => store.RunFinished(state));
            }
        }

        [Fact]
        public void ARunReadsBackWithItsSnapshot()
        {
            using (var folder = new TempFolder())
            {
                var snapshot = Snapshot("run-1", "mix", "bake");
                var store = RunStore.Create(folder.Path, snapshot);

                var run = RunReader.Read(store.Folder);

                Assert.Equal("run-1", run.Id);
                Assert.Equal("bakery", run.Team);
                Assert.Equal(snapshot.Request, run.Request);
                Assert.Equal(Start, run.StartTime);
                Assert.Equal(store.Folder, run.Path);
                Assert.Equal("/teams/bakery.md", run.TeamPath);
                Assert.Equal(new string('a', 64), run.TeamHash);
                Assert.Equal("playbook", run.Provider);
                Assert.Equal(snapshot.Options, run.Options);
                Assert.Equal(new[] { "mix", "bake" }, run.Plan.Select(e => e.Name));
                Assert.Empty(run.Tasks);
            }
        }

        [Fact]
        public void TasksReadBackInPlanOrderAndUnfinishedOnesAreLeftOut()
        {
            using (var folder = new TempFolder())
            {
                var store = RunStore.Create(folder.Path, Snapshot("run-1", "a", "b", "c", "d"));
                store.TaskFinished(Result("d", TaskResultStatus.Succeeded, "4"));
                store.TaskStarted("c", 1);
                store.TaskFinished(Result("a", TaskResultStatus.Succeeded, "1"));

                var run = RunReader.Read(store.Folder);

                Assert.Equal(new[] { "a", "d" }, run.Tasks.Select(t => t.TaskName));
            }
        }

        [Fact]
        public void HostileTaskNamesKeepTheirFilesInsideTheTasksFolder()
        {
            using (var folder = new TempFolder())
            {
                var names = new[]
                {
                    "../x", "a/b", "a\\b", "C:", "CON", "con.md", "tab\tname", "dots...",
                    "Build", "build", new string('z', 120),
                };
                var store = RunStore.Create(folder.Path, Snapshot("run-1", names));

                foreach (var name in names)
                {
                    store.TaskFinished(Result(name, TaskResultStatus.Succeeded, "out of " + name));
                }

                var run = RunReader.Read(store.Folder);
                Assert.Equal(names, run.Tasks.Select(t => t.TaskName));
                Assert.All(run.Tasks, t => Assert.Equal("out of " + t.TaskName, t.Output));
                Assert.Equal(2 * names.Length,
                    Directory.GetFiles(Path.Combine(store.Folder, "tasks")).Length);
                Assert.Equal(new[] { "run-1" },
                    Directory.GetDirectories(folder.Path).Select(Path.GetFileName));
                Assert.Equal(new[] { "tasks" },
                    Directory.GetDirectories(store.Folder).Select(Path.GetFileName));
            }
        }

        [Fact]
        public async Task TasksFinishingAtOnceEachWriteOneWholeLine()
        {
            using (var folder = new TempFolder())
            {
                var names = Enumerable.Range(0, 120).Select(i => $"task-{i}").ToArray();
                var store = RunStore.Create(folder.Path, Snapshot("run-1", names));

                await Task.WhenAll(names.Select(name => Task.Run(() =>
                {
                    store.TaskStarted(name, 1);
                    store.TaskFinished(Result(name, TaskResultStatus.Succeeded, name + " done"));
                })));

                var lines = EventLines(store.Folder);
                Assert.Equal(1 + (2 * names.Length), lines.Length);
                Assert.All(lines, line => JsonDocument.Parse(line));
                var run = RunReader.Read(store.Folder);
                Assert.Equal(names.Length, run.Tasks.Length);
                Assert.Equal(lines.Length, run.Events.Length);
            }
        }

        private static TaskResult FullResult()
        {
            return new TaskResult
            {
                RunId = "run-1",
                Team = "bakery",
                TaskName = "bake",
                Member = "baker",
                Role = "Head baker",
                Status = TaskResultStatus.Cancelled,
                StartTime = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.FromHours(2))
                    .AddTicks(1234567),
                EndTime = new DateTimeOffset(2025, 1, 2, 4, 4, 5, TimeSpan.FromHours(-5)),
                Duration = TimeSpan.FromTicks(98765432101),
                Output = "# Loaf\r\n\r\nRise \"twice\" <b>ü</b> 😀\n",
                Error = "oven 'two' broke",
                Attempts = 3,
                Provider = "script",
                Model = "oven-large",
                InputTokens = 1200,
                OutputTokens = 340,
                CachedTokens = 56,
                Warnings = new[] { "the answer was kept as text" },
                DependsOn = new[] { "mix", "proof" },
                Description = "Bake the loaves",
                Request = "Open a bakery",
                IsIntegration = true,
                Wave = 2,
                Reason = "TimedOut",
                Reused = true,
                PlanIndex = 4,
            };
        }

        /// <summary>
        /// Fails when TaskResult gains a property the sample leaves at its default, so the
        /// round trip above covers every property there is.
        /// </summary>
        private static void AssertEveryPropertySet(TaskResult sample)
        {
            var blank = new TaskResult();
            foreach (var property in typeof(TaskResult).GetProperties())
            {
                if (property.Name == nameof(TaskResult.OutputEdited))
                {
                    continue;
                }

                var value = property.GetValue(sample);
                var empty = property.GetValue(blank);
                Assert.False(value == null || value.Equals(empty)
                    || (value is string[] list && list.Length == 0),
                    $"The sample leaves {property.Name} unset.");
            }
        }

        private static void AssertSame(PropertyInfo property, object written, object read)
        {
            if (written is DateTimeOffset time)
            {
                Assert.True(time.EqualsExact((DateTimeOffset)read), property.Name);
            }
            else if (written is string[] list)
            {
                Assert.Equal(list, (string[])read);
            }
            else
            {
                Assert.True(Equals(written, read),
                    $"{property.Name}: wrote '{written}', read '{read}'");
            }
        }

        /// <summary>Does what the store asks and notes each step by file name.</summary>
        private sealed class RecordingFiles : StoreFiles
        {
            public List<string> Steps { get; } = new List<string>();

            public override void WriteAtomic(string path, byte[] bytes)
            {
                Steps.Add("write " + Path.GetFileName(path));
                base.WriteAtomic(path, bytes);
            }

            public override void Append(string path, byte[] bytes)
            {
                Steps.Add("append " + Path.GetFileName(path));
                base.Append(path, bytes);
            }

            public override void Delete(string path)
            {
                Steps.Add("delete " + Path.GetFileName(path));
                base.Delete(path);
            }
        }
    }
}
