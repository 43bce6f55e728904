using System;
using System.Linq;
using TeamForge.Tests.Playbook;

namespace TeamForge.Tests.Integration
{
    public class RoadmapTests
    {
        private static string[] Phases(string integration)
        {
            return PlatformTeamRun
                .Section(integration, "Roadmap")
                .Split(new[] { "\n### " }, StringSplitOptions.None)
                .Skip(1)
                .ToArray();
        }

        [Fact]
        public void A_code_review_gets_phases_named_after_its_tasks_not_platform_stages()
        {
            var integration = TeamRuns
                .Almanac("r-package-review", "Review our R package before CRAN submission")
                .Single(result => result.IsIntegration)
                .Output;

            var phases = Phases(integration);

            Assert.NotEmpty(phases);
            foreach (var stage in new[] { "Foundations", "Delivery", "Other work", "Hardening" })
            {
                Assert.DoesNotContain(phases, phase => phase.StartsWith("Phase")
                    && phase.Substring(0, phase.IndexOf('\n')).Contains(stage));
            }

            Assert.StartsWith("Phase 1: `review-code-quality`, `review-architecture`", phases[0]);
        }

        [Fact]
        public void The_debt_inventory_opens_the_platform_roadmap_and_its_pay_down_closes_it()
        {
            var integration = TeamRuns.Bundled().Single(result => result.IsIntegration).Output;

            var phases = Phases(integration);

            Assert.StartsWith("Phase 1: Foundations", phases[0]);
            Assert.Contains("- Inventory infrastructure-as-code debt and decide", phases[0]);
            Assert.StartsWith("Phase 4: Hardening and debt", phases.Last());
            Assert.Contains("- Pay down the infrastructure-as-code debt", phases.Last());
            Assert.DoesNotContain("- Inventory infrastructure-as-code debt", phases.Last());
        }
    }
}
