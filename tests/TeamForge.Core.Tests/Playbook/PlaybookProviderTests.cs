using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.Execution;

namespace TeamForge.Tests.Playbook
{
    public class PlaybookProviderTests
    {
        private static string Run(string task, TeamForge.Library.TeamLibrary library = null)
        {
            return new PlaybookProvider().Write(BakeryTeam.Context(task, library));
        }

        private static string Section(string output, string heading)
        {
            var start = output.IndexOf("## " + heading + "\n", StringComparison.Ordinal);
            Assert.True(start >= 0, $"no '## {heading}' in:\n{output}");
            var end = output.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
            return end < 0 ? output.Substring(start) : output.Substring(start, end - start);
        }

        [Fact]
        public void Writes_the_sections_in_order()
        {
            var output = Run("plan-pastry");

            var headings = output.Split('\n').Where(line => line.StartsWith("## ")).ToArray();
            Assert.Equal(
                new[]
                {
                    "## Scope",
                    "## Approach",
                    "## Open decisions",
                    "## Acceptance checks",
                    "## Pitfalls",
                    "## Uncovered",
                },
                headings
            );
        }

        [Fact]
        public void The_same_context_gives_the_same_bytes()
        {
            Assert.Equal(Run("plan-pastry"), Run("plan-pastry"));
            Assert.Equal(Run("integrate-opening"), Run("integrate-opening"));
        }

        [Fact]
        public void An_own_skill_covers_its_concern_with_purpose_steps_and_expected_outcomes()
        {
            var approach = Section(Run("plan-pastry"), "Approach");

            Assert.Contains("#### `proof-dough` (own skill)", approach);
            Assert.Contains("Purpose: Proof dough for bread", approach);
            Assert.Contains(
                "1. **Feed the starter.** Expected: The starter doubles in four hours.",
                approach
            );
        }

        [Fact]
        public void A_library_skill_that_fits_clearly_better_is_drawn_in_and_marked()
        {
            var approach = Section(Run("plan-pastry"), "Approach");

            Assert.Contains("#### `rotate-oven-trays` (drawn from the library)", approach);
        }

        [Fact]
        public void A_skill_from_a_domain_nobody_in_the_team_works_in_needs_a_much_better_fit()
        {
            var output = Run("plan-pastry");

            Assert.DoesNotContain("`knit-scarf` (", output);
        }

        [Fact]
        public void A_concern_no_skill_fits_is_listed_as_uncovered()
        {
            var output = Run("plan-pastry");

            Assert.Contains(
                "No skill of the member or of the library fits this clearly",
                output
            );
            Assert.Contains(
                "- **Define glazing for festival cakes**: no skill fits clearly",
                Section(output, "Uncovered")
            );
        }

        [Fact]
        public void Alternatives_in_a_concern_become_an_open_decision()
        {
            var decisions = Section(Run("plan-pastry"), "Open decisions");

            Assert.Contains("- **Dough proofing schedule**: sourdough or yeast", decisions);
        }

        [Fact]
        public void Checks_and_pitfalls_come_from_the_chosen_skills_tagged_and_once_each()
        {
            var output = Run("plan-pastry");
            var checks = Section(output, "Acceptance checks");

            Assert.Contains("- [ ] Crumb is open and even (`proof-dough`)", checks);
            Assert.Equal(
                1,
                checks
                    .Split('\n')
                    .Count(line => line.Contains("Dough springs back when pressed"))
            );
            Assert.Contains(
                "Cold rooms slow proofing: move the dough somewhere warm. (`proof-dough`)",
                Section(output, "Pitfalls")
            );
        }

        [Fact]
        public void Skills_the_agent_names_but_the_library_lacks_are_reported()
        {
            Assert.Contains(
                "Named by the agent but not in the library: `missing-skill`.",
                Section(Run("plan-pastry"), "Scope")
            );
        }

        [Fact]
        public void A_member_whose_agent_is_not_in_the_library_says_so_and_uses_library_skills()
        {
            var output = Run("plan-pastry", BakeryTeam.Library(withPastryAgent: false));

            Assert.Contains(
                "The agent `pastry-cook` is not in the library, so only library skills "
                    + "were considered.",
                output
            );
            Assert.Contains("`proof-dough` (drawn from the library)", output);
        }

        [Fact]
        public void Without_a_library_every_concern_is_uncovered_and_the_scope_says_why()
        {
            var output = Run("plan-pastry", new TeamForge.Library.TeamLibrary());

            Assert.Contains("No skill library was given", output);
            Assert.DoesNotContain("#### `", output);
            Assert.Equal(
                3,
                Section(output, "Uncovered").Split('\n').Count(line => line.StartsWith("- **"))
            );
        }

        [Fact]
        public void A_task_with_inputs_names_what_it_builds_on_and_carries_their_decisions()
        {
            var upstream = BakeryTeam.Context("plan-pastry");
            var input = PlaybookContexts.InputFrom(
                upstream,
                new PlaybookProvider().Write(upstream)
            );
            var context = BakeryTeam.Context("plan-stores", inputs: new[] { input });

            var output = new PlaybookProvider().Write(context);

            Assert.Contains(
                "- Builds on: `plan-pastry` by `pastry-cook` (Pastry Cook): 3 "
                    + "concern(s), 1 open decision(s), 1 uncovered.",
                output
            );
            Assert.Contains(
                "- **Dough proofing schedule**: sourdough or yeast (raised by "
                    + "plan-pastry, pastry-cook)",
                Section(output, "Open decisions")
            );
        }

        [Fact]
        public void Plain_text_inputs_are_summarised_by_their_first_paragraph()
        {
            var input = new TaskInput
            {
                TaskName = "count-stock",
                Member = "clerk",
                Output = "We have forty sacks.\n\nMore later.",
            };
            var output = new PlaybookProvider().Write(
                BakeryTeam.Context("plan-stores", inputs: new[] { input })
            );

            Assert.Contains(
                "- Builds on: `count-stock` by `clerk`: We have forty sacks.",
                output
            );
        }

        [Fact]
        public void Reports_its_name_and_honours_cancellation()
        {
            var provider = new PlaybookProvider();
            using (var cancelled = new CancellationTokenSource())
            {
                cancelled.Cancel();

                Assert.Equal("Playbook", provider.Name);
                Assert.ThrowsAny<OperationCanceledException>(() =>
                    provider
                        .RunAsync(BakeryTeam.Context("plan-pastry"), cancelled.Token)
                        .GetAwaiter()
                        .GetResult()
                );
            }
        }

        [Fact]
        public async Task RunAsync_returns_what_Write_computes()
        {
            var context = BakeryTeam.Context("plan-pastry");

            var output = await new PlaybookProvider().RunAsync(context, CancellationToken.None);

            Assert.Equal(new PlaybookProvider().Write(context), output);
        }

        [Fact]
        public void The_integrating_task_merges_plain_text_inputs_as_summaries()
        {
            var inputs = new[]
            {
                new TaskInput
                {
                    TaskName = "plan-pastry",
                    Member = "pastry-cook",
                    Output = "Rye sourdough daily.",
                },
                new TaskInput
                {
                    TaskName = "plan-stores",
                    Member = "head-baker",
                    Output = "Rye flour in sacks.",
                },
            };

            var context = BakeryTeam.Context("integrate-opening", inputs: inputs);
            var output = new PlaybookProvider().Write(context);

            Assert.Contains("0 in the playbook's sections and 2 as other text", output);
            Assert.Contains(
                "| `plan-pastry` | pastry-cook | Summary: Rye sourdough daily. | - | - |", output);
            Assert.Contains(
                "- **rye**: plan-pastry, pastry-cook (its text) and "
                    + "plan-stores, head-baker (its text) both name it",
                output);
            Assert.Contains("### Phase 1: `plan-pastry` and `plan-stores`", output);
        }

        [Fact]
        public void The_integrating_task_with_no_inputs_says_there_is_nothing_to_merge()
        {
            var output = new PlaybookProvider().Write(BakeryTeam.Context("integrate-opening"));

            Assert.Contains("- Inputs: none were given, so there is nothing to merge.", output);
            Assert.Contains("## Roadmap\n\nNone: no upstream work to order.", output);
        }
    }
}