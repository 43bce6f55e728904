using System;
using System.Linq;
using TeamForge.Execution;

namespace TeamForge.Tests.Playbook
{
    public class PlatformTeamTests
    {
        private static readonly PlatformTeamRun Run = PlatformTeamRun.Instance;

        [Theory]
        [InlineData("namespaces", "quotas", "node pools")]
        [InlineData("CI/CD", null, null)]
        [InlineData("GitOps", null, null)]
        [InlineData("observability", null, null)]
        [InlineData("service mesh", null, null)]
        [InlineData("model serving", null, null)]
        [InlineData("experiment tracking", null, null)]
        [InlineData("feature store", null, null)]
        [InlineData("GPU scheduling", null, null)]
        [InlineData("network policies", null, null)]
        [InlineData("RBAC", null, null)]
        [InlineData("secrets", null, null)]
        [InlineData("policy-as-code", null, null)]
        [InlineData("platform API", null, null)]
        [InlineData("developer experience", null, null)]
        [InlineData("extensibility", null, null)]
        [InlineData("infrastructure-as-code", "technical debt", null)]
        public void Every_platform_concern_gets_skill_material_or_an_honest_uncovered_entry(
            string word,
            string alsoWord,
            string thirdWord
        )
        {
            var found = Run
                .Inputs.Select(input =>
                    (input.Output, Concern: ConcernHeading(input.Output, word))
                )
                .Where(hit => hit.Concern != null)
                .ToList();
            Assert.True(
                found.Count == 1,
                $"one concern heading should name '{word}', found {found.Count}"
            );
            var (output, concern) = found[0];
            foreach (var other in new[] { alsoWord, thirdWord }.Where(w => w != null))
            {
                Assert.Contains(other, concern, StringComparison.OrdinalIgnoreCase);
            }

            var body = ConcernBody(output, concern);
            var uncovered = PlatformTeamRun.Section(output, "Uncovered");
            var hasSkill =
                body.Contains("#### `", StringComparison.Ordinal) && body.Contains("1. **");
            var listedUncovered = uncovered.Contains($"- **{concern}**: no skill fits clearly");
            Assert.True(
                hasSkill ^ listedUncovered,
                $"'{concern}' must have skill steps or be uncovered, not both or neither"
            );
        }

        [Theory]
        [InlineData("design-core-infrastructure", "Argo CD or Flux")]
        [InlineData("design-core-infrastructure", "Istio or Linkerd")]
        [InlineData("design-ml-platform", "KServe, Seldon or custom")]
        [InlineData("design-platform-security", "Sealed Secrets or Vault")]
        public void Alternatives_named_in_the_team_file_are_open_decisions(
            string task,
            string options
        )
        {
            Assert.Contains(
                ": " + options,
                PlatformTeamRun.Section(Run.Output(task), "Open decisions")
            );
            Assert.Contains(
                ": " + options + " (raised by " + task + ", ",
                PlatformTeamRun.Section(Run.Integration, "Open decisions")
            );
        }

        [Theory]
        [InlineData("GitOps workflow", "Argo CD or Flux")]
        [InlineData("Service mesh configuration", "Istio or Linkerd")]
        [InlineData("Model serving infrastructure", "KServe, Seldon or custom")]
        [InlineData("Secrets management", "Sealed Secrets or Vault")]
        public void Decision_labels_are_the_noun_phrase_the_options_qualify(
            string topic,
            string options
        )
        {
            var decisions = PlatformTeamRun.Section(Run.Integration, "Open decisions");

            Assert.Contains($"- **{topic}**: {options} (raised by ", decisions);
            Assert.DoesNotContain(" ,", decisions);
        }

        [Fact]
        public void The_summary_by_domain_counts_what_the_design_lists_elsewhere()
        {
            var summary = PlatformTeamRun.Section(Run.Integration, "Summary by domain");
            var decisions = PlatformTeamRun.Section(Run.Integration, "Open decisions");
            var topics = decisions
                .Split('\n')
                .Where(line => line.StartsWith("- **", StringComparison.Ordinal))
                .Select(line => line.Substring(4, line.IndexOf("**:", 4) - 4))
                .ToList();

            Assert.NotEmpty(topics);
            foreach (var topic in topics)
            {
                Assert.DoesNotContain(topic, summary, StringComparison.OrdinalIgnoreCase);
            }

            Assert.Contains(
                "| `design-core-infrastructure` | devops-engineer (Lead) | 4, each with skill "
                    + "material |",
                summary
            );
            var core = summary
                .Split('\n')
                .Single(line => line.StartsWith("| `design-core-infra", StringComparison.Ordinal));
            Assert.EndsWith(" | 2 |", core);
        }

        [Fact]
        public void The_security_member_draws_platform_skills_its_own_do_not_cover()
        {
            var approach = PlatformTeamRun.Section(
                Run.Output("design-platform-security"),
                "Approach"
            );

            Assert.Contains("(drawn from the library)", approach);
        }

        [Fact]
        public void The_whole_run_is_the_same_bytes_twice()
        {
            var provider = new PlaybookProvider();
            foreach (var input in Run.Inputs)
            {
                var context = PlaybookContexts.For(
                    Run.IntegrationContext.Team,
                    Run.IntegrationContext.Library,
                    input.TaskName
                );
                Assert.Equal(input.Output, provider.Write(context));
            }

            Assert.Equal(Run.Integration, provider.Write(Run.IntegrationContext));
        }

        [Fact]
        public void The_integrating_output_has_its_sections_in_order()
        {
            var headings = Run
                .Integration.Split('\n')
                .Where(line => line.StartsWith("## "))
                .ToArray();

            Assert.Equal(
                new[]
                {
                    "## Scope",
                    "## Summary by domain",
                    "## Integration points",
                    "## Open decisions",
                    "## Conflicts",
                    "## Roadmap",
                    "## Uncovered",
                },
                headings
            );
            var summary = PlatformTeamRun.Section(Run.Integration, "Summary by domain");
            foreach (var input in Run.Inputs)
            {
                Assert.Contains($"| `{input.TaskName}` | {input.Member} (", summary);
            }
        }

        [Fact]
        public void Secrets_are_an_integration_point_of_security_and_core_infrastructure()
        {
            // Security draws the core member's secrets skill: the two meet on secrets.
            var line = PlatformTeamRun
                .Section(Run.Integration, "Integration points")
                .Split('\n')
                .Single(l =>
                    l.StartsWith("- **", StringComparison.Ordinal)
                    && l.Contains("`manage-kubernetes-secrets` (Secrets management)")
                );

            Assert.Contains("design-platform-security, security-analyst", line);
            Assert.Contains("design-core-infrastructure, devops-engineer", line);
        }

        [Fact]
        public void Integration_points_are_few_and_never_generic_words()
        {
            var points = PlatformTeamRun
                .Section(Run.Integration, "Integration points")
                .Split('\n')
                .Where(l => l.StartsWith("- **", StringComparison.Ordinal))
                .Select(l => l.Substring(4, l.IndexOf("**:", 4, StringComparison.Ordinal) - 4))
                .ToList();
            var generic = new[]
            {
                "before", "cover", "needed", "path", "including", "service", "resource",
                "infrastructure", "capabilities", "kubernetes", "node", "pools",
            };

            Assert.InRange(points.Count, 1, 6);
            Assert.Empty(points.Intersect(generic, StringComparer.OrdinalIgnoreCase));
            Assert.Contains("resource quotas", points);
        }

        [Fact]
        public void The_roadmap_puts_cluster_and_secrets_before_serving_and_debt_work_last()
        {
            var roadmap = PlatformTeamRun.Section(Run.Integration, "Roadmap");
            var phases = roadmap
                .Split(new[] { "\n### " }, StringSplitOptions.None)
                .Skip(1)
                .ToList();
            int PhaseOf(string words) => phases.FindIndex(phase => phase.Contains(words));

            Assert.True(phases.Count >= 3);
            Assert.True(
                PhaseOf("Kubernetes cluster architecture")
                    < PhaseOf("model serving infrastructure")
            );
            Assert.True(
                PhaseOf("secrets management") < PhaseOf("model serving infrastructure")
            );
            Assert.True(PhaseOf("CI/CD pipelines") < PhaseOf("model serving infrastructure"));
            // The debt review decides what the build fixes first; paying it down comes last.
            Assert.Equal(0, PhaseOf("Review infrastructure-as-code patterns and technical debt"));
            Assert.Equal(phases.Count - 1, PhaseOf("Pay down the infrastructure-as-code"));
            Assert.StartsWith("Phase 1: Foundations", phases[0]);
            Assert.Contains("decide: Argo CD or Flux", roadmap);
        }

        [Fact]
        public void The_integrating_output_lists_every_uncovered_concern_of_the_domains()
        {
            var union = PlatformTeamRun.Section(Run.Integration, "Uncovered");
            foreach (var input in Run.Inputs)
            {
                var uncovered = PlatformTeamRun
                    .Section(input.Output, "Uncovered")
                    .Split('\n')
                    .Where(line => line.StartsWith("- **"))
                    .Select(line =>
                        line.Substring(0, line.IndexOf("**:", StringComparison.Ordinal) + 2)
                    );
                foreach (var concern in uncovered)
                {
                    Assert.Contains(concern + ": uncovered in " + input.TaskName, union);
                }
            }
        }

        private static string ConcernHeading(string output, string word)
        {
            var approach = PlatformTeamRun.Section(output, "Approach") ?? "";
            return approach
                .Split('\n')
                .Where(line => line.StartsWith("### ", StringComparison.Ordinal))
                .Select(line => line.Substring(4))
                .FirstOrDefault(heading =>
                    heading.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0
                );
        }

        private static string ConcernBody(string output, string concern)
        {
            var approach = PlatformTeamRun.Section(output, "Approach");
            var start = approach.IndexOf("### " + concern + "\n", StringComparison.Ordinal);
            var end = approach.IndexOf("\n### ", start + 4, StringComparison.Ordinal);
            return end < 0 ? approach.Substring(start) : approach.Substring(start, end - start);
        }
    }
}
