using TeamForge.Execution;

namespace TeamForge.Tests.Playbook
{
    public class TextTokenizerTests
    {
        [Fact]
        public void Lowercases_splits_on_punctuation_and_folds_plurals()
        {
            var terms = TextTokenizer.Tokenize("Network Policies, APIs and GPUs/status");

            Assert.Equal(new[] { "network", "policy", "api", "gpu", "status" }, terms);
        }

        [Fact]
        public void Keeps_words_whose_s_is_not_a_plural()
        {
            Assert.Equal("analysis", TextTokenizer.Stem("analysis"));
            Assert.Equal("access", TextTokenizer.Stem("access"));
            Assert.Equal("status", TextTokenizer.Stem("status"));
        }

        [Fact]
        public void A_long_hyphenated_compound_also_gives_its_acronym()
        {
            var terms = TextTokenizer.Tokenize("infrastructure-as-code");

            Assert.Contains("iac", terms);
            Assert.Contains("infrastructure", terms);
            Assert.DoesNotContain("as", terms);
        }

        [Fact]
        public void Queries_leave_out_the_task_verbs_but_skill_text_keeps_them()
        {
            Assert.Equal(
                new[] { "oven", "rotation" },
                TextTokenizer.QueryTerms("Set up oven rotation")
            );
            Assert.Contains("set", TextTokenizer.Tokenize("Set up oven rotation"));
        }

        [Fact]
        public void Surface_words_include_the_last_word_of_a_text()
        {
            var words = TextTokenizer.SurfaceWords("who pays for idle accelerators");

            Assert.Equal(("accelerator", "accelerators"), words[words.Count - 1]);
        }

        [Fact]
        public void Plain_function_words_are_no_topic_terms()
        {
            Assert.Equal(
                new[] { "feature", "store", "training", "serving" },
                TextTokenizer.QueryTerms("A feature store so that training if serving")
            );
        }
    }
}
