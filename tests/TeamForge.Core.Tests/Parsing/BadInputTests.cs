using System;
using System.IO;
using System.Linq;
using TeamForge.Parsing;

namespace TeamForge.Tests.Parsing
{
    public class BadInputTests
    {
        [Fact]
        public void A_missing_file_is_TF1001_naming_the_file()
        {
            var path = Path.Combine(Path.GetTempPath(), "no-such-team-" + Guid.NewGuid() + ".md");

            var problems = new[]
            {
                Assert.Throws<DefinitionException>(() => DefinitionReader.ReadTeam(path)),
                Assert.Throws<DefinitionException>(() => DefinitionReader.ReadAgent(path)),
                Assert.Throws<DefinitionException>(() => DefinitionReader.ReadSkill(path)),
            };

            Assert.All(problems, problem =>
            {
                Assert.Equal(ParseCodes.FileNotFound, problem.Code);
                Assert.Equal(path, problem.Diagnostics[0].Path);
                Assert.Contains(path, problem.Message);
            });
        }

        [Fact]
        public void A_file_without_front_matter_is_TF1002_at_line_1()
        {
            var problem = Assert.Throws<DefinitionException>(() =>
                DefinitionReader.ParseTeam("crew.md", "# Crew\n\nNo fields here.\n"));

            Assert.Equal(ParseCodes.NoFrontMatter, problem.Code);
            Assert.Equal(1, problem.Diagnostics[0].Line);
        }

        [Fact]
        public void A_front_matter_that_is_never_closed_is_TF1002()
        {
            var problem = Assert.Throws<DefinitionException>(() =>
                DefinitionReader.ParseAgent("scout.md", "---\nname: scout\n\n# Scout\n"));

            Assert.Equal(ParseCodes.NoFrontMatter, problem.Code);
        }

        [Fact]
        public void Malformed_front_matter_yaml_is_TF1003_at_its_file_line_and_column()
        {
            var text = SampleTeams.FrontMatter.Replace(
                "description: Plans a harbour refit\n", "description: \"Plans a harbour refit\n");
            var lines = text.Split('\n');

            var problem = Assert.Throws<DefinitionException>(() =>
                DefinitionReader.ParseTeam("harbour-crew.md", text));

            var diagnostic = problem.Diagnostics.Single();
            Assert.Equal(ParseCodes.FrontMatterYaml, diagnostic.Code);
            Assert.StartsWith("description: \"", lines[diagnostic.Line - 1]);
            Assert.Equal('"', lines[diagnostic.Line - 1][diagnostic.Column - 1]);
            Assert.Contains("harbour-crew.md:3:14", problem.Message);
        }

        [Fact]
        public void An_unclosed_list_at_the_end_of_the_yaml_is_reported_on_its_own_line()
        {
            var text = "---\nname: scout\ntags: [a, b\n---\n# Scout\n";

            var problem = Assert.Throws<DefinitionException>(() =>
                DefinitionReader.ParseAgent("scout.md", text));

            Assert.Equal(ParseCodes.FrontMatterYaml, problem.Code);
            Assert.Equal(3, problem.Diagnostics[0].Line);
        }

        [Fact]
        public void A_bad_indent_in_the_front_matter_is_TF1003_at_that_line()
        {
            var text =
                "---\nname: scout\ndescription: Looks ahead\n  model: sonnet\n---\n# Scout\n";

            var problem = Assert.Throws<DefinitionException>(() =>
                DefinitionReader.ParseAgent("scout.md", text));

            Assert.Equal(ParseCodes.FrontMatterYaml, problem.Code);
            Assert.Equal(4, problem.Diagnostics[0].Line);
        }

        [Fact]
        public void A_front_matter_that_is_not_a_map_is_TF1003()
        {
            var problem = Assert.Throws<DefinitionException>(() =>
                DefinitionReader.ParseSkill("SKILL.md", "---\n- just\n- a list\n---\n# Skill\n"));

            Assert.Equal(ParseCodes.FrontMatterYaml, problem.Code);
        }

        [Fact]
        public void An_alias_that_contains_itself_is_TF1003_and_does_not_hang()
        {
            var text = "---\nname: loop\nnotes: &self [a, *self]\n---\n# Loop\n";

            var problem = Assert.Throws<DefinitionException>(() =>
                DefinitionReader.ParseAgent("loop.md", text));

            Assert.Equal(ParseCodes.FrontMatterYaml, problem.Code);
        }

        [Fact]
        public void Malformed_config_yaml_is_TF1005_at_its_file_line()
        {
            var config = SampleTeams.Config.Replace(
                "      blocked_by: [survey-hull]\n", "      blocked_by: [survey-hull\n");
            var text = SampleTeams.WithConfig(config);
            var lines = text.Split('\n');
            var blockedByLine = Array.FindIndex(lines, line => line.Contains("blocked_by")) + 1;

            var team = DefinitionReader.ParseTeam("harbour-crew.md", text);

            var error = Assert.Single(team.ParseDiagnostics);
            Assert.Equal(ParseCodes.ConfigYaml, error.Code);
            Assert.Equal(DiagnosticSeverity.Error, error.Severity);
            Assert.Equal(blockedByLine, error.Line);
            Assert.Empty(team.Tasks);
            Assert.Equal(2, team.Members.Length);
        }

        [Fact]
        public void A_start_marker_without_an_end_marker_is_TF1004_at_the_start_marker()
        {
            var text = SampleTeams.WithConfig(SampleTeams.Config)
                .Replace("<!-- CONFIG:END -->", "");
            var startLine = Array.IndexOf(text.Split('\n'), "<!-- CONFIG:START -->") + 1;

            var team = DefinitionReader.ParseTeam("harbour-crew.md", text);

            var error = Assert.Single(team.ParseDiagnostics);
            Assert.Equal(ParseCodes.ConfigNotClosed, error.Code);
            Assert.Equal(startLine, error.Line);
            Assert.Equal(2, team.Members.Length);
        }

        [Fact]
        public void A_yaml_fence_that_is_never_closed_is_TF1004()
        {
            var text = SampleTeams.WithConfig(SampleTeams.Config)
                .Replace("```\n<!-- CONFIG:END -->", "<!-- CONFIG:END -->");

            var team = DefinitionReader.ParseTeam("harbour-crew.md", text);

            Assert.Equal(ParseCodes.ConfigNotClosed, Assert.Single(team.ParseDiagnostics).Code);
        }

        [Fact]
        public void Markers_without_a_yaml_fence_between_them_are_TF1004()
        {
            var text = SampleTeams.FrontMatter +
                "\n## Configuration\n\n<!-- CONFIG:START -->\nteam: none\n\n<!-- CONFIG:END -->\n";

            var team = DefinitionReader.ParseTeam("harbour-crew.md", text);

            var error = Assert.Single(team.ParseDiagnostics);
            Assert.Equal(ParseCodes.ConfigNotClosed, error.Code);
            Assert.Equal(20, error.Line);
        }

        [Fact]
        public void A_config_block_without_a_team_map_is_TF1009()
        {
            var text = SampleTeams.WithConfig("crew:\n  name: harbour-crew\n");

            var team = DefinitionReader.ParseTeam("harbour-crew.md", text);

            var error = Assert.Single(team.ParseDiagnostics);
            Assert.Equal(ParseCodes.ConfigTeamMissing, error.Code);
            Assert.Equal(DiagnosticSeverity.Error, error.Severity);
            Assert.Equal(team.ConfigLine, error.Line);
        }

        [Fact]
        public void A_team_key_that_is_not_a_map_is_TF1009()
        {
            var text = SampleTeams.WithConfig("team: harbour-crew\n");

            var team = DefinitionReader.ParseTeam("harbour-crew.md", text);

            Assert.Equal(ParseCodes.ConfigTeamMissing, Assert.Single(team.ParseDiagnostics).Code);
        }

        [Fact]
        public void A_task_without_a_name_is_TF1010_at_its_line_and_is_left_out()
        {
            var config = SampleTeams.Config.Replace(
                "    - name: survey-hull\n      assignee: surveyor\n",
                "    - assignee: surveyor\n");
            var text = SampleTeams.WithConfig(config);
            var taskLine = Array.IndexOf(text.Split('\n'), "    - assignee: surveyor") + 1;

            var team = DefinitionReader.ParseTeam("harbour-crew.md", text);

            var error = Assert.Single(team.ParseDiagnostics);
            Assert.Equal(ParseCodes.TaskWithoutName, error.Code);
            Assert.Equal(DiagnosticSeverity.Error, error.Severity);
            Assert.Equal(taskLine, error.Line);
            Assert.Equal(new[] { "merge-plans" }, team.Tasks.Select(task => task.Name));
        }

        [Fact]
        public void A_readme_or_template_named_explicitly_is_TF1006()
        {
            var named = new[]
            {
                Corpus.Combine("teams", "README.md"),
                Corpus.Combine("teams", "_template.md"),
                Corpus.Combine("skills", "_template", "SKILL.md"),
            };

            Assert.All(named, path =>
            {
                var problem = Assert.Throws<DefinitionException>(
                    () => DefinitionReader.ReadTeam(path));
                Assert.Equal(ParseCodes.NotADefinition, problem.Code);
                Assert.Equal(DiagnosticSeverity.Error, problem.Diagnostics[0].Severity);
            });
        }

        [Fact]
        public void An_agent_without_a_name_or_a_path_cannot_be_read()
        {
            var problem = Assert.Throws<DefinitionException>(() =>
                DefinitionReader.ParseAgent(null, "---\nmodel: sonnet\n---\n# Nameless\n"));

            Assert.Equal(ParseCodes.RequiredFieldMissing, problem.Code);
        }

        [Fact]
        public void No_message_for_bad_input_holds_a_stack_trace()
        {
            var badTexts = new[]
            {
                "# no front matter\n",
                "---\nname: [unclosed\n---\n",
                "---\n- a\n---\n",
                SampleTeams.WithConfig("team: [\n"),
                SampleTeams.WithConfig("crew: {}\n"),
                SampleTeams.WithConfig(
                    SampleTeams.Config.Replace("- name: survey-hull", "- x: y")),
                SampleTeams.WithConfig(SampleTeams.Config).Replace("<!-- CONFIG:END -->", ""),
            };

            foreach (var text in badTexts)
            {
                var messages = MessagesOf(() => DefinitionReader.ParseTeam("crew.md", text));
                Assert.NotEmpty(messages);
                Assert.All(messages, message => Assert.DoesNotContain("   at ", message));
            }
        }

        private static string[] MessagesOf(Func<TeamDefinition> read)
        {
            try
            {
                var team = read();
                return team.ParseDiagnostics.Select(diagnostic => diagnostic.ToString()).ToArray();
            }
            catch (DefinitionException problem)
            {
                return new[] { problem.Message }
                    .Concat(problem.Diagnostics.Select(diagnostic => diagnostic.ToString()))
                    .ToArray();
            }
        }
    }
}
