using System;
using System.Collections.Generic;
using System.Globalization;
using TeamForge.Library;

namespace TeamForge.Parsing
{
    /// <summary>
    /// Reads a team file: front matter, Markdown sections and CONFIG block merged into one
    /// definition. Problems that leave the rest readable go to ParseDiagnostics.
    /// </summary>
    internal static class TeamReader
    {
        private static readonly string[] FrontMatterKeys =
        {
            "name", "description", "lead", "version", "author", "created", "updated", "tags",
            "coordination", "members",
        };

        private static readonly string[] ConfigTeamKeys =
        {
            "name", "lead", "coordination", "members", "tasks", "spawn_config",
        };

        public static TeamDefinition Read(DefinitionDocument document)
        {
            var bag = new DiagnosticBag(document.Path);
            var front = document.FrontMatter;
            var config = ConfigBlock.Find(document, bag);
            var configTeam = config?.Team;
            var frontMembers = FrontMatterMember.ReadAll(front, bag);

            var team = new TeamDefinition
            {
                Name = RequiredName.Resolve(
                    Agreed("name", front, configTeam, bag), document, "team", bag),
                Description = front.Text("description"),
                Lead = Agreed("lead", front, configTeam, bag),
                Coordination = Agreed("coordination", front, configTeam, bag),
                Version = front.Text("version"),
                Author = front.Text("author"),
                Created = front.Text("created"),
                Updated = front.Text("updated"),
                Tags = front.List("tags"),
                Sections = new MarkdownOutline(document).Sections(),
                Path = document.Path,
                LibraryPath = LibraryLayout.FindRoot(document.Path),
                ConfigLine = config?.Line ?? 0,
            };

            team.Members = configTeam != null && configTeam.Has("members")
                ? TeamMemberReader.FromConfig(configTeam, frontMembers, bag)
                : TeamMemberReader.FromFrontMatter(frontMembers);
            team.Tasks = configTeam != null
                ? TeamTaskReader.Read(configTeam, bag)
                : new TeamTask[0];
            team.SpawnConfig = configTeam != null ? SpawnConfigOf(configTeam, bag) : null;
            ExtraKeys.Merge(team.Extra, front.Extra(FrontMatterKeys), ConfigExtra(config));

            team.ParseDiagnostics = bag.ToArray();
            return team;
        }

        /// <summary>
        /// The value of a field both parts may give. The front matter wins when they
        /// disagree, with a warning naming both.
        /// </summary>
        private static string Agreed(
            string key, YamlMap front, YamlMap configTeam, DiagnosticBag bag)
        {
            var fromFront = front.Text(key);
            var fromConfig = configTeam?.Text(key);
            if (fromFront != null && fromConfig != null &&
                !string.Equals(fromFront, fromConfig, StringComparison.OrdinalIgnoreCase))
            {
                bag.Warning(
                    ParseCodes.ConfigDisagrees, configTeam.LineOf(key),
                    $"the front matter and the CONFIG block disagree on the {key}: " +
                    $"'{fromFront}' (line {front.LineOf(key)}) and '{fromConfig}' " +
                    $"(line {configTeam.LineOf(key)}); using '{fromFront}' from the front matter");
            }

            return fromFront ?? fromConfig;
        }

        private static SpawnConfig SpawnConfigOf(YamlMap configTeam, DiagnosticBag bag)
        {
            if (!configTeam.Has("spawn_config"))
            {
                return null;
            }

            var spawn = configTeam.Map("spawn_config");
            if (spawn == null)
            {
                bag.Error(
                    ParseCodes.ConfigYaml, configTeam.LineOf("spawn_config"),
                    "'spawn_config' must be a map (min_members, max_members, default_members)");
                return null;
            }

            return new SpawnConfig
            {
                Min = WholeNumber(spawn, "min_members", bag),
                Max = WholeNumber(spawn, "max_members", bag),
                Default = WholeNumber(spawn, "default_members", bag),
            };
        }

        private static int? WholeNumber(YamlMap map, string key, DiagnosticBag bag)
        {
            var text = map.Text(key);
            if (text == null)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }

            bag.Error(
                ParseCodes.ConfigYaml, map.LineOf(key),
                $"'{key}' must be a whole number, not '{text}'");
            return null;
        }

        /// <summary>
        /// The unknown keys of the CONFIG <c>team:</c> map, and of the block's top level
        /// beside <c>team:</c>.
        /// </summary>
        private static IDictionary<string, object> ConfigExtra(ConfigBlock config)
        {
            var extra = config?.Team?.Extra(ConfigTeamKeys)
                ?? new SortedDictionary<string, object>();
            if (config?.Root == null)
            {
                return extra;
            }

            // Limitation: a top-level key named like an unknown key of the team: map is
            // dropped; the format puts everything under team:, so both are unexpected.
            foreach (var entry in config.Root.Extra(new[] { "team" }))
            {
                if (!extra.ContainsKey(entry.Key))
                {
                    extra[entry.Key] = entry.Value;
                }
            }

            return extra;
        }
    }
}
