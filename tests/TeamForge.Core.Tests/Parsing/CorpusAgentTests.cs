using System.IO;
using System.Linq;
using TeamForge.Library;
using TeamForge.Parsing;

namespace TeamForge.Tests.Parsing
{
    public class CorpusAgentTests
    {
        [Fact]
        public void An_agent_reads_its_front_matter()
        {
            var agent = DefinitionReader.ReadAgent(Corpus.Agent("devops-engineer"));

            Assert.Equal("devops-engineer", agent.Name);
            Assert.Equal("sonnet", agent.Model);
            Assert.Equal("high", agent.Priority);
            Assert.Equal(200000, agent.MaxContextTokens);
            Assert.Equal("1.0.0", agent.Version);
            Assert.Contains("Bash", agent.Tools);
            Assert.Contains("kubernetes", agent.Tags);
            Assert.Equal(5, agent.Skills.Length);
            Assert.Contains("deploy-to-kubernetes", agent.Skills);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", (string)agent.Extra["created"]);
            Assert.Empty(agent.ParseDiagnostics);
        }

        [Fact]
        public void The_instructions_are_the_body_without_the_front_matter()
        {
            var path = Corpus.Agent("devops-engineer");
            var lines = File.ReadAllLines(path);
            var agent = DefinitionReader.ReadAgent(path);

            var firstBodyLine = lines.Skip(1).SkipWhile(line => line != "---").Skip(1)
                .First(line => line.Length > 0);

            Assert.StartsWith(firstBodyLine, agent.Instructions);
            Assert.EndsWith(lines.Last(line => line.Trim().Length > 0).Trim(), agent.Instructions);
            Assert.DoesNotContain("max_context_tokens:", agent.Instructions);
            Assert.DoesNotContain("\r", agent.Instructions);
        }

        [Fact]
        public void Skill_ids_in_backticks_are_mentioned_skills()
        {
            var agent = DefinitionReader.ReadAgent(Corpus.Agent("devops-engineer"));

            Assert.Contains("provision-infrastructure-terraform", agent.MentionedSkills);
            Assert.DoesNotContain("deploy-to-kubernetes", agent.MentionedSkills);
        }

        [Fact]
        public void The_library_keeps_only_mentioned_ids_that_are_skills()
        {
            var read = DefinitionReader.ReadAgent(Corpus.Agent("devops-engineer"));
            var library = LibraryLoader.Load(Corpus.Path);

            var loaded = library.FindAgent("devops-engineer");

            Assert.Contains(read.MentionedSkills, id => library.FindSkill(id) == null);
            Assert.Equal(
                read.MentionedSkills.Where(id => library.FindSkill(id) != null),
                loaded.MentionedSkills);
        }
    }
}
