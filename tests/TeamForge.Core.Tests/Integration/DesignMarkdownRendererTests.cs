using System;
using System.Linq;
using TeamForge.Integration;
using TeamForge.Tests.Playbook;

namespace TeamForge.Tests.Integration
{
    public class DesignMarkdownRendererTests
    {
        private static string[] Lines(string markdown) => markdown.Split('\n');

        [Fact]
        public void Opens_with_the_team_and_request_and_gives_each_task_a_section()
        {
            var markdown = DesignComposer.Compose(BakeryResults.Run()).Markdown;

            Assert.StartsWith(
                "# bakery design\n\n- Request: Open a second bakery shop\n- Run: `run-7`\n",
                markdown
            );
            var sections = Lines(markdown).Where(l => l.StartsWith("## ")).ToList();
            Assert.Equal(
                new[]
                {
                    "## Integration points",
                    "## Open decisions",
                    "## Roadmap",
                    "## integrate-opening (head-baker)",
                    "## plan-pastry (pastry-cook)",
                    "## plan-stores (head-baker)",
                    "## Missing",
                    "## Timeline",
                },
                sections
            );
        }

        [Fact]
        public void Embedded_outputs_sit_one_level_below_their_section()
        {
            var markdown = DesignComposer.Compose(BakeryResults.Run()).Markdown;
            var pastry = Between(
                markdown,
                "## plan-pastry (pastry-cook)",
                "## plan-stores (head-baker)"
            );

            Assert.Contains("\n### Scope\n", pastry);
            Assert.Contains(
                "\n#### Design dough proofing schedule (sourdough or yeast)\n",
                pastry
            );
            Assert.Contains("\n##### `proof-dough` (own skill)\n", pastry);
            Assert.DoesNotContain("\n## Scope\n", markdown);
        }

        [Fact]
        public void The_integrating_section_leaves_the_parts_the_document_lists_itself()
        {
            var markdown = DesignComposer.Compose(BakeryResults.Run()).Markdown;
            var integrated = Between(
                markdown,
                "## integrate-opening (head-baker)",
                "## plan-pastry (pastry-cook)"
            );

            Assert.Contains("### Summary by domain", integrated);
            Assert.Contains("### Conflicts", integrated);
            Assert.DoesNotContain("### Roadmap", integrated);
            Assert.DoesNotContain("### Open decisions", integrated);
            Assert.DoesNotContain("### Integration points", integrated);
        }

        [Fact]
        public void The_outline_has_one_title_and_never_skips_a_level_going_down()
        {
            foreach (
                var markdown in new[]
                {
                    DesignComposer.Compose(BakeryResults.Run()).Markdown,
                    PlatformDesign(),
                }
            )
            {
                var levels = Lines(markdown)
                    .Where(l =>
                        l.StartsWith("#", StringComparison.Ordinal)
                        && l.TrimStart('#').StartsWith(" ")
                    )
                    .Where(l => !InCode(markdown, l))
                    .Select(l => l.TakeWhile(c => c == '#').Count())
                    .ToList();

                Assert.Equal(1, levels.Count(level => level == 1));
                for (var i = 1; i < levels.Count; i++)
                {
                    Assert.True(
                        levels[i] <= levels[i - 1] + 1,
                        $"heading {i} jumps from {levels[i - 1]} to {levels[i]}"
                    );
                }
            }
        }

        [Fact]
        public void The_timeline_is_a_table_and_a_gantt_chart_with_a_section_per_member()
        {
            var results = BakeryResults.Run();
            var stores = results.Single(r => r.TaskName == "plan-stores");
            stores.Status = TaskResultStatus.Failed;
            stores.Error = "no flour";
            var integration = BakeryResults.Integration(results);
            integration.Status = TaskResultStatus.Skipped;
            integration.StartTime = integration.EndTime = null;

            var markdown = DesignComposer.Compose(results).Markdown;

            Assert.Contains(
                "| Member | Task | Start (UTC) | End (UTC) | Duration | Status |\n| --- "
                    + "| --- | --- | --- | --- | --- |\n",
                markdown
            );
            Assert.Contains(
                "| pastry-cook | plan-pastry | 2026-03-01 08:00:00.000 | 2026-03-01 "
                    + "08:00:02.000 | 2.000 s | Succeeded |",
                markdown
            );
            Assert.Contains("| head-baker | integrate-opening | - | - |", markdown);
            var chart = markdown.Substring(
                markdown.IndexOf("```mermaid\ngantt\n", StringComparison.Ordinal)
            );
            Assert.Contains("    dateFormat YYYY-MM-DD HH:mm:ss.SSS\n", chart);
            Assert.Contains("    section pastry-cook\n    plan-pastry :done, ", chart);
            Assert.Contains("    section head-baker\n    plan-stores :crit, ", chart);
            Assert.Contains(", 2026-03-01 08:00:00.500, 2026-03-01 08:00:01.500\n", chart);
            Assert.Contains("    %% integrate-opening: skipped, never started\n", chart);
            Assert.EndsWith("```\n", markdown);
        }

        [Fact]
        public void Missing_names_what_is_there_and_what_is_not()
        {
            var results = BakeryResults.Run(integrate: false);
            results[1].Status = TaskResultStatus.Cancelled;
            results[1].Error = "the run was stopped";

            var missing = Between(
                DesignComposer.Compose(results).Markdown,
                "## Missing",
                "## Timeline"
            );

            Assert.Contains("Present: `plan-pastry`.", missing);
            Assert.Contains(
                "- `plan-stores` (head-baker) is missing: it was cancelled: the run was stopped.",
                missing
            );
            Assert.Contains("- No integrating task ran in this run", missing);
        }

        [Fact]
        public void Table_cells_and_chart_names_are_escaped()
        {
            var result = BakeryResults.Result(
                "mix|knead: fold",
                "baker",
                null,
                "Done.",
                0,
                0,
                1
            );

            var markdown = DesignComposer.Compose(new[] { result }).Markdown;

            Assert.Contains("| baker | mix\\|knead: fold |", markdown);
            Assert.Contains("    mix|knead fold :done, t1, ", markdown);
        }

        private static string PlatformDesign()
        {
            var run = PlatformTeamRun.Instance;
            var results = run
                .Inputs.Select(
                    (input, i) =>
                        BakeryResults.Result(
                            input.TaskName,
                            input.Member,
                            input.Role,
                            input.Output,
                            0,
                            i,
                            i + 1
                        )
                )
                .ToList();
            var integration = BakeryResults.Result(
                run.IntegrationContext.TaskName,
                "devops-engineer",
                "Lead",
                run.Integration,
                1,
                5,
                6
            );
            integration.IsIntegration = true;
            results.Add(integration);
            return DesignComposer.Compose(results).Markdown;
        }

        [Fact]
        public void The_header_says_the_runs_tokens_and_cost_in_one_line_when_tasks_had_usage()
        {
            var results = BakeryResults.Run();
            results[0].Model = "gpt-5-mini";
            results[0].InputTokens = 12000;
            results[0].CachedTokens = 2000;
            results[0].OutputTokens = 3000;
            results[0].Cost = 0.0085m;
            results[1].Model = "house-model";
            results[1].InputTokens = 500;
            results[1].OutputTokens = 100;

            var design = DesignComposer.Compose(results);

            Assert.Equal(12500, design.InputTokens);
            Assert.Equal(3100, design.OutputTokens);
            Assert.Equal(2000, design.CachedTokens);
            Assert.Equal(0.0085m, design.Cost);
            var header = Between(design.Markdown, "# bakery design", "## Integration points");
            Assert.Contains("\n- Usage: 12,500 input tokens (2,000 cached), 3,100 output tokens; "
                + "cost $0.0085 (1 task's model has no price).", header);
            Assert.Single(Lines(design.Markdown), l => l.StartsWith("- Usage:"));
        }

        [Fact]
        public void A_run_that_called_no_model_says_nothing_of_usage()
        {
            var design = DesignComposer.Compose(BakeryResults.Run());

            Assert.Null(design.InputTokens);
            Assert.Null(design.Cost);
            Assert.DoesNotContain("Usage:", design.Markdown);
        }

        private static bool InCode(string markdown, string line)
        {
            var before = markdown.Substring(
                0,
                markdown.IndexOf("\n" + line + "\n", StringComparison.Ordinal) + 1
            );
            return Lines(before).Count(l => l.StartsWith("```", StringComparison.Ordinal)) % 2
                == 1;
        }

        private static string Between(string text, string from, string to)
        {
            var start = text.IndexOf(from + "\n", StringComparison.Ordinal);
            var end = text.IndexOf("\n" + to + "\n", start, StringComparison.Ordinal);
            return text.Substring(start, end - start);
        }
    }
}
