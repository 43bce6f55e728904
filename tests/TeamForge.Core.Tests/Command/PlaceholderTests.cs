using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using TeamForge.Execution;
using TeamForge.Tests.Parsing;

namespace TeamForge.Tests.Command
{
    public class PlaceholderTests
    {
        [Fact]
        public async Task EachPlaceholderIsReplacedByItsTasksValue()
        {
            var provider = CommandRuns.Script(CommandRuns.PrintArguments,
                "{model}", "{agent}", "{task}", "{member}", "{run}", "--task={task}.md");
            var context = CommandRuns.Context(task: "map-habitat", agent: "field-ecologist",
                role: "Field Lead", model: "opus", runFolder: "/runs/run 1");

            var argv = CommandRuns.Argv(await CommandRuns.Run(provider, context));

            Assert.Equal(new[]
            {
                "opus", "field-ecologist", "map-habitat", "Field Lead", "/runs/run 1",
                "--task=map-habitat.md",
            }, argv);
        }

        [Fact]
        public async Task DoubledBracesAreLiteralBraces()
        {
            var provider = CommandRuns.Script(CommandRuns.PrintArguments,
                "{{model}}", "{{{task}}}", "{{\"json\": 1}}", "}}{{");

            var argv = CommandRuns.Argv(await CommandRuns.Run(provider));

            Assert.Equal(new[] { "{model}", "{write-report}", "{\"json\": 1}", "}{" }, argv);
        }

        [Fact]
        public async Task PlaceholderNamesIgnoreCase()
        {
            var provider = CommandRuns.Script(CommandRuns.PrintArguments, "{Task}", "{MODEL}");

            var argv = CommandRuns.Argv(await CommandRuns.Run(provider));

            Assert.Equal(new[] { "write-report", "sonnet" }, argv);
        }

        [Fact]
        public async Task ValuesWithShellSyntaxStayOneArgument()
        {
            var provider = CommandRuns.Script(CommandRuns.PrintArguments, "{task}");
            var context = CommandRuns.Context(task: "x\"; touch /tmp/x; echo \"$(y) `z`");

            var argv = CommandRuns.Argv(await CommandRuns.Run(provider, context));

            Assert.Equal(new[] { "x\"; touch /tmp/x; echo \"$(y) `z`" }, argv);
        }

        [Theory]
        [InlineData("{modle}", "unknown placeholder {modle}")]
        [InlineData("--out={run}/{file}", "unknown placeholder {file}")]
        [InlineData("{}", "unknown placeholder {}")]
        [InlineData("{task", "'{' that opens no placeholder")]
        [InlineData("{ {task}", "'{' that opens no placeholder")]
        [InlineData("task}", "'}' that closes no placeholder")]
        [InlineData("{task}}", "'}' that closes no placeholder")]
        public void BadPlaceholderIsRefusedWhenTheProviderIsMade(string argument, string says)
        {
            var error = Assert.Throws<ArgumentException>(
                () => CommandRuns.Provider("/bin/echo", "ok", argument));

            Assert.Contains(says, error.Message);
            Assert.Contains("Argument 2", error.Message);
            Assert.Contains(argument, error.Message);
        }

        [Fact]
        public void UnknownPlaceholderMessageListsTheKnownOnes()
        {
            var error = Assert.Throws<ArgumentException>(
                () => CommandRuns.Provider("/bin/echo", "{agents}"));

            Assert.Contains("{model}, {agent}, {task}, {member}, {run}, {system}, {systemfile} "
                + "and {tools}", error.Message);
            Assert.Contains("{{", error.Message);
        }

        [Fact]
        public async Task TaskWhoseAgentHasNoModelFailsNamingThePlaceholder()
        {
            var provider = CommandRuns.Provider("/bin/echo", "--model", "{model}");
            var context = CommandRuns.Context(agent: "scribe", model: null);

            var error = await Assert.ThrowsAsync<CommandFailedException>(
                () => CommandRuns.Run(provider, context));

            Assert.Contains("{model}", error.Message);
            Assert.Contains("'scribe'", error.Message);
            Assert.Null(error.ExitCode);
        }

        [Fact]
        public async Task RunPlaceholderWithoutARunFolderFailsTheTask()
        {
            var provider = CommandRuns.Provider("/bin/echo", "{run}");

            var error = await Assert.ThrowsAsync<CommandFailedException>(
                () => CommandRuns.Run(provider, CommandRuns.Context(runFolder: null)));

            Assert.Contains("no run folder", error.Message);
        }

        [Fact]
        public async Task SystemAndToolsHoldTheAgentsInstructionsAndItsToolsCommaSeparated()
        {
            var provider = CommandRuns.Script(CommandRuns.PrintArguments,
                "{system}", "--tools={tools}");
            var context = CommandRuns.Context();
            context.Agent.Instructions = "\n# Scribe\n\nYou write things down.\n";
            context.Agent.Tools = new[] { "Read", " Grep ", "WebFetch" };

            var argv = CommandRuns.Argv(await CommandRuns.Run(provider, context));

            var instructions = "# Scribe\n\nYou write things down.";
            Assert.Equal(new[] { instructions, "--tools=Read,Grep,WebFetch" }, argv);
        }

        [Fact]
        public async Task AnOptionalPlaceholderWithoutAValueLeavesItsWholeArgumentOut()
        {
            var provider = CommandRuns.Script(CommandRuns.PrintArguments,
                "--model={model?}", "--allowedTools={tools?}", "--task={task?}");
            var context = CommandRuns.Context(model: null);

            var argv = CommandRuns.Argv(await CommandRuns.Run(provider, context));

            Assert.Equal(new[] { "--task=write-report" }, argv);
        }

        [Fact]
        public async Task AModelMapTurnsTheTierIntoAModelAndTheModelCoversOtherTiers()
        {
            var provider = new CommandProvider(new CommandProviderOptions
            {
                Command = CommandRuns.Shell,
                Arguments = new[] { "-c", CommandRuns.PrintArguments, "{model}" },
                ModelMap = new Dictionary<string, string> { ["Opus"] = "big-model" },
                Model = "house-model",
            });

            var opus = CommandRuns.Argv(
                await CommandRuns.Run(provider, CommandRuns.Context(model: "opus")));
            var haiku = CommandRuns.Argv(
                await CommandRuns.Run(provider, CommandRuns.Context(model: "haiku")));

            Assert.Equal(new[] { "big-model" }, opus);
            Assert.Equal(new[] { "house-model" }, haiku);
        }

        [Fact]
        public async Task AMapWithoutTheTierAndNoModelFailsTheTaskNamingTheMap()
        {
            var provider = new CommandProvider(new CommandProviderOptions
            {
                Command = "/bin/echo",
                Arguments = new[] { "--model={model}" },
                ModelMap = new Dictionary<string, string> { ["opus"] = "big-model" },
            });

            var error = await Assert.ThrowsAsync<CommandFailedException>(
                () => CommandRuns.Run(provider, CommandRuns.Context(model: "haiku")));

            Assert.Contains("model map (opus) does not name tier 'haiku'", error.Message);
        }

        [Fact]
        public async Task TheSystemFileIsWrittenIntoTheRunFolderBeforeTheProgramStarts()
        {
            using (var folder = new TempFolder())
            {
                var provider = CommandRuns.Script("cat \"$0\"", "{systemfile}");
                var context = CommandRuns.Context(runFolder: folder.Path);
                context.Agent.Instructions = "You keep the minutes.";

                var output = await CommandRuns.Run(provider, context);

                Assert.Equal("You keep the minutes.", output);
                var file = Path.Combine(folder.Path, "system", "write-report.md");
                Assert.Equal("You keep the minutes.", File.ReadAllText(file));
            }
        }

        [Fact]
        public async Task WithoutARunFolderTheSystemFileIsTemporaryAndDeletedAfterwards()
        {
            var provider = CommandRuns.Script("printf %s \"$0\"; cat \"$0\" > /dev/null",
                "{systemfile}");

            var path = await CommandRuns.Run(provider, CommandRuns.Context(runFolder: null));

            Assert.StartsWith(Path.GetTempPath(), path);
            Assert.False(File.Exists(path));
        }
    }
}
