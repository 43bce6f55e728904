using System;
using System.Collections.Generic;
using System.Linq;
using TeamForge.Execution;
using TeamForge.Library;
using TeamForge.Tests.Parsing;

namespace TeamForge.Tests.Playbook
{
    /// <summary>
    /// The devops platform team of the shared corpus run through the playbook once, domain
    /// tasks first and the integrating task on their outputs, as the scheduler would.
    /// </summary>
    internal sealed class PlatformTeamRun
    {
        private static readonly Lazy<PlatformTeamRun> Shared = new Lazy<PlatformTeamRun>(() =>
            new PlatformTeamRun()
        );

        private PlatformTeamRun()
        {
            var library = LibraryLoader.Load(Corpus.Path);
            var team = library.Teams.Single(t => t.Name == "devops-platform-engineering");
            var provider = new PlaybookProvider();
            foreach (var task in team.Tasks.Where(t => t.BlockedBy.Length == 0))
            {
                var context = PlaybookContexts.For(team, library, task.Name);
                Inputs.Add(PlaybookContexts.InputFrom(context, provider.Write(context)));
            }

            var integration = team.Tasks.Single(t => t.BlockedBy.Length > 0);
            IntegrationContext = PlaybookContexts.For(team, library, integration.Name, Inputs);
            Integration = provider.Write(IntegrationContext);
        }

        public static PlatformTeamRun Instance => Shared.Value;

        public List<TaskInput> Inputs { get; } = new List<TaskInput>();

        public TaskContext IntegrationContext { get; }

        public string Integration { get; }

        public string Output(string task) =>
            Inputs.Single(input => input.TaskName == task).Output;

        /// <summary>The text of "## heading" up to the next "## ".</summary>
        public static string Section(string output, string heading)
        {
            var start = output.IndexOf("## " + heading + "\n", StringComparison.Ordinal);
            if (start < 0)
            {
                return null;
            }

            var end = output.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
            return end < 0 ? output.Substring(start) : output.Substring(start, end - start);
        }
    }
}
