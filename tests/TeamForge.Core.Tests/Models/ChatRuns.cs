using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.Execution;
using TeamForge.Library;
using TeamForge.Planning;
using TeamForge.Tests.Execution;
using TeamForge.Tests.Planning;

namespace TeamForge.Tests.Models
{
    /// <summary>Runs teams through an OpenAI chat provider pointed at a test server.</summary>
    internal static class ChatRuns
    {
        public const string Key = "sk-test-0123456789";

        public static ChatProvider Provider(
            ChatTestServer server, Action<ChatProviderOptions> configure = null)
        {
            return Provider(server, "OpenAI", configure);
        }

        /// <summary>
        /// A provider of the given kind (OpenAI, Anthropic or Azure OpenAI) at the server:
        /// OpenAI's API root is /v1, the others' libraries add their own paths.
        /// </summary>
        public static ChatProvider Provider(ChatTestServer server, string wire,
            Action<ChatProviderOptions> configure = null)
        {
            var root = wire == "OpenAI"
                ? server.BaseUri
                : new Uri($"http://127.0.0.1:{server.Port}");
            return Provider(root, wire, configure);
        }

        public static ChatProvider Provider(Uri baseUri, string wire,
            Action<ChatProviderOptions> configure = null)
        {
            var options = new ChatProviderOptions { Name = wire, Model = "test-model" };
            configure?.Invoke(options);
            switch (wire)
            {
                case "Anthropic":
                    return AnthropicChat.CreateProvider(baseUri, Key, options);
                case "Azure OpenAI":
                    return AzureOpenAIChat.CreateProvider(baseUri, Key, options);
                default:
                    return OpenAIChat.CreateProvider(baseUri, Key, options);
            }
        }

        /// <summary>Two members, three tasks in a row: first, second, third.</summary>
        public static (TaskPlan Plan, TeamLibrary Library) Chain()
        {
            var team = new TeamBuilder("chain", "boss")
                .Member("boss", "Lead").Member("helper", "Helper")
                .Task("first", "helper").Described("Lay the ground")
                .Task("second", "helper", "first").Described("Build on it")
                .Task("third", "boss", "second").Described("Finish it")
                .Build();
            var library = TeamBuilder.LibraryFor(team);
            library.Agents["boss"].Model = "opus";
            library.Agents["boss"].Instructions = "You lead the chain and sign it off.";
            library.Agents["helper"].Model = "haiku";
            library.Agents["helper"].Instructions = "You help the lead, one step at a time.";
            return (TaskPlanner.Plan(team, library, new PlanOptions()), library);
        }

        /// <summary>Two tasks side by side, "a" and "b", and "merge" waiting on both.</summary>
        public static (TaskPlan Plan, TeamLibrary Library) Fan()
        {
            var team = new TeamBuilder("fan", "boss")
                .Member("boss", "Lead").Member("helper", "Helper")
                .Task("a", "helper").Described("One side")
                .Task("b", "boss").Described("The other side")
                .Task("merge", "boss", "a", "b").Described("Bring both together")
                .Build();
            var library = TeamBuilder.LibraryFor(team);
            return (TaskPlanner.Plan(team, library, new PlanOptions()), library);
        }

        /// <summary>Tasks side by side with nothing between them: "t1" to "t{count}".</summary>
        public static (TaskPlan Plan, TeamLibrary Library) Wide(int count)
        {
            var builder = new TeamBuilder("wide", "boss")
                .Member("boss", "Lead").Member("helper", "Helper");
            for (var index = 1; index <= count; index++)
            {
                builder.Task($"t{index}", index % 2 == 0 ? "boss" : "helper")
                    .Described($"Side {index}");
            }

            var team = builder.Build();
            var library = TeamBuilder.LibraryFor(team);
            return (TaskPlanner.Plan(team, library, new PlanOptions()), library);
        }

        public static Task<IReadOnlyList<TaskResult>> Run(
            (TaskPlan Plan, TeamLibrary Library) team, ITaskProvider provider,
            IRunObserver observer = null, Action<RunOptions> configure = null,
            CancellationToken cancellation = default)
        {
            var options = new RunOptions
            {
                RunId = "chat-run",
                Request = "Design a small thing",
                Library = team.Library,
                RetryDelay = TimeSpan.FromMilliseconds(20),
            };
            configure?.Invoke(options);
            return new TeamRunner().RunAsync(
                team.Plan, options, provider, observer ?? new RecordingObserver(), cancellation);
        }

        public static TaskResult Result(IEnumerable<TaskResult> results, string task)
        {
            return results.Single(r => r.TaskName == task);
        }
    }
}
