using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.Execution;
using TeamForge.Planning;

namespace TeamForge.Tests.Command
{
    /// <summary>
    /// Contexts for one task and a way to run a command provider on them, bounded in time
    /// so that a provider that hangs fails its test instead of the whole suite.
    /// </summary>
    internal static class CommandRuns
    {
        public const string Shell = "/bin/sh";

        public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

        public static TaskContext Context(
            string prompt = "the prompt", string task = "write-report", string agent = "scribe",
            string role = "Writer", string model = "sonnet", string runFolder = null)
        {
            var member = new TeamMember { Agent = agent, Role = role };
            return new TaskContext
            {
                RunId = "run-1",
                RunFolder = runFolder,
                Request = "the request",
                Task = new PlannedTask
                {
                    Name = task,
                    Member = member,
                    AgentId = agent,
                    Role = role,
                },
                Member = member,
                Agent = model == null ? null : new AgentDefinition { Name = agent, Model = model },
                Prompt = prompt,
            };
        }

        public static CommandProvider Provider(
            string command, params string[] arguments)
        {
            return new CommandProvider(new CommandProviderOptions
            {
                Command = command,
                Arguments = arguments,
            });
        }

        /// <summary>A provider of /bin/sh -c script, the arguments after it as $0, $1...</summary>
        public static CommandProvider Script(string script, params string[] arguments)
        {
            return Provider(Shell, new[] { "-c", script }.Concat(arguments).ToArray());
        }

        public static async Task<string> Run(ITaskProvider provider, TaskContext context = null)
        {
            using (var limit = new CancellationTokenSource(Limit))
            {
                return await provider.RunAsync(context ?? Context(), limit.Token);
            }
        }

        /// <summary>The arguments a child got, as it printed them each ended by a NUL.</summary>
        public static string[] Argv(string output)
        {
            var parts = output.Split('\0');
            Assert.Equal("", parts.Last());
            return parts.Take(parts.Length - 1).ToArray();
        }

        /// <summary>The script that prints its arguments, each ended by a NUL.</summary>
        public const string PrintArguments =
            "for a in \"$0\" \"$@\"; do printf '%s\\0' \"$a\"; done";

        /// <summary>A process is alive while /proc has it and it is not a zombie.</summary>
        public static bool IsAlive(int pid)
        {
            try
            {
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                var state = stat.Substring(stat.LastIndexOf(')') + 2, 1);
                return state != "Z" && state != "X";
            }
            catch (IOException)
            {
                return false;
            }
        }

        /// <summary>The variables printed by env -0, each ended by a NUL.</summary>
        public static IReadOnlyDictionary<string, string> ParseEnv(string output)
        {
            return output.Split('\0', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.Split('=', 2))
                .ToDictionary(pair => pair[0], pair => pair[1]);
        }
    }
}
