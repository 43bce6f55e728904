using System;
using System.Collections.Generic;
using System.Linq;
using TeamForge.Execution;

namespace TeamForge.Tests.Playbook
{
    /// <summary>
    /// What a reviewer of an R package gets from the corpus library: procedures about the
    /// concern, not ones that merely share the words "error", "handling" or "validation".
    /// </summary>
    public class LibraryDrawTests
    {
        private const string Request = "Review our R package before CRAN submission";

        private static List<TaskResult> Results =>
            TeamRuns.Almanac("r-package-review", Request);

        private static string Output(string task) =>
            Results.Single(result => result.TaskName == task).Output;

        [Theory]
        [InlineData("review-code-quality", "Error handling", "test-a2a-interop")]
        [InlineData("review-code-quality", "Error handling", "circuit-breaker-pattern")]
        [InlineData("review-security", "Input validation", "build-parameterized-report")]
        [InlineData("review-security", "Input validation", "create-skill")]
        [InlineData("review-security", "Safe patterns", "setup-tailwind-typescript")]
        [InlineData("review-security", "Safe patterns", "purify-water")]
        [InlineData("review-security", "Safe patterns", "aikido")]
        [InlineData("review-architecture", "Evaluate package structure", "write-helm-chart")]
        public void A_skill_that_only_shares_common_words_is_not_offered(
            string task,
            string concern,
            string skill
        )
        {
            var skills = SkillsUnder(Output(task), concern);

            Assert.DoesNotContain(skill, skills);
        }

        [Theory]
        [InlineData("review-code-quality", "Error handling", "fail-early-pattern")]
        [InlineData("review-security", "Input validation", "fail-early-pattern")]
        [InlineData("review-architecture", "Evaluate package structure", "create-r-package")]
        public void A_library_skill_about_the_concern_is_still_drawn(
            string task,
            string concern,
            string skill
        )
        {
            Assert.Contains(skill, SkillsUnder(Output(task), concern));
        }

        [Fact]
        public void A_concern_of_common_words_alone_is_uncovered_and_says_why()
        {
            var uncovered = PlatformTeamRun.Section(Output("review-security"), "Uncovered");

            Assert.Contains("- **Safe patterns**: no skill fits clearly", uncovered);
            Assert.Contains("shares only words that many skills use", uncovered);
        }

        [Fact]
        public void Ownership_conflicts_are_only_skills_central_to_both_domains()
        {
            var integration = Results.Single(result => result.IsIntegration).Output;
            var conflicts = PlatformTeamRun.Section(integration, "Conflicts");

            Assert.DoesNotContain("build-parameterized-report", conflicts);
            Assert.DoesNotContain("`create-r-package`", conflicts);
            Assert.Contains("**`write-testthat-tests`**", conflicts);
        }

        [Fact]
        public void Integration_points_of_a_review_are_shared_concepts_not_single_words()
        {
            var integration = Results.Single(result => result.IsIntegration).Output;
            var points = PlatformTeamRun.Section(integration, "Integration points");

            foreach (var noise in new[] { "stop", "warning", "usage", "coverage", "messages" })
            {
                Assert.DoesNotContain($"- **{noise}**", points);
            }

            Assert.Contains("- **testthat patterns**: review-code-quality", points);
        }

        // The skill ids under "### concern" of an output's Approach.
        private static List<string> SkillsUnder(string output, string concern)
        {
            var approach = PlatformTeamRun.Section(output, "Approach");
            var start = approach.IndexOf("\n### " + concern + "\n", StringComparison.Ordinal);
            Assert.True(start >= 0, $"no concern '{concern}'");
            var end = approach.IndexOf("\n### ", start + 5, StringComparison.Ordinal);
            var body = end < 0
                ? approach.Substring(start)
                : approach.Substring(start, end - start);
            return body
                .Split('\n')
                .Where(line => line.StartsWith("#### `", StringComparison.Ordinal))
                .Select(line => line.Substring(6, line.IndexOf('`', 6) - 6))
                .ToList();
        }
    }
}
