using System.Linq;
using System.Threading.Tasks;
using TeamForge.Execution;

namespace TeamForge.Tests.Command
{
    public class CommandLineTests
    {
        // Each argument must reach the child as one argv entry, exactly: white space, quotes,
        // backslashes before quotes and at the end, shell syntax, and text beyond ASCII.
        private static readonly string[] TrickyArguments =
        {
            "", " ", "plain", "two words", "  padded  ", "tab\tinside", "line\nbreak",
            "\"", "\"\"", "say \"hi\"", "a\\\"b", "a\\\\\"b", "\\", "\\\\", "end\\",
            "end with space\\", "end with two\\\\", "\\\"", "\"\\", "c:\\my dir\\",
            "\\\\server\\share", "it's", "'single quoted'", "$(touch x)", "`touch x`",
            "$HOME", "; rm -rf /tmp/x", "a && b", "a | b", "a > b", "*", "-c", "--flag=a b",
            "Ünïcødé ✓ 日本語 🚀", "\u00a0no-break\u00a0", "%PATH%", "^&^|",
        };

        [Fact]
        public async Task TrickyArgumentsReachTheChildExactlyAsGiven()
        {
            var provider = CommandRuns.Script(CommandRuns.PrintArguments, TrickyArguments);

            var argv = CommandRuns.Argv(await CommandRuns.Run(provider));

            Assert.Equal(TrickyArguments, argv);
        }

        [Fact]
        public async Task EachArgumentAloneReachesTheChildAsOneArgument()
        {
            foreach (var argument in TrickyArguments)
            {
                var provider = CommandRuns.Script(CommandRuns.PrintArguments, argument);

                var argv = CommandRuns.Argv(await CommandRuns.Run(provider));

                Assert.Equal(new[] { argument }, argv);
            }
        }

        [Theory]
        [InlineData("plain", "plain")]
        [InlineData("", "\"\"")]
        [InlineData("two words", "\"two words\"")]
        [InlineData("a\"b", "\"a\\\"b\"")]
        [InlineData("a\\\"b", "\"a\\\\\\\"b\"")]
        [InlineData("c:\\dir\\", "c:\\dir\\")]
        [InlineData("c:\\my dir\\", "\"c:\\my dir\\\\\"")]
        [InlineData("a\\b c", "\"a\\b c\"")]
        public void QuotesAsTheWindowsRuntimeReadsIt(string argument, string expected)
        {
            Assert.Equal(expected, CommandLine.Join(new[] { argument }));
        }

        [Fact]
        public void SeparatesArgumentsWithOneSpace()
        {
            var line = CommandLine.Join(new[] { "-c", "x y", "" });

            Assert.Equal("-c \"x y\" \"\"", line);
        }

        [Fact]
        public void ArgumentWithNulIsRefusedWhenTheProviderIsMade()
        {
            var error = Assert.Throws<System.ArgumentException>(
                () => CommandRuns.Provider("/bin/echo", "ok", "bad\0arg"));

            Assert.Contains("Argument 2", error.Message);
        }

        [Fact]
        public async Task ManyArgumentsKeepTheirOrder()
        {
            var arguments = Enumerable.Range(1, 300).Select(i => $"arg {i}\\").ToArray();
            var provider = CommandRuns.Script(CommandRuns.PrintArguments, arguments);

            var argv = CommandRuns.Argv(await CommandRuns.Run(provider));

            Assert.Equal(arguments, argv);
        }
    }
}
