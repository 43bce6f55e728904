using System.Linq;
using Markdig.Syntax;
using TeamForge.Integration;

namespace TeamForge.Tests.Integration
{
    public class OpenDecisionFormatTests
    {
        private static OpenDecision ParseLine(string line)
        {
            var item = MarkdownText.Parse(line).Descendants<ListItemBlock>().First();
            return OpenDecisionFormat.Parse(item);
        }

        [Fact]
        public void A_rendered_decision_reads_back_the_same()
        {
            var decision = new OpenDecision(
                "Ovens",
                new[] { "deck", "convection", "wood-fired" },
                "plan-pastry, pastry-cook"
            );

            var line = OpenDecisionFormat.Render(decision);
            var back = ParseLine("- " + line);

            Assert.Equal(
                "**Ovens**: deck, convection or wood-fired (raised by plan-pastry, pastry-cook)",
                line
            );
            Assert.Equal("Ovens", back.Topic);
            Assert.Equal(decision.Options, back.Options);
            Assert.Equal("plan-pastry, pastry-cook", back.RaisedBy);
        }

        [Fact]
        public void Another_providers_item_is_read_as_far_as_it_goes()
        {
            var plain = ParseLine("- Choose the flour mill (north mill or south mill)");
            var bare = ParseLine("- Whether to open on Sundays");

            Assert.Equal("Flour mill", plain.Topic);
            Assert.Equal(new[] { "north mill", "south mill" }, plain.Options);
            Assert.Equal("Whether to open on Sundays", bare.Topic);
            Assert.Empty(bare.Options);
        }

        [Fact]
        public void Decisions_on_the_same_choice_group_and_differing_options_are_a_conflict()
        {
            var groups = DecisionGrouper.Group(
                new[]
                {
                    new OpenDecision("Flour mill", new[] { "north", "south" }, "a, x"),
                    new OpenDecision("Flour mill choice", new[] { "south", "east" }, "b, y"),
                    new OpenDecision("Glaze", new[] { "sugar", "custom" }, "c, z"),
                    new OpenDecision("Oven maker", new[] { "acme", "custom" }, "d, w"),
                }
            );

            Assert.Equal(3, groups.Count);
            Assert.False(groups[0].Agree);
            var conflicts = ConflictFinder.Find(new DomainOutput[0], groups, null, null);
            Assert.Equal(
                "**Flour mill**: a, x lists north or south; b, y lists south or east. "
                    + "Agree on the options before choosing.",
                conflicts.Single()
            );
        }
    }
}
