using System;
using System.Linq;
using System.Text.RegularExpressions;
using TeamForge.Integration;
using TeamForge.Tests.Playbook;

namespace TeamForge.Tests.Integration
{
    /// <summary>The bundled platform design, read as a platform engineer reads it.</summary>
    public class DesignStructureTests
    {
        private static readonly Lazy<TeamDesign> Design = new Lazy<TeamDesign>(() =>
            DesignComposer.Compose(TeamRuns.Bundled())
        );

        private static string Markdown => Design.Value.Markdown;

        private static int Count(string text) =>
            Regex.Matches(Markdown, Regex.Escape(text)).Count;

        [Fact]
        public void What_to_act_on_comes_first_and_the_run_record_last()
        {
            var order = new[]
            {
                "\n- Tasks: 5 of 5 succeeded.\n",
                "\n- Open decisions: 4; integration points: ",
                "\n## Integration points\n",
                "\n## Open decisions\n",
                "\n## Roadmap\n",
                "\n## integrate-platform-roadmap (platform-lead)\n",
                "\n### Summary by domain\n",
                "\n### Conflicts\n",
                "\n## design-core-platform (platform-lead)\n",
                "\n## design-developer-platform (platform-architect)\n",
                "\n## Missing\n",
                "\n## Timeline\n",
            };

            var at = order.Select(text => Markdown.IndexOf(text, StringComparison.Ordinal));

            Assert.All(at, index => Assert.True(index >= 0));
            Assert.Equal(at.OrderBy(index => index), at);
            Assert.DoesNotContain("Its output is the integrated design above", Markdown);
        }

        [Fact]
        public void The_request_is_said_once_at_the_top()
        {
            Assert.Equal(1, Count("Request: Design our internal developer platform"));
            Assert.StartsWith(
                "# platform-engineering design\n\n- Request: Design our internal developer",
                Markdown
            );
        }

        [Theory]
        [InlineData("GitOps controller")]
        [InlineData("Service mesh")]
        [InlineData("Model serving")]
        [InlineData("Secrets management")]
        public void Each_open_decision_is_listed_once(string topic)
        {
            Assert.Equal(1, Count($"**{topic}**"));
        }

        [Fact]
        public void The_integrating_task_lists_each_of_its_concerns_once()
        {
            var scope = Markdown.Substring(
                Markdown.IndexOf("\n## integrate-platform-roadmap", StringComparison.Ordinal)
            );
            var end = scope.IndexOf("\n### Summary by domain", StringComparison.Ordinal);
            scope = scope.Substring(0, end);
            var concerns = scope.Split('\n').Where(line => Regex.IsMatch(line, @"^\d+\. "));

            Assert.Equal(4, concerns.Count());
            Assert.DoesNotContain("Order the build into a phased roadmap", scope);
            Assert.DoesNotContain("Resolve conflicts between streams", scope);
        }

        [Fact]
        public void A_domain_section_keeps_its_approach_but_not_what_the_top_lists()
        {
            var core = Markdown.Substring(
                Markdown.IndexOf("\n## design-core-platform", StringComparison.Ordinal)
            );
            core = core.Substring(0, core.IndexOf("\n## design-ml", StringComparison.Ordinal));

            Assert.Contains("\n### Approach\n", core);
            Assert.Contains("\n### Acceptance checks\n", core);
            Assert.DoesNotContain("\n### Open decisions\n", core);
            Assert.DoesNotContain("\nConcerns:\n", core);
            Assert.DoesNotContain("\n### Uncovered\n\nNone.", core);
        }

        [Fact]
        public void The_design_is_shorter_than_its_parts()
        {
            var outputs = TeamRuns.Bundled().Sum(result => result.Output.Split('\n').Length);

            Assert.True(
                Markdown.Split('\n').Length < outputs,
                "the design repeats less than the outputs together"
            );
        }
    }
}
