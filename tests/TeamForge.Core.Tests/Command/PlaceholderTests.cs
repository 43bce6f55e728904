using System;
using System.Threading.Tasks;
using TeamForge.Execution;

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

            Assert.Contains("{model}, {agent}, {task}, {member} and {run}", error.Message);
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
    }
}
