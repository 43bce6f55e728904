using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TeamForge.Parsing;

namespace TeamForge.Tests.Parsing
{
    public class CorpusTeamTests
    {
        [Fact]
        public void Devops_platform_engineering_has_four_members_and_five_tasks()
        {
            var team = DefinitionReader.ReadTeam(Corpus.Team("devops-platform-engineering"));

            Assert.Equal("devops-platform-engineering", team.Name);
            Assert.Equal("devops-engineer", team.Lead);
            Assert.Equal("parallel", team.Coordination);
            Assert.Equal(4, team.Members.Length);
            Assert.Equal(5, team.Tasks.Length);
            Assert.Empty(team.ParseDiagnostics);
        }

        [Fact]
        public void The_integration_task_waits_on_the_four_design_tasks()
        {
            var team = DefinitionReader.ReadTeam(Corpus.Team("devops-platform-engineering"));

            var integration = team.Tasks.Single(task => task.Name == "integrate-platform-design");
            var others = team.Tasks.Where(task => task != integration).Select(task => task.Name);

            Assert.Equal(
                others.OrderBy(name => name), integration.BlockedBy.OrderBy(name => name));
            Assert.All(team.Tasks.Where(task => task != integration),
                task => Assert.Empty(task.BlockedBy));
            Assert.Equal("devops-engineer", integration.Assignee);
        }

        [Fact]
        public void Lines_point_at_the_member_task_and_config_lines_of_the_file()
        {
            var path = Corpus.Team("devops-platform-engineering");
            var lines = File.ReadAllLines(path);
            var team = DefinitionReader.ReadTeam(path);

            Assert.StartsWith("```yaml", lines[team.ConfigLine - 2]);
            Assert.Equal("team:", lines[team.ConfigLine - 1]);
            Assert.All(team.Members, member =>
                Assert.Equal($"    - agent: {member.Agent}", lines[member.Line - 1]));
            Assert.All(team.Tasks, task =>
                Assert.Equal($"    - name: {task.Name}", lines[task.Line - 1]));
        }

        [Fact]
        public void Responsibilities_come_from_the_front_matter_member_of_the_same_id()
        {
            var path = Corpus.Team("devops-platform-engineering");
            var frontMatter = FrontMatterText(path);
            var team = DefinitionReader.ReadTeam(path);

            Assert.All(team.Members, member =>
            {
                Assert.False(string.IsNullOrEmpty(member.Responsibilities));
                var idLine = frontMatter.IndexOf($"- id: {member.Agent}");
                var ownBlock = frontMatter.Substring(idLine);
                Assert.Contains($"responsibilities: {member.Responsibilities}", ownBlock);
                Assert.Equal(member.Agent, member.SubagentType);
            });
        }

        [Fact]
        public void Sections_carry_heading_level_line_text_and_plain_bullets()
        {
            var path = Corpus.Team("devops-platform-engineering");
            var lines = File.ReadAllLines(path);
            var team = DefinitionReader.ReadTeam(path);

            var expected = new[]
            {
                "Purpose", "Team Composition", "Coordination Pattern", "Task Decomposition",
                "Configuration", "Usage Scenarios", "Limitations", "See Also",
            };
            var levelTwo = team.Sections.Where(section => section.Level == 2);
            Assert.Equal(expected, levelTwo.Select(section => section.Heading));
            Assert.All(team.Sections, section => Assert.Equal(
                new string('#', section.Level) + " " + section.Heading, lines[section.Line - 1]));

            var limitations = team.Sections.Single(section => section.Heading == "Limitations");
            var bulletLines = limitations.Text.Split('\n').Count(line => line.StartsWith("- "));
            Assert.Equal(bulletLines, limitations.Bullets.Length);

            var purpose = team.Sections.Single(section => section.Heading == "Purpose");
            Assert.Contains("**Security**", purpose.Text);
            Assert.Contains(purpose.Bullets, bullet => bullet.StartsWith("Security: "));
            Assert.DoesNotContain(purpose.Bullets, bullet => bullet.Contains("**"));
        }

        [Fact]
        public void A_section_text_stops_at_the_next_heading_of_any_level()
        {
            var team = DefinitionReader.ReadTeam(Corpus.Team("devops-platform-engineering"));

            var decomposition = team.Sections.Single(s => s.Heading == "Task Decomposition");
            var phaseOne = team.Sections.Single(s => s.Heading == "Phase 1: Setup (Lead)");

            Assert.DoesNotContain("###", decomposition.Text);
            Assert.Equal(3, phaseOne.Level);
            Assert.Contains("Assess current infrastructure state and gaps", phaseOne.Bullets);
            Assert.DoesNotContain("Phase 2", phaseOne.Text);
        }

        [Fact]
        public void Scrum_team_keeps_its_own_keys_in_extra()
        {
            var team = DefinitionReader.ReadTeam(Corpus.Team("scrum-team"));

            var flexSlots = Assert.IsType<List<object>>(team.Extra["flex_slots"]);
            var slot = Assert.IsAssignableFrom<IDictionary<string, object>>(flexSlots[0]);
            Assert.Equal("Developer", slot["role"]);
            Assert.Contains("web-developer", Assert.IsType<List<object>>(slot["examples"]));

            var owner = Assert.IsAssignableFrom<IDictionary<string, object>>(
                team.Extra["product_owner"]);
            Assert.Equal("user", owner["default"]);

            var sprint = Assert.IsAssignableFrom<IDictionary<string, object>>(
                team.Extra["sprint"]);
            Assert.Equal("2", sprint["duration_weeks"]);
            Assert.Empty(team.ParseDiagnostics);
        }

        [Fact]
        public void Scrum_developers_filling_the_same_role_keep_their_own_responsibilities()
        {
            var path = Corpus.Team("scrum-team");
            var frontMatter = FrontMatterText(path);
            var team = DefinitionReader.ReadTeam(path);

            var developers = team.Members.Where(member => member.Role == "Developer").ToList();

            Assert.Equal(2, developers.Count);
            Assert.NotEqual(developers[0].Responsibilities, developers[1].Responsibilities);
            Assert.All(developers, member => Assert.Contains(
                $"- id: {member.Agent}\n    role: Developer\n" +
                $"    responsibilities: {member.Responsibilities}",
                frontMatter));
        }

        [Fact]
        public void Opaque_team_has_a_variable_member_and_spawn_limits()
        {
            var team = DefinitionReader.ReadTeam(Corpus.Team("opaque-team"));

            Assert.Equal(2, team.Members.Length);
            Assert.All(team.Members, member => Assert.Equal("shapeshifter", member.Agent));
            var variable = Assert.Single(team.Members, member => member.IsVariable);
            Assert.Equal("variable", variable.Count);
            Assert.Equal("Member", variable.Role);
            Assert.Null(team.Members.Single(member => !member.IsVariable).Count);

            Assert.Equal(2, team.SpawnConfig.Min);
            Assert.Equal(8, team.SpawnConfig.Max);
            Assert.Equal(3, team.SpawnConfig.Default);
        }

        [Fact]
        public void Opaque_team_slots_of_one_agent_take_responsibilities_by_role()
        {
            var path = Corpus.Team("opaque-team");
            var frontMatter = FrontMatterText(path);
            var team = DefinitionReader.ReadTeam(path);

            Assert.NotEqual(team.Members[0].Responsibilities, team.Members[1].Responsibilities);
            Assert.All(team.Members, member => Assert.Contains(
                $"role: {member.Role}\n    responsibilities: {member.Responsibilities}",
                frontMatter));
        }

        [Fact]
        public void Tending_has_a_task_for_the_orchestrator()
        {
            var team = DefinitionReader.ReadTeam(Corpus.Team("tending"));

            var archiving = Assert.Single(team.Tasks, task => task.Assignee == "orchestrator");
            Assert.DoesNotContain(team.Members, member => member.Agent == "orchestrator");
            Assert.NotEmpty(archiving.BlockedBy);
        }

        [Fact]
        public void Unquoted_dates_of_the_corpus_stay_as_written()
        {
            var path = Corpus.Team("tending");
            var created = Regex.Match(FrontMatterText(path), @"\ncreated: (\S+)").Groups[1].Value;

            var team = DefinitionReader.ReadTeam(path);

            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", created);
            Assert.Equal(created, team.Created);
            Assert.Contains("tending", team.Tags);
        }

        /// <summary>The front matter with LF line ends, as the file's lines join.</summary>
        private static string FrontMatterText(string path)
        {
            var lines = File.ReadAllLines(path);
            var end = System.Array.IndexOf(lines, "---", 1);
            return string.Join("\n", lines.Take(end + 1));
        }
    }
}
