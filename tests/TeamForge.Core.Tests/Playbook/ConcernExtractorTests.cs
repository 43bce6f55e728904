using System.Linq;
using TeamForge.Execution;

namespace TeamForge.Tests.Playbook
{
    public class ConcernExtractorTests
    {
        [Fact]
        public void A_member_gets_the_list_after_its_bold_name_and_covered_items_merge()
        {
            var concerns = ConcernExtractor
                .Extract(BakeryTeam.Context("plan-pastry"))
                .Select(c => c.Text);

            Assert.Equal(
                new[]
                {
                    "Design dough proofing schedule (sourdough or yeast)",
                    "Plan oven rotation and baking temperatures",
                    "Define glazing for festival cakes",
                },
                concerns
            );
        }

        [Fact]
        public void A_description_item_no_bullet_says_stays_a_concern()
        {
            var team = BakeryTeam.Team();
            team.Tasks[0].Description = "Plan dough proofing and delivery vans";
            var context = PlaybookContexts.For(team, BakeryTeam.Library(), "plan-pastry");

            var concerns = ConcernExtractor.Extract(context).Select(c => c.Text).ToList();

            Assert.Contains("Delivery vans", concerns);
            Assert.DoesNotContain("Plan dough proofing", concerns);
        }

        [Fact]
        public void Description_items_that_repeat_a_line_in_other_word_forms_are_left_out()
        {
            var team = BakeryTeam.Team();
            team.Tasks[2].Description =
                "Resolve clashes between the plans, order the opening into a phased roadmap, "
                    + "hire drivers";
            team.Sections = BakeryTeam.Sections(
                "## Task Decomposition\n\n### Phase 3: Integration (Head Baker)\n\n"
                    + "- Resolves clashes over oven time and records each decision\n"
                    + "- Orders the opening work into phases with a date for each\n"
            );

            var concerns = ConcernExtractor
                .Extract(PlaybookContexts.For(team, BakeryTeam.Library(), "integrate-opening"))
                .Select(c => c.Text)
                .ToList();

            Assert.Equal(
                new[]
                {
                    "Resolves clashes over oven time and records each decision",
                    "Orders the opening work into phases with a date for each",
                    "Hire drivers",
                },
                concerns
            );
        }

        [Theory]
        [InlineData("Pattern observation", "Observe the reasoning patterns of the week", true)]
        [InlineData("Intention setting", "Clear the noise and set an intention", true)]
        [InlineData("Evaluate package structure", "Evaluate package API surface", false)]
        [InlineData("Error handling", "Evaluate error messages and warnings", false)]
        public void An_item_repeats_a_line_when_most_of_its_terms_are_there_in_any_form(
            string item,
            string line,
            bool repeats
        )
        {
            Assert.Equal(repeats, ConcernOverlap.Repeats(item, line));
        }

        [Fact]
        public void The_leads_domain_task_takes_its_own_list_not_setup_or_integration()
        {
            var concerns = ConcernExtractor
                .Extract(BakeryTeam.Context("plan-stores"))
                .Select(c => c.Text);

            Assert.Equal(new[] { "Plan flour storage and pest control" }, concerns);
        }

        [Fact]
        public void The_integrating_task_takes_the_lines_under_the_integration_heading()
        {
            var concerns = ConcernExtractor
                .Extract(BakeryTeam.Context("integrate-opening"))
                .Select(c => c.Text)
                .ToList();

            Assert.Contains("Merge the plans into one opening plan", concerns);
            Assert.DoesNotContain("Agree the opening menu with the owners", concerns);
        }

        [Fact]
        public void A_heading_that_names_the_member_gives_it_the_lines_below()
        {
            var team = BakeryTeam.Team();
            team.Sections = BakeryTeam.Sections(
                "## Task Decomposition\n\n### Phase 1: Ovens (Pastry Cook)\n\n- Plan "
                    + "oven rotation\n\n## Next\n\n- Not a task\n"
            );

            var concerns = ConcernExtractor
                .Extract(PlaybookContexts.For(team, BakeryTeam.Library(), "plan-pastry"))
                .Select(c => c.Text)
                .ToList();

            Assert.Contains("Plan oven rotation", concerns);
            Assert.DoesNotContain("Not a task", concerns);
        }

        [Fact]
        public void List_items_opening_with_the_member_in_bold_belong_to_it()
        {
            var team = BakeryTeam.Team();
            team.Sections = BakeryTeam.Sections(
                "## Task Decomposition\n\n1. **Pastry Cook** glazes the festival "
                    + "cakes\n2. **Head Baker** orders flour\n"
            );

            var concerns = ConcernExtractor
                .Extract(PlaybookContexts.For(team, BakeryTeam.Library(), "plan-pastry"))
                .Select(c => c.Text)
                .ToList();

            Assert.Contains("Pastry Cook glazes the festival cakes", concerns);
            Assert.DoesNotContain("Head Baker orders flour", concerns);
        }

        [Fact]
        public void Without_a_decomposition_the_description_items_are_the_concerns()
        {
            var team = BakeryTeam.Team();
            team.Sections = new DocumentSection[0];

            var concerns = ConcernExtractor
                .Extract(PlaybookContexts.For(team, BakeryTeam.Library(), "plan-pastry"))
                .Select(c => c.Text);

            Assert.Equal(new[] { "Plan dough proofing", "Ovens", "Glazing" }, concerns);
        }

        [Fact]
        public void A_member_with_two_domain_tasks_gets_its_groups_in_file_order()
        {
            var team = BakeryTeam.Team();
            team.Tasks = new[]
            {
                new TeamTask { Name = "first", Assignee = "pastry-cook", Description = "Mix" },
                new TeamTask { Name = "second", Assignee = "pastry-cook", Description = "Bake" },
            };
            team.Sections = BakeryTeam.Sections(
                "## Task Decomposition\n\n### Phase 1: Dough (Pastry Cook)\n\n- Mix the dough\n\n"
                    + "### Phase 2: Ovens (Pastry Cook)\n\n- Bake the loaves\n"
            );

            string[] ConcernsOf(string task) => ConcernExtractor
                .Extract(PlaybookContexts.For(team, BakeryTeam.Library(), task))
                .Select(c => c.Text)
                .ToArray();

            Assert.Equal(new[] { "Mix the dough" }, ConcernsOf("first"));
            Assert.Equal(new[] { "Bake the loaves" }, ConcernsOf("second"));
        }
    }
}