using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TeamForge.Library;
using YamlDotNet.Serialization;

namespace TeamForge.Tests.Planning
{
    /// <summary>
    /// Reads the CONFIG blocks of the shared corpus' team files, just enough for planning
    /// tests: the project's own parser is tested on its own.
    /// </summary>
    internal static class CorpusTeams
    {
        public static string Folder { get; } = FindFolder();

        public static IReadOnlyList<TeamDefinition> All()
        {
            return Directory.GetFiles(Path.Combine(Folder, "teams"), "*.md")
                .Where(path => Path.GetFileName(path) != "README.md")
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(Read)
                .ToList();
        }

        public static TeamDefinition Named(string name)
        {
            return Read(Path.Combine(Folder, "teams", name + ".md"));
        }

        /// <summary>The corpus' agents, by file name, without their contents.</summary>
        public static TeamLibrary Library()
        {
            var agents = Directory.GetFiles(Path.Combine(Folder, "agents"), "*.md")
                .Select(Path.GetFileNameWithoutExtension)
                .Where(name => !name.StartsWith("_") && name != "README")
                .ToArray();
            return TeamBuilder.Library(agents);
        }

        private static TeamDefinition Read(string path)
        {
            var text = File.ReadAllText(path);
            var start = text.IndexOf("<!-- CONFIG:START -->", StringComparison.Ordinal);
            var end = text.IndexOf("<!-- CONFIG:END -->", StringComparison.Ordinal);
            var yaml = string.Join("\n", text.Substring(start, end - start).Split('\n')
                .Skip(1)
                .Where(line => !line.TrimStart().StartsWith("```")));
            var root = new DeserializerBuilder().Build()
                .Deserialize<Dictionary<string, Dictionary<string, object>>>(yaml);
            var team = root["team"];

            return new TeamDefinition
            {
                Name = Text(team, "name"),
                Lead = Text(team, "lead"),
                Coordination = Text(team, "coordination"),
                Members = List(team, "members").Select(Member).ToArray(),
                Tasks = List(team, "tasks").Select(Task).ToArray(),
                SpawnConfig = Spawn(team),
                Path = path,
            };
        }

        private static TeamMember Member(IDictionary<object, object> member)
        {
            var count = Text(member, "count");
            return new TeamMember
            {
                Agent = Text(member, "agent"),
                Role = Text(member, "role"),
                Count = count,
                IsVariable = count == "variable",
            };
        }

        private static TeamTask Task(IDictionary<object, object> task)
        {
            var blockedBy = task.TryGetValue("blocked_by", out var names)
                ? ((IEnumerable<object>)names).Select(n => n.ToString()).ToArray()
                : new string[0];
            return new TeamTask
            {
                Name = Text(task, "name"),
                Assignee = Text(task, "assignee"),
                Description = Text(task, "description"),
                BlockedBy = blockedBy,
            };
        }

        private static SpawnConfig Spawn(IDictionary<string, object> team)
        {
            if (!team.TryGetValue("spawn_config", out var value))
            {
                return null;
            }

            var spawn = (IDictionary<object, object>)value;
            int? Number(string key) => spawn.TryGetValue(key, out var n)
                ? int.Parse(n.ToString())
                : (int?)null;
            return new SpawnConfig
            {
                Min = Number("min_members"),
                Max = Number("max_members"),
                Default = Number("default_members"),
            };
        }

        private static IEnumerable<IDictionary<object, object>> List(
            IDictionary<string, object> team, string key)
        {
            return team.TryGetValue(key, out var items)
                ? ((IEnumerable<object>)items).Cast<IDictionary<object, object>>()
                : Enumerable.Empty<IDictionary<object, object>>();
        }

        private static string Text<TKey>(IDictionary<TKey, object> map, TKey key)
        {
            return map.TryGetValue(key, out var value) ? value?.ToString() : null;
        }

        private static string FindFolder()
        {
            var start = new DirectoryInfo(AppContext.BaseDirectory);
            for (var dir = start; dir != null; dir = dir.Parent)
            {
                var corpus = Path.Combine(dir.FullName, "shared", "corpus", "agent-almanac");
                if (Directory.Exists(corpus))
                {
                    return corpus;
                }
            }

            throw new DirectoryNotFoundException(
                "No shared/corpus/agent-almanac beside the repository.");
        }
    }
}
