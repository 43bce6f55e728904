using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.Execution;
using TeamForge.Integration;
using TeamForge.Planning;
using TeamForge.Tests.Execution;
using TeamForge.Tests.Planning;

namespace TeamForge.Tests.Integration
{
    public class DesignComposerTests
    {
        [Fact]
        public void Marks_the_sections_whose_output_was_edited_by_hand()
        {
            var results = BakeryResults.Run();
            var edited = results.First(result => !result.IsIntegration);
            edited.OutputEdited = true;

            var design = DesignComposer.Compose(results);

            var section = design.Sections.Single(s => s.TaskName == edited.TaskName);
            Assert.True(section.EditedByHand);
            Assert.Single(design.Sections, s => s.EditedByHand);
            Assert.Contains(
                "Its output was edited by hand after the run.", design.Markdown);
        }

        [Fact]
        public void Reads_the_integrating_output_back_when_it_succeeded()
        {
            var results = BakeryResults.Run();
            var integration = BakeryResults.Integration(results).Output;

            var design = DesignComposer.Compose(results);

            Assert.Equal("bakery", design.Team);
            Assert.Equal("run-7", design.RunId);
            Assert.Equal(integration, design.Integration);
            Assert.Contains(
                "**Dough proofing schedule**: sourdough or yeast (raised by plan-pastry, "
                    + "pastry-cook)",
                design.OpenDecisions
            );
            var phases = integration
                .Split('\n')
                .Where(l => l.StartsWith("### Phase"))
                .Select(l => l.Substring(4));
            Assert.Equal(phases, design.Roadmap.Select(phase => phase.Name));
            Assert.All(design.Roadmap, phase => Assert.NotEmpty(phase.Items));
            Assert.Empty(design.Missing);
        }

        [Fact]
        public void Puts_domain_sections_first_in_plan_order_and_the_integrating_one_last()
        {
            var results = BakeryResults.Run();
            results.Reverse();

            var design = DesignComposer.Compose(results);

            Assert.Equal(
                new[] { "plan-pastry", "plan-stores", "integrate-opening" },
                design.Sections.Select(s => s.TaskName)
            );
            Assert.Equal("plan-stores (head-baker)", design.Sections[1].Title);
            Assert.True(design.Sections.Last().IsIntegration);
        }

        [Fact]
        public void Without_integration_derives_decisions_and_a_wave_roadmap_and_says_why()
        {
            var results = BakeryResults.Run();
            var integration = BakeryResults.Integration(results);
            integration.Status = TaskResultStatus.Skipped;
            integration.Output = null;
            integration.Error = "a task it waits on failed: plan-stores";
            var stores = results.Single(r => r.TaskName == "plan-stores");
            stores.Status = TaskResultStatus.Failed;
            stores.Output = null;
            stores.Error = "the oven timer broke";

            var design = DesignComposer.Compose(results);

            Assert.Null(design.Integration);
            Assert.Contains(
                "`plan-stores` (head-baker) is missing: it failed: the oven timer broke.",
                design.Missing
            );
            Assert.Contains(design.Missing, m =>
                m.StartsWith(
                    "The integrating task `integrate-opening` (head-baker) "
                        + "was skipped: a task it waits on failed: plan-stores, so "
                        + "integration points",
                    StringComparison.Ordinal
                )
            );
            Assert.Equal(
                new[]
                {
                    "**Dough proofing schedule**: sourdough or yeast (raised by "
                        + "plan-pastry, pastry-cook)",
                },
                design.OpenDecisions
            );
            Assert.Equal("Phase 1: `plan-pastry`", design.Roadmap.Single().Name);
            Assert.StartsWith(
                "`plan-pastry` (pastry-cook): ",
                design.Roadmap.Single().Items.Single()
            );
            Assert.Equal(
                "This task failed: the oven timer broke.",
                design.Sections.Single(s => s.TaskName == "plan-stores").Text
            );
        }

        [Fact]
        public async Task A_task_skipped_or_cancelled_by_the_run_says_why_once()
        {
            var team = new TeamBuilder("chain", "boss")
                .Member("boss", "Lead")
                .Member("helper", "Helper")
                .Task("root", "helper")
                .Task("next", "helper", "root")
                .Task("last", "boss", "next")
                .Build();
            var library = TeamBuilder.Library("boss", "helper");
            var plan = TaskPlanner.Plan(team, library, new PlanOptions());
            var provider = new FakeProvider(1);
            provider.Failing.Add("root");
            var options = new RunOptions { RunId = "run-9", Library = library };
            var results = (
                await new TeamRunner().RunAsync(
                    plan,
                    options,
                    provider,
                    null,
                    CancellationToken.None
                )
            ).ToList();
            results.Add(
                new TaskResult
                {
                    RunId = "run-9",
                    TaskName = "tidy",
                    Member = "helper",
                    Status = TaskResultStatus.Cancelled,
                    Error = "cancelled before it started",
                    PlanIndex = 3,
                }
            );

            var design = DesignComposer.Compose(results);

            Assert.Contains(
                "`next` (helper) is missing: it was skipped because 'root' failed.",
                design.Missing
            );
            Assert.Contains(
                design.Missing,
                line => line.StartsWith(
                    "The integrating task `last` (boss) was skipped because 'root' failed, so",
                    StringComparison.Ordinal
                )
            );
            Assert.Contains(
                "`tidy` (helper) is missing: it was cancelled before it started.",
                design.Missing
            );
            Assert.DoesNotContain("skipped: skipped", design.Markdown);
            Assert.DoesNotContain("cancelled: cancelled", design.Markdown);
        }

        [Fact]
        public void A_run_without_an_integrating_task_says_so()
        {
            var design = DesignComposer.Compose(BakeryResults.Run(integrate: false));

            Assert.Contains(design.Missing, m =>
                m.StartsWith("No integrating task ran in this run", StringComparison.Ordinal)
            );
            Assert.Equal(2, design.Sections.Length);
        }

        [Fact]
        public void Plain_text_outputs_become_their_sections_and_the_design_still_forms()
        {
            var results = new[]
            {
                BakeryResults.Result(
                    "bake",
                    "baker",
                    null,
                    "Loaves: 40 sourdough, 20 rye.\n\nAll baked by six.",
                    0,
                    0,
                    1
                ),
                BakeryResults.Result(
                    "sell",
                    "clerk",
                    null,
                    "Sold 55 loaves; rye sold out by noon.",
                    1,
                    1,
                    2
                ),
            };

            var design = DesignComposer.Compose(results);

            Assert.Equal(
                "Loaves: 40 sourdough, 20 rye.\n\nAll baked by six.",
                design.Sections[0].Text
            );
            Assert.Equal(
                new[] { "Phase 1: `bake`", "Phase 2: `sell`" },
                design.Roadmap.Select(p => p.Name)
            );
            Assert.Equal(
                "`bake` (baker): Loaves: 40 sourdough, 20 rye.",
                design.Roadmap[0].Items.Single()
            );
            Assert.Contains(design.IntegrationPoints, point =>
                point.StartsWith("**rye**", StringComparison.Ordinal)
            );
            Assert.Empty(design.OpenDecisions);
        }

        [Fact]
        public void An_integrating_output_without_the_sections_gets_them_derived_and_says_which()
        {
            var results = BakeryResults.Run();
            BakeryResults.Integration(results).Output = "All plans merged; open on Monday.";

            var design = DesignComposer.Compose(results);

            Assert.Equal("All plans merged; open on Monday.", design.Integration);
            Assert.Equal(
                3,
                design.Missing.Count(m =>
                    m.StartsWith("The integrating output has no", StringComparison.Ordinal)
                )
            );
            Assert.Contains(design.Missing, m => m.Contains("\"Roadmap\""));
            Assert.NotEmpty(design.OpenDecisions);
        }

        [Fact]
        public void Reads_a_roadmap_written_as_a_nested_list()
        {
            var results = BakeryResults.Run();
            BakeryResults.Integration(results).Output =
                "## Roadmap\n\n- Week one\n  - Buy flour\n  - Fix the oven\n- Week two\n "
                    + " - Open the doors\n";

            var design = DesignComposer.Compose(results);

            Assert.Equal(new[] { "Week one", "Week two" }, design.Roadmap.Select(p => p.Name));
            Assert.Equal(new[] { "Buy flour", "Fix the oven" }, design.Roadmap[0].Items);
        }

        [Fact]
        public void The_timeline_follows_start_times_and_keeps_never_started_tasks_last()
        {
            var results = BakeryResults.Run();
            var integration = BakeryResults.Integration(results);
            integration.Status = TaskResultStatus.Skipped;
            integration.StartTime = null;
            integration.EndTime = null;
            integration.Duration = TimeSpan.Zero;

            var timeline = DesignComposer.Compose(results).Timeline;

            Assert.Equal(
                new[] { "plan-pastry", "plan-stores", "integrate-opening" },
                timeline.Select(t => t.TaskName)
            );
            Assert.Equal(TimeSpan.FromSeconds(1), timeline[1].Duration);
            Assert.Null(timeline[2].Start);
        }

        [Fact]
        public void Takes_one_run_at_a_time()
        {
            var results = BakeryResults.Run();
            results[0].RunId = "run-8";

            var error = Assert.Throws<ArgumentException>(() => DesignComposer.Compose(results));
            Assert.Contains("2 runs", error.Message);
            Assert.Throws<ArgumentException>(() => DesignComposer.Compose(new TaskResult[0]));
        }

        [Fact]
        public void Results_in_any_completion_order_compose_to_the_same_document()
        {
            var reference = DesignComposer.Compose(SameClock(BakeryResults.Run())).Markdown;
            var shuffles = new[] { new[] { 2, 1, 0 }, new[] { 1, 0, 2 }, new[] { 1, 2, 0 } };

            foreach (var order in shuffles)
            {
                var results = SameClock(BakeryResults.Run());
                var shuffled = order.Select(i => results[i]).ToList();

                var markdown = DesignComposer.Compose(shuffled).Markdown;

                Assert.Equal(reference, markdown);
            }

            Assert.True(
                reference.IndexOf("## plan-pastry", StringComparison.Ordinal)
                    < reference.IndexOf("## plan-stores", StringComparison.Ordinal),
                "sections follow the plan"
            );
            Assert.Contains("Present: `plan-pastry`, `plan-stores`", reference);
        }

        [Fact]
        public void The_same_results_compose_to_the_same_document()
        {
            Assert.Equal(
                DesignComposer.Compose(BakeryResults.Run()).Markdown,
                DesignComposer.Compose(BakeryResults.Run()).Markdown
            );
        }

        // Every task on one clock, so that only the order the results arrive in differs.
        private static List<TaskResult> SameClock(
            List<TaskResult> results
        )
        {
            foreach (var result in results)
            {
                result.StartTime = BakeryResults.Start;
                result.EndTime = BakeryResults.Start.AddSeconds(1);
            }

            return results;
        }
    }
}
