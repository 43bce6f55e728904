using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using TeamForge.Execution;
using TeamForge.Tests.Parsing;

namespace TeamForge.Tests.Command
{
    /// <summary>
    /// The prompt holds text written by others. It must reach the command as data on
    /// standard input, byte for byte, and never be run by anything on the way.
    /// </summary>
    public class PromptSafetyTests
    {
        [Fact]
        public async Task HostilePromptReachesStandardInputByteForByteAndRunsNothing()
        {
            using (var folder = new TempFolder())
            {
                var sentinel = Path.Combine(folder.Path, "injected");
                var received = Path.Combine(folder.Path, "received.bin");
                var prompt = HostilePrompt(sentinel);
                var provider = new CommandProvider(new CommandProviderOptions
                {
                    Command = CommandRuns.Shell,
                    Arguments = new[] { "-c", "cat > \"$0\"; cat \"$0\"", received },
                    WorkingDirectory = folder.Path,
                });

                var output = await CommandRuns.Run(provider, CommandRuns.Context(prompt));

                var bytes = new UTF8Encoding(false).GetBytes(prompt);
                Assert.Equal(bytes, File.ReadAllBytes(received));
                Assert.Equal(prompt, output);
                Assert.False(File.Exists(sentinel), "a command in the prompt was run");
                Assert.Equal(new[] { received }, Directory.GetFiles(folder.Path));
            }
        }

        [Fact]
        public async Task CatAloneEchoesTheHostilePromptExactly()
        {
            using (var folder = new TempFolder())
            {
                var sentinel = Path.Combine(folder.Path, "injected");
                var prompt = HostilePrompt(sentinel);

                var output = await CommandRuns.Run(
                    CommandRuns.Provider("cat"), CommandRuns.Context(prompt));

                Assert.Equal(prompt, output);
                Assert.False(File.Exists(sentinel), "a command in the prompt was run");
            }
        }

        [Fact]
        public async Task PromptNeverAppearsOnTheCommandLine()
        {
            var prompt = "secret-looking prompt text " + new string('x', 64);

            var output = await CommandRuns.Run(
                CommandRuns.Script("cat > /dev/null; cat /proc/$$/cmdline"),
                CommandRuns.Context(prompt));

            Assert.DoesNotContain("secret-looking", output);
            Assert.Contains("cat > /dev/null", output);
        }

        [Fact]
        public async Task LargePromptIsFedWhileTheCommandWritesFirst()
        {
            // The command writes 2 MB before it reads a byte: writing the prompt first and
            // reading after would leave both sides waiting on full pipes.
            var prompt = string.Concat(Enumerable.Repeat("ünï line of the prompt\n", 100_000));
            var script = "head -c 2097152 /dev/zero | tr '\\0' 'z'; cat";

            var output = await CommandRuns.Run(
                CommandRuns.Script(script), CommandRuns.Context(prompt));

            Assert.Equal(new string('z', 2_097_152) + prompt, output);
        }

        [Fact]
        public async Task CommandThatReadsNoInputStillSucceeds()
        {
            var prompt = new string('p', 1_000_000);

            var output = await CommandRuns.Run(
                CommandRuns.Script("echo early"), CommandRuns.Context(prompt));

            Assert.Equal("early\n", output);
        }

        private static string HostilePrompt(string sentinel)
        {
            var touch = $"touch '{sentinel}'";
            return "\uFEFFA prompt that starts with a byte-order mark\n"
                + $"He said \"hi\" and 'bye' and \"{touch}\"\n"
                + $"$({touch})\n"
                + $"`{touch}`\n"
                + $"; {touch}\n"
                + "; rm -rf /tmp/x\n"
                + $"&& {touch} || {touch} | tee '{sentinel}' > '{sentinel}'\n"
                + $"\"; {touch}; echo \"\n"
                + $"'; {touch}; echo '\n"
                + "backslashes \\ \\\\ \\\" end\\\n"
                + "%PATH% ${HOME} $HOME !! \\$(x)\r\n"
                + "tabs\tand carriage returns\r\n"
                + "Ünïcødé ✓ 日本語 עברית 🚀 \u00a0\u200b\u2028 end\n"
                + "no newline at the end";
        }
    }
}
