using System;
using System.IO;
using System.Linq;
using TeamForge.Library;
using TeamForge.Parsing;

namespace TeamForge.Tests.Parsing
{
    public class CorpusLibraryTests
    {
        private static readonly Lazy<TeamLibrary> Library =
            new Lazy<TeamLibrary>(() => LibraryLoader.Load(Corpus.Path));

        [Fact]
        public void Every_agent_skill_and_team_of_the_corpus_loads()
        {
            var library = Library.Value;

            Assert.Empty(library.Diagnostics);
            Assert.Equal(DefinitionsIn("agents", "*.md").Length, library.Agents.Count);
            Assert.Equal(SkillFolders().Length, library.Skills.Count);
            Assert.Equal(DefinitionsIn("teams", "*.md").Length, library.Teams.Count);
        }

        [Fact]
        public void No_corpus_team_has_a_parse_error()
        {
            foreach (var team in Library.Value.Teams)
            {
                var errors = team.ParseDiagnostics
                    .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
                Assert.True(!errors.Any(), $"{team.Name}: {string.Join("; ", errors)}");
                Assert.NotEmpty(team.Members);
                Assert.NotEmpty(team.Tasks);
                Assert.Equal(Corpus.Path, team.LibraryPath);
            }
        }

        [Fact]
        public void Member_and_task_lines_point_at_their_lines_in_every_team_file()
        {
            foreach (var team in Library.Value.Teams)
            {
                var lines = File.ReadAllLines(team.Path);
                Assert.Equal("team:", lines[team.ConfigLine - 1].Trim());
                foreach (var member in team.Members)
                {
                    Assert.Contains($"agent: {member.Agent}", lines[member.Line - 1]);
                }

                foreach (var task in team.Tasks)
                {
                    Assert.Contains($"name: {task.Name}", lines[task.Line - 1]);
                }
            }
        }

        [Fact]
        public void Every_skill_has_a_title_uses_and_numbered_steps()
        {
            foreach (var skill in Library.Value.Skills.Values)
            {
                Assert.False(string.IsNullOrEmpty(skill.Title), skill.Name);
                Assert.True(skill.WhenToUse.Length > 0, $"{skill.Name} has no When to Use");
                Assert.True(skill.Steps.Length > 0, $"{skill.Name} has no steps");
                Assert.All(skill.Steps, step => Assert.True(step.Number > 0, skill.Name));
                Assert.All(skill.Steps, step => Assert.False(string.IsNullOrEmpty(step.Title)));
            }
        }

        [Fact]
        public void Nearly_every_step_of_the_corpus_has_its_expected_and_failure_text()
        {
            var steps = Library.Value.Skills.Values.SelectMany(skill => skill.Steps).ToList();

            var withExpected = steps.Count(step => step.Expected != null);
            var withFailure = steps.Count(step => step.OnFailure != null);

            // A few skills give their steps no Expected or On failure paragraph at all.
            Assert.True(withExpected > steps.Count * 0.95, $"{withExpected} of {steps.Count}");
            Assert.True(withFailure > steps.Count * 0.95, $"{withFailure} of {steps.Count}");
            Assert.DoesNotContain(steps, step => (step.Expected ?? "").StartsWith("**"));
        }

        [Fact]
        public void Mentioned_skills_are_real_skills_beyond_the_front_matter_ones()
        {
            foreach (var agent in Library.Value.Agents.Values)
            {
                Assert.All(agent.MentionedSkills, id => Assert.True(
                    Library.Value.Skills.ContainsKey(id), $"{agent.Name} mentions {id}"));
                Assert.Empty(agent.MentionedSkills.Intersect(agent.Skills));
            }

            Assert.Contains(
                Library.Value.Agents.Values, agent => agent.MentionedSkills.Length > 0);
        }

        [Fact]
        public void The_library_root_of_a_corpus_team_is_the_corpus()
        {
            Assert.Equal(Corpus.Path, LibraryLoader.FindLibraryRoot(Corpus.Team("tending")));
            Assert.Null(LibraryLoader.FindLibraryRoot(Corpus.Agent("mystic")));
            Assert.Null(LibraryLoader.FindLibraryRoot(Corpus.Combine("guides", "README.md")));
        }

        private static string[] DefinitionsIn(string folder, string pattern)
        {
            return Directory.GetFiles(Corpus.Combine(folder), pattern)
                .Where(path => !Path.GetFileName(path).StartsWith("_"))
                .Where(path => Path.GetFileName(path) != "README.md")
                .ToArray();
        }

        private static string[] SkillFolders()
        {
            return Directory.GetDirectories(Corpus.Combine("skills"))
                .Where(folder => !Path.GetFileName(folder).StartsWith("_"))
                .Where(folder => File.Exists(Path.Combine(folder, DefinitionFiles.SkillFileName)))
                .ToArray();
        }
    }
}
