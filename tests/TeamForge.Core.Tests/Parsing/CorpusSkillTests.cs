using System.IO;
using System.Linq;
using TeamForge.Parsing;

namespace TeamForge.Tests.Parsing
{
    public class CorpusSkillTests
    {
        [Fact]
        public void A_skill_reads_its_front_matter_and_metadata()
        {
            var skill = DefinitionReader.ReadSkill(Corpus.Skill("deploy-to-kubernetes"));

            Assert.Equal("deploy-to-kubernetes", skill.Name);
            Assert.Equal("Deploy to Kubernetes", skill.Title);
            Assert.Equal("devops", skill.Domain);
            Assert.Equal("intermediate", skill.Complexity);
            Assert.Equal("MIT", skill.License);
            Assert.Equal("Read Write Edit Bash Grep Glob", skill.AllowedTools);
            Assert.Contains("k8s", skill.Tags);
            Assert.All(skill.Tags, tag => Assert.Equal(tag.Trim(), tag));
            Assert.Equal("1.0", skill.Extra["version"]);
            Assert.Equal("multi", skill.Extra["language"]);
            Assert.False(skill.Extra.ContainsKey("domain"));
            Assert.StartsWith("Deploy applications to Kubernetes", skill.Description);
        }

        [Fact]
        public void Steps_carry_number_title_line_expected_and_on_failure()
        {
            var path = Corpus.Skill("deploy-to-kubernetes");
            var lines = File.ReadAllLines(path);
            var skill = DefinitionReader.ReadSkill(path);

            Assert.Equal(
                Enumerable.Range(1, skill.Steps.Length), skill.Steps.Select(s => s.Number));
            Assert.All(skill.Steps, step =>
            {
                Assert.Equal($"### Step {step.Number}: {step.Title}", lines[step.Line - 1]);
                Assert.Equal(TextAfter(lines, step.Line, "**Expected:**"), step.Expected);
                Assert.Equal(TextAfter(lines, step.Line, "**On failure:**"), step.OnFailure);
            });
        }

        [Fact]
        public void A_step_text_is_its_prose_without_code_or_expectations()
        {
            var skill = DefinitionReader.ReadSkill(Corpus.Skill("deploy-to-kubernetes"));

            var first = skill.Steps[0];

            Assert.False(string.IsNullOrWhiteSpace(first.Text));
            Assert.DoesNotContain("```", first.Text);
            Assert.DoesNotContain("kubectl create namespace", first.Text);
            Assert.DoesNotContain("Expected", first.Text);
            Assert.DoesNotContain("On failure", first.Text);
        }

        [Fact]
        public void An_on_failure_label_followed_by_a_list_takes_the_list()
        {
            var skill = DefinitionReader.ReadSkill(Corpus.Skill("build-grafana-dashboards"));

            var first = skill.Steps[0];

            Assert.StartsWith("- ", first.OnFailure);
            Assert.True(first.OnFailure.Split('\n').Length > 1);
            Assert.DoesNotContain(first.OnFailure.Split('\n'), line => first.Text.Contains(line));
        }

        [Fact]
        public void Expected_and_on_failure_on_consecutive_lines_are_told_apart()
        {
            var path = Corpus.Skill("conduct-gxp-audit");
            var text = File.ReadAllText(path).Replace("\r\n", "\n");
            var skill = DefinitionReader.ReadSkill(path);

            var first = skill.Steps[0];

            Assert.Contains(
                $"**Expected:** {first.Expected}\n**On failure:** {first.OnFailure}", text);
            Assert.DoesNotContain("On failure", first.Expected);
        }

        [Fact]
        public void Steps_headed_with_a_bare_number_are_steps()
        {
            var path = Corpus.Skill("create-3d-scene");
            var lines = File.ReadAllLines(path);
            var skill = DefinitionReader.ReadSkill(path);

            Assert.NotEmpty(skill.Steps);
            Assert.All(skill.Steps, step =>
                Assert.Equal($"### {step.Number}. {step.Title}", lines[step.Line - 1]));
            Assert.All(skill.Steps, step => Assert.NotNull(step.Expected));
        }

        [Fact]
        public void Steps_headed_with_a_number_and_a_dot_are_steps()
        {
            var path = Corpus.Skill("use-graphql-api");
            var lines = File.ReadAllLines(path);
            var skill = DefinitionReader.ReadSkill(path);

            Assert.NotEmpty(skill.Steps);
            Assert.All(skill.Steps, step =>
                Assert.Equal($"### Step {step.Number}. {step.Title}", lines[step.Line - 1]));
        }

        [Fact]
        public void A_step_numbered_between_two_others_keeps_its_label()
        {
            var skill = DefinitionReader.ReadSkill(Corpus.Skill("evolve-skill"));

            var inserted = Assert.Single(skill.Steps, step => step.Label.Contains("."));

            var previous = skill.Steps[System.Array.IndexOf(skill.Steps, inserted) - 1];
            Assert.Equal(previous.Number, inserted.Number);
            Assert.Equal($"{previous.Number}.5", inserted.Label);
        }

        [Fact]
        public void Lists_of_a_skill_are_plain_text_items()
        {
            var skill = DefinitionReader.ReadSkill(Corpus.Skill("deploy-to-kubernetes"));

            Assert.NotEmpty(skill.WhenToUse);
            Assert.Contains(skill.Inputs, input => input.StartsWith("Required: "));
            Assert.Contains(skill.Inputs, input => input.StartsWith("Optional: "));
            Assert.NotEmpty(skill.Validation);
            Assert.DoesNotContain(skill.Validation, item => item.StartsWith("["));
            Assert.NotEmpty(skill.Pitfalls);
            Assert.All(skill.Pitfalls, pitfall => Assert.Matches("^[^*]+: ", pitfall));
        }

        [Fact]
        public void A_validation_checklist_heading_is_the_validation_section()
        {
            var path = Corpus.Skill("create-3d-scene");
            var checklist = File.ReadAllLines(path)
                .SkipWhile(line => line != "## Validation Checklist")
                .Skip(1)
                .TakeWhile(line => !line.StartsWith("## "))
                .Count(line => line.StartsWith("- ["));

            var skill = DefinitionReader.ReadSkill(path);

            Assert.True(checklist > 0);
            Assert.Equal(checklist, skill.Validation.Length);
        }

        [Fact]
        public void A_section_written_as_a_table_gives_one_item_per_row()
        {
            var skill = DefinitionReader.ReadSkill(Corpus.Skill("use-graphql-api"));

            Assert.NotEmpty(skill.Pitfalls);
            Assert.All(skill.Pitfalls, pitfall => Assert.Contains(": ", pitfall));
            Assert.DoesNotContain(skill.Pitfalls, pitfall => pitfall.Contains("|"));
            Assert.DoesNotContain(skill.Pitfalls, pitfall => pitfall.StartsWith("Pitfall:"));
        }

        /// <summary>The rest of the first line after a step's heading that opens so.</summary>
        private static string TextAfter(string[] lines, int headingLine, string label)
        {
            var line = lines.Skip(headingLine).First(text => text.StartsWith(label));
            return line.Substring(label.Length).Trim();
        }
    }
}
