using TeamForge.Execution;
using TeamForge.Integration;

namespace TeamForge.Tests.Playbook
{
    public class ConcernTextTests
    {
        [Fact]
        public void A_description_splits_on_commas_and_joining_words_but_not_inside_parentheses()
        {
            var items = DescriptionSplitter.Split(
                "Plan ovens, dough proofing (sourdough or yeast) and glazing; signs"
            );

            Assert.Equal(
                new[]
                {
                    "Plan ovens",
                    "Dough proofing (sourdough or yeast)",
                    "Glazing",
                    "Signs",
                },
                items
            );
        }

        [Theory]
        [InlineData(
            "Set up the proofing room (sourdough or yeast)",
            "Proofing room",
            "sourdough|yeast"
        )]
        [InlineData(
            "Choose ovens (deck, convection, or wood-fired)",
            "Ovens",
            "deck|convection|wood-fired"
        )]
        [InlineData("Track sales (tills, tablets, or similar)", "Track sales", "tills|tablets")]
        [InlineData(
            "Design CI/CD with a GitOps controller (Argo CD or Flux), including how changes "
                + "are promoted from staging to production",
            "GitOps controller",
            "Argo CD|Flux"
        )]
        [InlineData(
            "Design model serving (KServe or a custom server), with rollout and rollback",
            "Model serving",
            "KServe|a custom server"
        )]
        [InlineData(
            "Decide whether a service mesh is needed (Istio or Linkerd) and, if so, which "
                + "traffic it covers",
            "Service mesh",
            "Istio|Linkerd"
        )]
        [InlineData(
            "Choose secrets management (Vault or Sealed Secrets) and define rotation",
            "Secrets management",
            "Vault|Sealed Secrets"
        )]
        [InlineData("(Flour or rye), then knead", "Then knead", "Flour|rye")]
        public void A_parenthesised_or_list_is_an_open_decision(
            string line,
            string topic,
            string options
        )
        {
            var decision = AlternativeFinder.Find(line);

            Assert.NotNull(decision);
            Assert.Equal(topic, decision.Topic);
            Assert.DoesNotContain(" ,", decision.Topic);
            Assert.Equal(options.Split('|'), decision.Options);
        }

        [Theory]
        [InlineData("Stock the shelves (bread, rolls, cakes)")]
        [InlineData("Train staff (e.g., new bakers need a mentor)")]
        [InlineData("Bake bread or rolls")]
        public void A_list_without_or_in_parentheses_is_no_decision(string line)
        {
            Assert.Null(AlternativeFinder.Find(line));
        }
    }
}
