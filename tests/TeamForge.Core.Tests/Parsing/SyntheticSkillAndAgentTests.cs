using System.IO;
using System.Linq;
using TeamForge.Parsing;

namespace TeamForge.Tests.Parsing
{
    public class SyntheticSkillAndAgentTests
    {
        private const string SkillFrontMatter =
            "---\n" +
            "name: splice-rope\n" +
            "description: Join two ropes with a long splice\n" +
            "metadata:\n" +
            "  domain: rigging\n" +
            "  complexity: basic\n" +
            "  tags: [rope, splice]\n" +
            "  tools_needed: fid\n" +
            "---\n";

        [Fact]
        public void Step_headings_written_with_a_dash_a_dot_or_a_decimal_are_steps()
        {
            var text = SkillFrontMatter +
                "# Splice Rope\n\n## Procedure\n\n" +
                "### Step 1 — Unlay the Ends\n\nUnlay both ends.\n\n" +
                "### Step 2. Marry the Strands\n\nInterleave them.\n\n" +
                "### Step 2.5: Check the Lay\n\nLook along it.\n\n" +
                "### Step 3\n\nTuck each strand.\n";

            var skill = DefinitionReader.ParseSkill(Path.Combine("splice-rope", "SKILL.md"), text);

            Assert.Equal(new[] { "1", "2", "2.5", "3" }, skill.Steps.Select(step => step.Label));
            Assert.Equal(new[] { 1, 2, 2, 3 }, skill.Steps.Select(step => step.Number));
            Assert.Equal(
                new[] { "Unlay the Ends", "Marry the Strands", "Check the Lay", "" },
                skill.Steps.Select(step => step.Title));
            Assert.Equal("Tuck each strand.", skill.Steps[3].Text);
        }

        [Fact]
        public void Numbered_sub_headings_inside_a_step_stay_part_of_its_text()
        {
            var text = SkillFrontMatter +
                "## Procedure\n\n" +
                "### Step 1: Prepare\n\nGather tools.\n\n#### 1. Fid\n\nA wooden fid.\n\n" +
                "### Step 2: Splice\n\nSplice it.\n";

            var skill = DefinitionReader.ParseSkill(Path.Combine("splice-rope", "SKILL.md"), text);

            Assert.Equal(2, skill.Steps.Length);
            Assert.Contains("A wooden fid.", skill.Steps[0].Text);
        }

        [Fact]
        public void Expected_and_on_failure_are_cut_out_of_the_step_text()
        {
            var text = SkillFrontMatter +
                "## Procedure\n\n### Step 1: Whip the Ends\n\nWhip each end.\n\n" +
                "```bash\necho whip\n```\n\n" +
                "**Expected**: Ends no longer fray.\n\n" +
                "**On Failure:** Whip again:\n\n- tighter turns\n- waxed twine\n\n" +
                "Then move on.\n";

            var step = DefinitionReader.ParseSkill("SKILL.md", text).Steps.Single();

            Assert.Equal("Whip each end.\n\nThen move on.", step.Text);
            Assert.Equal("Ends no longer fray.", step.Expected);
            Assert.Equal("Whip again:\n\n- tighter turns\n- waxed twine", step.OnFailure);
        }

        [Fact]
        public void Loosely_named_sections_are_found()
        {
            var text = SkillFrontMatter +
                "# Splice Rope\n\n## When to Use\n\n- Two ropes must become one\n\n" +
                "## When NOT to Use\n\n- A knot will do\n\n" +
                "## Inputs\n\n### Required\n\n- **Rope**: two lengths\n\n" +
                "## Validation Checklist\n\n- [ ] The splice holds\n- [x] The lay is even\n\n" +
                "## Pitfalls\n\n1. **Short tails**: the splice slips\n";

            var skill = DefinitionReader.ParseSkill("SKILL.md", text);

            Assert.Equal(new[] { "Two ropes must become one" }, skill.WhenToUse);
            Assert.Equal(new[] { "Rope: two lengths" }, skill.Inputs);
            Assert.Equal(new[] { "The splice holds", "The lay is even" }, skill.Validation);
            Assert.Equal(new[] { "Short tails: the splice slips" }, skill.Pitfalls);
        }

        [Fact]
        public void Skill_tags_may_be_a_list_and_metadata_keys_go_to_extra()
        {
            var skill = DefinitionReader.ParseSkill("SKILL.md", SkillFrontMatter + "# Splice\n");

            Assert.Equal(new[] { "rope", "splice" }, skill.Tags);
            Assert.Equal("fid", skill.Extra["tools_needed"]);
            Assert.Equal("rigging", skill.Domain);
            Assert.Empty(skill.Steps);
        }

        [Fact]
        public void A_skill_without_a_name_takes_its_folder_name_with_a_warning()
        {
            var text = SkillFrontMatter.Replace("name: splice-rope\n", "");

            var skill = DefinitionReader.ParseSkill(
                Path.Combine("skills", "eye-splice", "SKILL.md"), text);

            Assert.Equal("eye-splice", skill.Name);
            var warning = Assert.Single(skill.ParseDiagnostics);
            Assert.Equal(ParseCodes.RequiredFieldMissing, warning.Code);
            Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        }

        [Fact]
        public void An_agent_reads_lists_written_either_way_and_ignores_code_fences()
        {
            var text = "---\n" +
                "name: rigger\n" +
                "tools: Read, Write\n" +
                "skills:\n  - splice-rope\n" +
                "mcp_servers: [rope-db]\n" +
                "max_context_tokens: lots\n" +
                "---\n" +
                "# Rigger\n\nUses `splice-rope`, `whip-ends` and `Not-An-Id`.\n\n" +
                "```\n`seize-line`\n```\n";

            var agent = DefinitionReader.ParseAgent("rigger.md", text);

            Assert.Equal(new[] { "Read", "Write" }, agent.Tools);
            Assert.Equal(new[] { "splice-rope" }, agent.Skills);
            Assert.Equal(new[] { "rope-db" }, agent.McpServers);
            Assert.Equal(new[] { "whip-ends" }, agent.MentionedSkills);
            Assert.Null(agent.MaxContextTokens);
            Assert.Equal(ParseCodes.FrontMatterYaml, Assert.Single(agent.ParseDiagnostics).Code);
            Assert.StartsWith("# Rigger", agent.Instructions);
        }

        [Fact]
        public void A_byte_order_mark_in_given_text_is_dropped()
        {
            var text = "\uFEFF---\r\nname: rigger\r\n---\r\nBody\r\n";

            var agent = DefinitionReader.ParseAgent("rigger.md", text);

            Assert.Equal("rigger", agent.Name);
            Assert.Equal("Body", agent.Instructions);
        }
    }
}
