using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using TeamForge.Execution;
using TeamForge.Integration;

namespace TeamForge.Tests.Playbook
{
    /// <summary>Lines a reader skims past: when they are there, they must say something.</summary>
    public class OutputNoiseTests
    {
        private static IEnumerable<string> Lines()
        {
            var runs = TeamRuns
                .Bundled()
                .Concat(TeamRuns.Almanac("r-package-review", "Review our R package"))
                .Concat(TeamRuns.Almanac("devops-platform-engineering", "Design the platform"));
            return runs
                .Where(result => result.Output != null && !result.IsIntegration)
                .SelectMany(result => result.Output.Split('\n'));
        }

        private static List<string> Listed(string line, string lead)
        {
            var text = line.Substring(lead.Length);
            var open = text.LastIndexOf(" (relevance ", StringComparison.Ordinal);
            text = (open < 0 ? text : text.Substring(0, open)).TrimEnd('.');
            return text.Split(new[] { ", " }, StringSplitOptions.None).ToList();
        }

        [Fact]
        public void Fits_on_names_no_plain_english_word()
        {
            var plain = new[] { "if", "so", "go", "lay", "many", "before", "needed", "same" };
            var lines = Lines().Where(l => l.StartsWith("Fits on: ", StringComparison.Ordinal));

            foreach (var line in lines)
            {
                Assert.Empty(Listed(line, "Fits on: ").Intersect(plain));
            }
        }

        [Fact]
        public void Not_named_lists_only_domain_words()
        {
            var noise = new[]
            {
                "logged", "deployed", "pays", "so", "fixed", "after", "pattern", "usage", "code",
                "data", "known", "internal", "compliance", "explicit", "allowances", "anything",
                "environment", "changes",
            };
            const string lead = "Not named by the chosen skills: ";
            var lines = Lines().Where(l => l.StartsWith(lead, StringComparison.Ordinal)).ToList();

            foreach (var line in lines)
            {
                Assert.Empty(Listed(line, lead).Intersect(noise));
            }

            Assert.Contains(lines, line => line.Contains("queueing") || line.Contains("gpu"));
        }

        [Fact]
        public void Expected_outcomes_end_where_a_sentence_ends()
        {
            var steps = Lines()
                .Where(l => Regex.IsMatch(l, @"^\d+\. \*\*.*\*\* Expected: "))
                .Select(l => l.Substring(l.IndexOf(" Expected: ", StringComparison.Ordinal) + 11))
                .ToList();

            Assert.NotEmpty(steps);
            var cut = steps.Where(e => e.EndsWith(" ...", StringComparison.Ordinal));
            foreach (var expected in cut)
            {
                // Only one sentence too long to give whole is cut after a word.
                Assert.True(expected.Length > 280, expected);
                Assert.DoesNotContain(". ", expected.Substring(0, 200));
            }
        }

        [Fact]
        public void A_skill_below_the_bar_never_reads_as_reaching_it()
        {
            var bars = Lines()
                .SelectMany(l => Regex.Matches(l, @"relevance (\d\.\d\d) of the (\d\.\d\d)"))
                .Select(m => (
                    Reached: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
                    Needed: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)
                ))
                .ToList();

            Assert.NotEmpty(bars);
            Assert.All(bars, bar => Assert.True(bar.Reached < bar.Needed, bar.ToString()));
            Assert.Equal("0.29", SkillSelector.Shown(0.2999));
            Assert.Equal("0.30", SkillSelector.Shown(0.30));
        }

        [Theory]
        [InlineData("One short. Two short.", 100, "One short. Two short.")]
        [InlineData("First sentence here. Second one runs on and on.", 30, "First sentence here.")]
        [InlineData("Use a tool (e.g. a linter) to check it. Then more.", 42,
            "Use a tool (e.g. a linter) to check it.")]
        [InlineData("A single sentence that is a bit longer than the limit", 40,
            "A single sentence that is a bit longer than the limit")]
        [InlineData("Words without any end that go on well past the longest cut we allow", 20,
            "Words without any end that go ...")]
        public void Sentences_cut_at_a_sentence_end_or_keep_a_sentence_whole(
            string text,
            int limit,
            string expected
        )
        {
            Assert.Equal(expected, MarkdownText.Sentences(text, limit));
        }
    }
}
