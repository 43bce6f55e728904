using System.IO;

namespace TeamForge.Store
{
    /// <summary>Where a run's files are inside its folder.</summary>
    internal static class RunLayout
    {
        public const int FormatVersion = 1;

        public const string SnapshotFile = "run.json";

        public const string EventsFile = "events.jsonl";

        public const string TasksFolder = "tasks";

        public static string Snapshot(string runFolder) => Path.Combine(runFolder, SnapshotFile);

        public static string Events(string runFolder) => Path.Combine(runFolder, EventsFile);

        public static string Tasks(string runFolder) => Path.Combine(runFolder, TasksFolder);

        public static string Result(string runFolder, string task)
        {
            return Path.Combine(Tasks(runFolder), SafeFileName.For(task) + ".result.json");
        }

        public static string Output(string runFolder, string task)
        {
            return Path.Combine(Tasks(runFolder), SafeFileName.For(task) + ".output.md");
        }
    }
}
