using System;
using System.IO;
using System.Linq;
using TeamForge.Execution;
using TeamForge.Planning;
using TeamForge.Rendering;
using TeamForge.Tests.Parsing;
using TeamForge.Tests.Planning;

namespace TeamForge.Tests.Command
{
    /// <summary>What -WhatIf shows of a command provider's invocation of each task.</summary>
    public sealed class InvocationDescriptionTests
    {
        [Fact]
        public void EachArgumentIsQuotedWithQuotesInsideDoubled()
        {
            var provider = CommandRuns.Provider("/bin/echo", "a b", "it's", "{task}", "");

            var lines = provider.DescribeInvocation(CommandRuns.Context());

            Assert.Equal("runs: '/bin/echo' 'a b' 'it''s' 'write-report' ''", lines[0]);
            Assert.Equal("standard input: the task's prompt (10 characters)", lines[1]);
        }

        [Fact]
        public void ALongOrManyLineArgumentIsShownByItsStartAndItsLength()
        {
            var provider = CommandRuns.Provider("/bin/echo", "{system}");
            var context = CommandRuns.Context();
            context.Agent.Instructions = "You keep the minutes.\n" + new string('x', 300);

            var line = provider.DescribeInvocation(context)[0];

            Assert.Equal("runs: '/bin/echo' 'You keep the minutes....' (322 characters, "
                + "shortened here)", line);
        }

        [Fact]
        public void ATaskThatCouldNotStartSaysWhyInsteadOfThrowing()
        {
            var provider = CommandRuns.Provider("/bin/echo", "{model}");

            var lines = provider.DescribeInvocation(CommandRuns.Context(model: null));

            Assert.Single(lines);
            Assert.StartsWith("would not start: ", lines[0]);
            Assert.Contains("{model}", lines[0]);
        }

        [Fact]
        public void DescribingWritesNoSystemFileAndShowsWhereTheRunWouldWriteIt()
        {
            using (var folder = new TempFolder())
            {
                var provider = new CommandProvider(AgentCli.Options(AgentCliKind.ClaudeCode));
                var context = CommandRuns.Context(runFolder: folder.Path);
                context.Agent.Instructions = "You keep the minutes.";

                var lines = provider.DescribeInvocation(context);

                var file = Path.Combine(folder.Path, "system", "write-report.md");
                Assert.Contains($"'--system-prompt-file={file}'", lines[0]);
                Assert.Equal($"system prompt file '{file}': 21 characters, beginning "
                    + "'You keep the minutes.'", lines[1]);
                Assert.False(Directory.Exists(Path.Combine(folder.Path, "system")));
            }
        }

        [Fact]
        public void CodexShowsTheInstructionsGoingOnInputAheadOfThePrompt()
        {
            var provider = new CommandProvider(AgentCli.Options(AgentCliKind.Codex));
            var context = CommandRuns.Context();
            context.Agent.Instructions = "You keep the minutes.";

            var lines = provider.DescribeInvocation(context);

            Assert.Equal("runs: 'codex' 'exec' '--model=gpt-5-mini' '-'", lines[0]);
            Assert.Equal("standard input: the agent's instructions and core skills "
                + "(21 characters), then the task's prompt (10 characters)", lines[1]);
        }

        [Fact]
        public void ThePlanShowsEachTasksArgumentsUnderItWithTheRunFolderToCome()
        {
            var library = CorpusTeams.Library();
            var team = library.Teams.Single(t => t.Name == "devops-platform-engineering");
            var plan = TaskPlanner.Plan(team, library, new PlanOptions());
            var provider = new CommandProvider(AgentCli.Options(AgentCliKind.ClaudeCode));

            var text = PlanDescription.Describe(plan, library, provider, "Design it");

            var lines = text.Split(Environment.NewLine);
            foreach (var task in plan.Tasks)
            {
                var at = Array.FindIndex(lines, line => line.StartsWith($"  {task.Name}: "));
                var agent = library.FindAgent(task.AgentId);
                var file = Path.Combine(
                    CommandProvider.RunFolderShown, "system", task.Name + ".md");
                Assert.Equal("      runs: 'claude' '-p' '--output-format=text' "
                    + $"'--model={agent.Model}' '--system-prompt-file={file}' "
                    + $"'--allowedTools={string.Join(",", agent.Tools)}'", lines[at + 1]);
                Assert.StartsWith($"      system prompt file '{file}': ", lines[at + 2]);
                Assert.StartsWith("      standard input: the task's prompt", lines[at + 3]);
            }

            var integration = plan.Tasks.Single(task => task.IsIntegration).Name;
            Assert.Contains("before the outputs of the tasks it waits on are added",
                lines[Array.FindIndex(lines, line => line.StartsWith($"  {integration}: ")) + 3]);
        }

        [Fact]
        public void AProviderThatCannotDescribeItselfLeavesThePlanAsItWas()
        {
            var library = CorpusTeams.Library();
            var team = library.Teams.Single(t => t.Name == "devops-platform-engineering");
            var plan = TaskPlanner.Plan(team, library, new PlanOptions());

            var text = PlanDescription.Describe(plan, library, new PlaybookProvider(), "Design it");

            Assert.Equal(PlanDescription.Describe(plan, library), text);
            Assert.DoesNotContain("runs:", text);
        }
    }
}
