using System.Linq;
using TeamForge.Execution;

namespace TeamForge.Tests.Playbook
{
    public class Bm25IndexTests
    {
        private static Bm25Index Index()
        {
            var index = new Bm25Index();
            index.Add("oven", new[] { "oven", "oven", "temperature", "bread" });
            index.Add("flour", new[] { "flour", "storage", "bread" });
            index.Add("long", new[] { "oven" }.Concat(Enumerable.Repeat("filler", 40)));
            index.Add("sign", new[] { "paint", "sign" });
            return index;
        }

        [Fact]
        public void A_document_with_the_query_terms_ranks_above_one_without()
        {
            var hits = Index().Search(new[] { "oven", "temperature" });

            Assert.Equal("oven", hits[0].Id);
            Assert.DoesNotContain(hits, hit => hit.Id == "sign");
        }

        [Fact]
        public void A_rare_term_weighs_more_than_a_common_one()
        {
            var index = Index();

            Assert.True(index.Idf("temperature") > index.Idf("bread"));
            Assert.Equal("flour", index.Search(new[] { "flour", "bread" })[0].Id);
        }

        [Fact]
        public void A_long_document_scores_less_for_the_same_term()
        {
            var hits = Index().Search(new[] { "oven" });

            Assert.True(
                hits.Single(h => h.Id == "oven").Score > hits.Single(h => h.Id == "long").Score
            );
        }

        [Fact]
        public void Ties_are_ordered_by_id_whatever_the_order_documents_came_in()
        {
            var first = new Bm25Index();
            first.Add("b", new[] { "x" });
            first.Add("a", new[] { "x" });
            var second = new Bm25Index();
            second.Add("a", new[] { "x" });
            second.Add("b", new[] { "x" });

            Assert.Equal(new[] { "a", "b" }, first.Search(new[] { "x" }).Select(h => h.Id));
            Assert.Equal(new[] { "a", "b" }, second.Search(new[] { "x" }).Select(h => h.Id));
        }

        [Fact]
        public void No_score_exceeds_the_best_a_query_could_reach()
        {
            var index = Index();
            var query = new[] { "oven", "temperature", "unknown" };

            Assert.All(index.Search(query), hit =>
                Assert.True(hit.Score < index.MaxScore(query))
            );
            Assert.True(
                index.MaxScore(query) > index.MaxScore(new[] { "oven", "temperature" })
            );
        }

        [Fact]
        public void Rejects_a_second_document_with_the_same_id()
        {
            var index = new Bm25Index();
            index.Add("a", new[] { "x" });

            Assert.Throws<System.ArgumentException>(() => index.Add("a", new[] { "y" }));
        }
    }
}
