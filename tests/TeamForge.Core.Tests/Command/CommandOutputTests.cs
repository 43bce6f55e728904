using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using TeamForge.Execution;

namespace TeamForge.Tests.Command
{
    public class CommandOutputTests
    {
        [Fact]
        public async Task StandardOutputIsTheTasksOutput()
        {
            var output = await CommandRuns.Run(
                CommandRuns.Script("cat > /dev/null; printf 'line one\\nÜnïcødé ✓\\n'"));

            Assert.Equal("line one\nÜnïcødé ✓\n", output);
        }

        [Fact]
        public async Task StandardErrorIsNotPartOfTheOutput()
        {
            var output = await CommandRuns.Run(
                CommandRuns.Script("echo to-error >&2; echo to-output"));

            Assert.Equal("to-output\n", output);
        }

        [Fact]
        public async Task EachStandardErrorLineIsReportedWithItsTask()
        {
            var provider = CommandRuns.Script("echo one >&2; echo two >&2; printf 'no end' >&2");
            var heard = new ConcurrentQueue<(string Task, string Line)>();
            provider.StandardErrorLine +=
                (context, line) => heard.Enqueue((context.TaskName, line));

            await CommandRuns.Run(provider, CommandRuns.Context(task: "draft-plan"));

            Assert.Equal(new[] { "one", "two", "no end" }, heard.Select(h => h.Line));
            Assert.All(heard, h => Assert.Equal("draft-plan", h.Task));
        }

        [Fact]
        public async Task LargeOutputOnBothStreamsDoesNotDeadlock()
        {
            // 1 MB of errors comes first: a provider that read standard output to its end
            // before standard error would wait forever on the full error pipe.
            var script = "i=0; while [ $i -lt 16384 ]; do "
                + "echo 'error line of sixty-four characters, written to standard err' >&2; "
                + "i=$((i+1)); done; head -c 5242880 /dev/zero | tr '\\0' 'o'";
            var provider = CommandRuns.Script(script);
            var lines = 0;
            provider.StandardErrorLine += (context, line) => lines++;

            var output = await CommandRuns.Run(provider);

            Assert.Equal(5_242_880, output.Length);
            Assert.True(output.All(c => c == 'o'));
            Assert.Equal(16384, lines);
        }

        [Fact]
        public async Task ListenerThatThrowsFailsTheTaskWithoutHangingIt()
        {
            var script = "i=0; while [ $i -lt 20000 ]; do echo err$i >&2; i=$((i+1)); done";
            var provider = CommandRuns.Script(script);
            provider.StandardErrorLine +=
                (context, line) => throw new InvalidOperationException("deaf");

            var error = await Assert.ThrowsAsync<InvalidOperationException>(
                () => CommandRuns.Run(provider));

            Assert.Contains("deaf", error.Message);
        }
    }
}
