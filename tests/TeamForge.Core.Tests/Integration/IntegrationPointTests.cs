using System;
using System.Linq;
using TeamForge.Integration;
using TeamForge.Tests.Playbook;

namespace TeamForge.Tests.Integration
{
    public class IntegrationPointTests
    {
        private static string BundledPoints()
        {
            var integration = TeamRuns.Bundled().Single(result => result.IsIntegration);
            return PlatformTeamRun.Section(integration.Output, "Integration points");
        }

        [Fact]
        public void The_bundled_platform_shares_node_pools_between_cluster_and_gpu_work()
        {
            var line = BundledPoints()
                .Split('\n')
                .Single(l => l.StartsWith("- **node pools**:", StringComparison.Ordinal));

            Assert.Contains("design-core-platform, platform-lead (Cluster architecture)", line);
            Assert.Contains(
                "design-ml-infrastructure, ml-platform-engineer (GPU scheduling)",
                line
            );
            Assert.Contains("both design it", line);
        }

        [Theory]
        [InlineData("before")]
        [InlineData("cover")]
        [InlineData("needed")]
        [InlineData("path")]
        [InlineData("node")]
        [InlineData("pools")]
        public void Generic_and_split_words_are_no_integration_points(string word)
        {
            Assert.DoesNotContain($"- **{word}**", BundledPoints());
        }

        [Fact]
        public void Outputs_that_share_nothing_say_none_found()
        {
            var results = new[]
            {
                BakeryResults.Result("bake", "baker", null, "Loaves baked by six.", 0, 0, 1),
                BakeryResults.Result("sell", "clerk", null, "Tills counted at noon.", 0, 1, 2),
            };

            var design = DesignComposer.Compose(results);

            Assert.Empty(design.IntegrationPoints);
            Assert.Contains("## Integration points\n\nNone found.", design.Markdown);
        }
    }
}
