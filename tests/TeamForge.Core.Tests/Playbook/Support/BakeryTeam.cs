using System.Collections.Generic;
using System.Linq;
using TeamForge.Execution;
using TeamForge.Library;
using TeamForge.Planning;

namespace TeamForge.Tests.Playbook
{
    /// <summary>
    /// A small made-up team built in code: a bakery whose head baker leads, a pastry cook
    /// and a buyer. Its skills and team file are invented for the tests.
    /// </summary>
    internal static class BakeryTeam
    {
        public const string Request = "Open a second bakery shop";

        public const string TeamText =
            "## Task Decomposition\n\n"
            + "### Phase 1: Setup (Head Baker)\n\n"
            + "- Agree the opening menu with the owners\n\n"
            + "### Phase 2: Parallel Work\n\n"
            + "**pastry-cook** tasks:\n"
            + "- Design dough proofing schedule (sourdough or yeast)\n"
            + "- Plan oven rotation and baking temperatures\n"
            + "- Define glazing for festival cakes\n\n"
            + "**head-baker** tasks:\n"
            + "- Plan flour storage and pest control\n\n"
            + "### Phase 3: Integration (Head Baker)\n\n"
            + "- Merge the plans into one opening plan\n";

        public static TeamLibrary Library(bool withPastryAgent = true)
        {
            var library = new TeamLibrary { Path = "bakery" };
            Add(
                library,
                Skill(
                    "proof-dough",
                    "Proof dough for bread with sourdough starters or yeast at a steady warmth.",
                    "baking",
                    new[] { "dough", "proofing", "sourdough", "yeast" },
                    new[] { "Dough must rise before baking" },
                    new[]
                    {
                        ("Feed the starter", "The starter doubles in four hours."),
                        ("Shape and rest the dough", "Loaves hold their shape."),
                    },
                    new[] { "Dough springs back when pressed", "Crumb is open and even" },
                    new[] { "Cold rooms slow proofing: move the dough somewhere warm." }
                )
            );
            Add(
                library,
                Skill(
                    "rotate-oven-trays",
                    "Rotate trays through a deck oven so every loaf bakes evenly at the "
                        + "right temperature.",
                    "baking",
                    new[] { "oven", "temperature", "rotation" },
                    new[] { "Loaves bake unevenly across the oven" },
                    new[]
                    {
                        ("Map hot spots", "A chart of the oven's hot spots."),
                        ("Set the rotation", "Trays move every ten minutes."),
                    },
                    new[] { "Dough springs back when pressed", "No loaf is pale on one side" },
                    new[] { "Opening the door too often drops the temperature." }
                )
            );
            Add(
                library,
                Skill(
                    "store-flour-safely",
                    "Store flour sacks dry and off the floor, with pest control traps "
                        + "checked weekly.",
                    "storage",
                    new[] { "flour", "storage", "pests" },
                    new[] { "Flour arrives in bulk" },
                    new[] { ("Raise the sacks", "Sacks stand on pallets.") },
                    new[] { "Traps checked every week" },
                    new string[0]
                )
            );
            Add(
                library,
                Skill(
                    "knit-scarf",
                    "Knit a scarf with a rotation of colours.",
                    "crafts",
                    new[] { "knitting", "rotation" },
                    new string[0],
                    new[] { ("Cast on", "Stitches on the needle.") },
                    new string[0],
                    new string[0]
                )
            );
            Add(
                library,
                Skill(
                    "write-shop-sign",
                    "Paint a sign for the shop window.",
                    "baking",
                    new[] { "sign", "paint" },
                    new string[0],
                    new[] { ("Sketch", "A sketch.") },
                    new string[0],
                    new string[0]
                )
            );

            if (withPastryAgent)
            {
                library.Agents["pastry-cook"] = new AgentDefinition
                {
                    Name = "pastry-cook",
                    Skills = new[] { "proof-dough" },
                    MentionedSkills = new[] { "write-shop-sign", "missing-skill" },
                };
            }

            library.Agents["head-baker"] = new AgentDefinition
            {
                Name = "head-baker",
                Skills = new[] { "rotate-oven-trays" },
            };
            return library;
        }

        public static TeamDefinition Team()
        {
            return new TeamDefinition
            {
                Name = "bakery",
                Lead = "head-baker",
                Members = new[]
                {
                    new TeamMember { Agent = "head-baker", Role = "Head Baker" },
                    new TeamMember { Agent = "pastry-cook", Role = "Pastry Cook" },
                },
                Tasks = new[]
                {
                    new TeamTask
                    {
                        Name = "plan-pastry",
                        Assignee = "pastry-cook",
                        Description = "Plan dough proofing, ovens and glazing",
                    },
                    new TeamTask
                    {
                        Name = "plan-stores",
                        Assignee = "head-baker",
                        Description = "Plan flour storage",
                    },
                    new TeamTask
                    {
                        Name = "integrate-opening",
                        Assignee = "head-baker",
                        Description = "Merge plans and produce a roadmap",
                        BlockedBy = new[] { "plan-pastry", "plan-stores" },
                    },
                },
                Sections = Sections(TeamText),
            };
        }

        public static TaskContext Context(
            string taskName,
            TeamLibrary library = null,
            IReadOnlyList<TaskInput> inputs = null
        )
        {
            return PlaybookContexts.For(
                Team(),
                library ?? Library(),
                taskName,
                inputs,
                Request
            );
        }

        /// <summary>
        /// Sections the way the team parser gives them: heading, level, text below.
        /// </summary>
        public static DocumentSection[] Sections(string markdown)
        {
            var sections = new List<DocumentSection>();
            DocumentSection current = null;
            var line = 0;
            foreach (var text in markdown.Split('\n'))
            {
                line++;
                if (text.StartsWith("#"))
                {
                    var level = text.TakeWhile(c => c == '#').Count();
                    current = new DocumentSection
                    {
                        Heading = text.Substring(level).Trim(),
                        Level = level,
                        Line = line,
                        Text = "",
                    };
                    sections.Add(current);
                }
                else if (current != null)
                {
                    current.Text += text + "\n";
                }
            }

            return sections.ToArray();
        }

        public static SkillDefinition Skill(
            string name,
            string description,
            string domain,
            string[] tags,
            string[] whenToUse,
            (string Title, string Expected)[] steps,
            string[] validation,
            string[] pitfalls
        )
        {
            return new SkillDefinition
            {
                Name = name,
                Description = description,
                Domain = domain,
                Tags = tags,
                WhenToUse = whenToUse,
                Steps = steps
                    .Select(
                        (step, i) =>
                            new SkillStep
                            {
                                Number = i + 1,
                                Title = step.Title,
                                Expected = step.Expected,
                            }
                    )
                    .ToArray(),
                Validation = validation,
                Pitfalls = pitfalls,
            };
        }

        private static void Add(TeamLibrary library, SkillDefinition skill)
        {
            library.Skills[skill.Name] = skill;
        }
    }
}
