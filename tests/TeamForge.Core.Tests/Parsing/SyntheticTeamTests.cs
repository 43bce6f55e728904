using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TeamForge.Parsing;

namespace TeamForge.Tests.Parsing
{
    public class SyntheticTeamTests
    {
        [Fact]
        public void A_team_file_with_crlf_endings_and_a_byte_order_mark_reads_like_any_other()
        {
            using (var folder = new TempFolder())
            {
                var text = SampleTeams.WithConfig(SampleTeams.Config).Replace("\n", "\r\n");
                var bytes = new UTF8Encoding(true).GetPreamble()
                    .Concat(Encoding.UTF8.GetBytes(text)).ToArray();
                var path = folder.WriteBytes(Path.Combine("teams", "harbour-crew.md"), bytes);
                var lines = File.ReadAllLines(path);

                var team = DefinitionReader.ReadTeam(path);

                Assert.Empty(team.ParseDiagnostics);
                Assert.Equal("harbour-crew", team.Name);
                Assert.Equal(2, team.Members.Length);
                Assert.Equal(new[] { "survey-hull" }, team.Tasks[1].BlockedBy);
                Assert.All(team.Tasks, task =>
                    Assert.Equal($"    - name: {task.Name}", lines[task.Line - 1]));
                Assert.All(team.Sections, section => Assert.DoesNotContain("\r", section.Text));
            }
        }

        [Fact]
        public void Comments_in_the_front_matter_and_the_config_block_are_ignored()
        {
            var config = SampleTeams.Config
                .Replace("  lead: harbour-master\n", "  lead: harbour-master  # merges\n")
                .Replace("  tasks:\n", "  # the work, in order\n  tasks:\n");
            var text = SampleTeams.WithConfig(config).Replace(
                "lead: harbour-master\nversion", "# who leads\nlead: harbour-master\nversion");

            var team = DefinitionReader.ParseTeam("harbour-crew.md", text);

            Assert.Empty(team.ParseDiagnostics);
            Assert.Equal("harbour-master", team.Lead);
            Assert.Equal(2, team.Tasks.Length);
        }

        [Fact]
        public void Unquoted_dates_and_versions_stay_as_written()
        {
            var text = SampleTeams.WithConfig(SampleTeams.Config)
                .Replace("created: 2026-03-01\n", "created: 2026-03-01\nupdated: 2026-03-02\n");

            var team = DefinitionReader.ParseTeam("harbour-crew.md", text);

            Assert.Equal("2026-03-01", team.Created);
            Assert.Equal("2026-03-02", team.Updated);
            Assert.Equal("0.2.0", team.Version);
        }

        [Fact]
        public void Blocked_by_may_be_a_single_task_name()
        {
            var config = SampleTeams.Config.Replace("[survey-hull]", "survey-hull");

            var team = SampleTeams.ParseWithConfig(config);

            Assert.Equal(new[] { "survey-hull" }, team.Tasks[1].BlockedBy);
        }

        [Fact]
        public void Blocked_by_may_be_a_block_list()
        {
            var config = SampleTeams.Config.Replace(
                "blocked_by: [survey-hull]\n", "blocked_by:\n        - survey-hull\n");

            var team = SampleTeams.ParseWithConfig(config);

            Assert.Equal(new[] { "survey-hull" }, team.Tasks[1].BlockedBy);
        }

        [Fact]
        public void A_team_without_a_config_block_takes_its_members_from_the_front_matter()
        {
            var text = SampleTeams.FrontMatter + "\n# Harbour Crew\n\n## Purpose\n\nRefits.\n";
            var lines = text.Split('\n');

            var team = DefinitionReader.ParseTeam("harbour-crew.md", text);

            Assert.Empty(team.ParseDiagnostics);
            Assert.Equal(
                new[] { "harbour-master", "surveyor" }, team.Members.Select(m => m.Agent));
            Assert.Equal("Hull Surveyor", team.Members[1].Role);
            Assert.Equal("Surveys the hull", team.Members[1].Responsibilities);
            Assert.Equal("  - id: surveyor", lines[team.Members[1].Line - 1]);
            Assert.Empty(team.Tasks);
            Assert.Equal(0, team.ConfigLine);
            Assert.Null(team.SpawnConfig);
        }

        [Fact]
        public void A_slot_keeps_its_own_config_and_unknown_keys()
        {
            var config = SampleTeams.Config.Replace(
                "      subagent_type: surveyor\n",
                "      subagent_type: surveyor\n" +
                "      shift: night\n" +
                "      config:\n" +
                "        depth_limit: 12\n" +
                "        focus: [keel, rudder]\n");

            var team = SampleTeams.ParseWithConfig(config);

            var surveyor = team.Members[1];
            Assert.Equal("12", surveyor.Config["depth_limit"]);
            var focus = Assert.IsType<List<object>>(surveyor.Config["focus"]);
            Assert.Equal(new object[] { "keel", "rudder" }, focus);
            Assert.Equal("night", surveyor.Extra["shift"]);
            Assert.Empty(team.Members[0].Config);
        }

        [Fact]
        public void Placeholder_assignees_survive_parsing()
        {
            var config = SampleTeams.Config +
                "    - name: cross-check\n" +
                "      assignee: any\n" +
                "    - name: sign-off\n" +
                "      assignee: both\n" +
                "      blocked_by: [merge-plans, cross-check]\n";

            var team = SampleTeams.ParseWithConfig(config);

            Assert.Empty(team.ParseDiagnostics);
            Assert.Equal("any", team.Tasks.Single(task => task.Name == "cross-check").Assignee);
            Assert.Equal("both", team.Tasks.Single(task => task.Name == "sign-off").Assignee);
        }

        [Fact]
        public void Unknown_task_keys_go_to_the_task_extra()
        {
            var config = SampleTeams.Config.Replace(
                "      description: Survey the hull below the waterline\n",
                "      description: Survey the hull below the waterline\n      tide: low\n");

            var team = SampleTeams.ParseWithConfig(config);

            Assert.Equal("low", team.Tasks[0].Extra["tide"]);
            Assert.False(team.Tasks[0].Extra.ContainsKey("assignee"));
        }

        [Fact]
        public void Unknown_keys_of_both_parts_are_kept_and_a_clash_is_prefixed()
        {
            var text = SampleTeams.WithConfig(SampleTeams.Config.Replace(
                    "  coordination: hub-and-spoke\n",
                    "  coordination: hub-and-spoke\n  berth: 4\n  budget: 900\n"))
                .Replace("tags: [harbour, refit]\n", "tags: [harbour, refit]\nbudget: 1200\n");

            var team = DefinitionReader.ParseTeam("harbour-crew.md", text);

            Assert.Equal("1200", team.Extra["budget"]);
            Assert.Equal("900", team.Extra["config.budget"]);
            Assert.Equal("4", team.Extra["berth"]);
            Assert.False(team.Extra.ContainsKey("members"));
        }

        [Fact]
        public void Tags_may_be_a_comma_separated_string()
        {
            var text = SampleTeams.FrontMatter.Replace("[harbour, refit]", "harbour, refit");

            var team = DefinitionReader.ParseTeam("harbour-crew.md", text);

            Assert.Equal(new[] { "harbour", "refit" }, team.Tags);
        }

        [Fact]
        public void A_count_that_is_a_number_is_kept_and_is_not_variable()
        {
            var config = SampleTeams.Config.Replace(
                "      subagent_type: surveyor\n",
                "      subagent_type: surveyor\n      count: 3\n");

            var team = SampleTeams.ParseWithConfig(config);

            Assert.Equal("3", team.Members[1].Count);
            Assert.False(team.Members[1].IsVariable);
        }

        [Fact]
        public void Front_matter_and_config_that_disagree_give_a_warning_naming_both()
        {
            var config = SampleTeams.Config.Replace(
                "  lead: harbour-master\n", "  lead: surveyor\n");
            var text = SampleTeams.WithConfig(config);
            var lines = text.Split('\n');

            var team = DefinitionReader.ParseTeam("harbour-crew.md", text);

            var warning = Assert.Single(team.ParseDiagnostics);
            Assert.Equal(ParseCodes.ConfigDisagrees, warning.Code);
            Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
            Assert.Equal("  lead: surveyor", lines[warning.Line - 1]);
            Assert.Contains("'harbour-master' (line 4)", warning.Message);
            Assert.Contains($"'surveyor' (line {warning.Line})", warning.Message);
            Assert.Equal("harbour-master", team.Lead);
        }

        [Fact]
        public void A_team_without_a_name_takes_it_from_the_file_name_with_a_warning()
        {
            var text = SampleTeams.FrontMatter.Replace("name: harbour-crew\n", "");

            var team = DefinitionReader.ParseTeam(Path.Combine("teams", "dock-crew.md"), text);

            Assert.Equal("dock-crew", team.Name);
            var warning = Assert.Single(team.ParseDiagnostics);
            Assert.Equal(ParseCodes.RequiredFieldMissing, warning.Code);
            Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        }

        [Fact]
        public void A_team_without_a_name_or_a_path_has_an_error()
        {
            var text = SampleTeams.FrontMatter.Replace("name: harbour-crew\n", "");

            var team = DefinitionReader.ParseTeam(null, text);

            var error = Assert.Single(team.ParseDiagnostics);
            Assert.Equal(ParseCodes.RequiredFieldMissing, error.Code);
            Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        }
    }
}
