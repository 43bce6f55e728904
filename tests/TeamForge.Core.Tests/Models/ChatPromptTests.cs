using System.Linq;
using TeamForge.Execution;
using TeamForge.Library;
using TeamForge.Planning;
using TeamForge.Tests.Planning;

namespace TeamForge.Tests.Models
{
    /// <summary>The system and user messages a member is sent, and the skills' budget.</summary>
    public sealed class ChatPromptTests
    {
        [Fact]
        public void TheSystemMessageIsTheInstructionsThenEachSkillsStepsAndOutcomes()
        {
            var context = Context(tokens: null, "knead", "bake");

            var prompt = ChatPrompt.For(context);

            Assert.StartsWith("You run the oven.\n\n# Your core skills\n", prompt.System);
            Assert.Contains("## Knead the dough (`knead`)\n\nWork the dough by hand.\n\n"
                + "Steps:\n1. Fold it (expected: A smooth ball)\n2. Rest it\n", prompt.System);
            Assert.Contains("## Bake the loaf (`bake`)", prompt.System);
            Assert.DoesNotContain("left out", prompt.System);
        }

        [Fact]
        public void TheUserMessageIsThePromptOfTheTaskWithItsInputs()
        {
            var context = Context(tokens: null, "knead");

            var prompt = ChatPrompt.For(context);

            Assert.Equal(PromptBuilder.Build(context), prompt.User);
            Assert.Contains(PromptBuilder.BeginFence(context.Inputs.Single()), prompt.User);
            Assert.Contains("the mixer's notes", prompt.User);
        }

        [Fact]
        public void SkillsPastTheBudgetAreLeftOutWholeAndTheNoteNamesThem()
        {
            var full = ChatPrompt.For(Context(tokens: null, "knead", "long", "bake"));
            var without = ChatPrompt.For(Context(tokens: null, "knead", "bake"));
            var room = without.System.Length + full.User.Length + 150;

            var prompt = ChatPrompt.For(
                Context(room / ChatPrompt.CharactersPerToken, "knead", "long", "bake"));

            Assert.Equal(new[] { "knead", "bake" }, prompt.Skills.Included);
            Assert.Equal(new[] { "long" }, prompt.Skills.Cut);
            Assert.DoesNotContain("(`long`)", prompt.System);
            Assert.EndsWith("Note: 1 of your core skills were left out to keep within your "
                + "context budget: long.", prompt.System);
            Assert.True(prompt.System.Length + prompt.User.Length <= room);
        }

        [Fact]
        public void ABudgetTheTaskAloneFillsLeavesEverySkillOut()
        {
            var prompt = ChatPrompt.For(Context(tokens: 10, "knead", "bake"));

            Assert.Empty(prompt.Skills.Included);
            Assert.Equal(new[] { "knead", "bake" }, prompt.Skills.Cut);
            Assert.StartsWith("You run the oven.", prompt.System);
            Assert.Contains("left out", prompt.System);
        }

        [Fact]
        public void AMemberWithoutAnAgentFileIsToldItsRoleAndTeam()
        {
            var context = Context(tokens: null);
            context.Agent = null;

            var prompt = ChatPrompt.For(context);

            Assert.Equal("You are the Baker of team 'bakery'.", prompt.System);
        }

        private static TaskContext Context(int? tokens, params string[] skills)
        {
            var team = new TeamBuilder("bakery", "baker")
                .Member("baker", "Baker").Member("mixer", "Mixer")
                .Task("mix", "mixer").Task("bake-bread", "baker", "mix")
                .Described("Bake the day's bread")
                .Build();
            var library = TeamBuilder.LibraryFor(team);
            Add(library, "knead", "Knead the dough", "Work the dough by hand.",
                ("Fold it", "A smooth ball"), ("Rest it", null));
            Add(library, "bake", "Bake the loaf", "Heat and bake.", ("Heat the oven", "250 C"));
            Add(library, "long", "A long skill", new string('x', 4000), ("Wait", null));
            var agent = library.Agents["baker"];
            agent.Instructions = "\nYou run the oven.\n";
            agent.Skills = skills;
            agent.MaxContextTokens = tokens;

            var plan = TaskPlanner.Plan(team, library, new PlanOptions());
            var context = new TaskContext
            {
                Request = "Open a bakery",
                Team = team,
                Task = plan.Tasks.Single(t => t.Name == "bake-bread"),
                Agent = agent,
                Library = library,
                Inputs = new[]
                {
                    new TaskInput
                    {
                        TaskName = "mix", Member = "mixer", Role = "Mixer",
                        Output = "the mixer's notes",
                    },
                },
            };
            context.Member = context.Task.Member;
            context.Prompt = PromptBuilder.Build(context);
            return context;
        }

        private static void Add(TeamLibrary library, string name, string title,
            string description, params (string Title, string Expected)[] steps)
        {
            library.Skills[name] = new SkillDefinition
            {
                Name = name,
                Title = title,
                Description = description,
                Steps = steps.Select((step, i) => new SkillStep
                {
                    Number = i + 1,
                    Label = (i + 1).ToString(),
                    Title = step.Title,
                    Expected = step.Expected,
                }).ToArray(),
            };
        }
    }
}
