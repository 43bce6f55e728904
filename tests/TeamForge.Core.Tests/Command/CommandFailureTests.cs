using System;
using System.Linq;
using System.Threading.Tasks;
using TeamForge.Execution;

namespace TeamForge.Tests.Command
{
    public class CommandFailureTests
    {
        [Fact]
        public async Task NonZeroExitFailsNamingTheCommandTheCodeAndTheErrors()
        {
            var provider = CommandRuns.Script("echo 'quota exhausted' >&2; exit 3");

            var error = await Assert.ThrowsAsync<CommandFailedException>(
                () => CommandRuns.Run(provider));

            Assert.Contains("'/bin/sh'", error.Message);
            Assert.Contains("code 3", error.Message);
            Assert.Contains("quota exhausted", error.Message);
            Assert.Equal(3, error.ExitCode);
            Assert.Equal("quota exhausted", error.StandardError);
        }

        [Fact]
        public async Task SilentFailureSaysItWroteNothing()
        {
            var error = await Assert.ThrowsAsync<CommandFailedException>(
                () => CommandRuns.Run(CommandRuns.Script("exit 9")));

            Assert.Equal("Command '/bin/sh' exited with code 9 and wrote nothing to standard "
                + "error.", error.Message);
        }

        [Fact]
        public async Task FailureQuotesOnlyTheLastFewKilobytesOfErrors()
        {
            var script = "i=0; while [ $i -lt 5000 ]; do echo \"error $i\" >&2; i=$((i+1)); "
                + "done; exit 1";

            var error = await Assert.ThrowsAsync<CommandFailedException>(
                () => CommandRuns.Run(CommandRuns.Script(script)));

            Assert.EndsWith("error 4999", error.Message);
            Assert.DoesNotContain("error 10\n", error.Message);
            Assert.Contains("the end of its standard error", error.Message);
            Assert.InRange(error.StandardError.Length, 3000, CommandProcess.ErrorTailLimit);
        }

        [Fact]
        public async Task OneHugeErrorLineIsCutToItsEnd()
        {
            var script = "head -c 100000 /dev/zero | tr '\\0' 'e' >&2; echo ' last' >&2; exit 1";

            var error = await Assert.ThrowsAsync<CommandFailedException>(
                () => CommandRuns.Run(CommandRuns.Script(script)));

            Assert.EndsWith("e last", error.StandardError);
            Assert.True(error.StandardError.Length <= CommandProcess.ErrorTailLimit);
        }

        [Fact]
        public async Task ExitCodeMarkedTransientThrowsTransientException()
        {
            var provider = new CommandProvider(new CommandProviderOptions
            {
                Command = CommandRuns.Shell,
                Arguments = new[] { "-c", "echo 'rate limited' >&2; exit 75" },
                TransientExitCodes = new[] { 75, 429 },
            });

            var error = await Assert.ThrowsAsync<TransientException>(
                () => CommandRuns.Run(provider));

            Assert.Contains("code 75", error.Message);
            Assert.Contains("rate limited", error.Message);
            Assert.Equal(75, Assert.IsType<CommandFailedException>(error.InnerException).ExitCode);
        }

        [Fact]
        public async Task ExitCodeNotMarkedTransientIsPermanent()
        {
            var provider = new CommandProvider(new CommandProviderOptions
            {
                Command = CommandRuns.Shell,
                Arguments = new[] { "-c", "exit 1" },
                TransientExitCodes = new[] { 75 },
            });

            await Assert.ThrowsAsync<CommandFailedException>(() => CommandRuns.Run(provider));
        }

        [Fact]
        public async Task MissingExecutableFailsTheTaskSayingSo()
        {
            var provider = CommandRuns.Provider("teamforge-no-such-program-" + Guid.NewGuid());

            var error = await Assert.ThrowsAsync<CommandFailedException>(
                () => CommandRuns.Run(provider));

            Assert.StartsWith("Could not start 'teamforge-no-such-program-", error.Message);
            Assert.Equal(provider.Command, error.Command);
            Assert.Null(error.ExitCode);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("  ")]
        public void CommandMustBeNamed(string command)
        {
            Assert.Throws<ArgumentException>(() => CommandRuns.Provider(command));
        }

        [Fact]
        public void WorkingDirectoryThatDoesNotExistIsRefusedWhenTheProviderIsMade()
        {
            var missing = "/tmp/teamforge-missing-" + Guid.NewGuid().ToString("N");

            var error = Assert.Throws<System.IO.DirectoryNotFoundException>(() =>
                new CommandProvider(new CommandProviderOptions
                {
                    Command = "cat",
                    WorkingDirectory = missing,
                }));

            Assert.Contains(missing, error.Message);
        }

        [Fact]
        public async Task ProcessStartsInTheWorkingDirectory()
        {
            using (var folder = new Parsing.TempFolder())
            {
                var provider = new CommandProvider(new CommandProviderOptions
                {
                    Command = "pwd",
                    WorkingDirectory = folder.Path,
                });

                var output = await CommandRuns.Run(provider);

                Assert.Equal(folder.Path, output.TrimEnd('\n'));
            }
        }

        [Fact]
        public void NameDescribesTheCommandAndNoEnvironmentValue()
        {
            var provider = new CommandProvider(new CommandProviderOptions
            {
                Command = "claude",
                Arguments = new[] { "-p" },
                Environment = { ["API_TOKEN"] = "s3cr3t-value" },
            });

            Assert.Equal("Command 'claude'", provider.Name);
            Assert.Equal("Command 'claude'", provider.ToString());
            Assert.Equal(new[] { "API_TOKEN" }, provider.EnvironmentNames.ToArray());
        }
    }
}
