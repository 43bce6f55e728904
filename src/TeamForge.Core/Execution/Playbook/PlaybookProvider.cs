using System;
using System.Threading;
using System.Threading.Tasks;

namespace TeamForge.Execution
{
    /// <summary>
    /// The default provider: it asks no model and opens no connection. For a domain task it
    /// finds the concerns in the team file and the task, ranks the library's skills for each
    /// (the member's own first) and writes their procedures, checks and pitfalls; for the
    /// integrating task it merges the upstream outputs into integration points, decisions,
    /// conflicts and a roadmap. The same context always gives the same bytes.
    /// </summary>
    public sealed class PlaybookProvider : ITaskProvider
    {
        public string Name => "Playbook";

        public override string ToString() => Name;

        public Task<string> RunAsync(TaskContext context, CancellationToken cancellationToken)
        {
            if (context == null)
            {
                throw new ArgumentNullException(nameof(context));
            }

            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(Write(context));
        }

        /// <summary>The task's Markdown, computed at once.</summary>
        public string Write(TaskContext context)
        {
            if (context == null)
            {
                throw new ArgumentNullException(nameof(context));
            }

            return context.Task?.IsIntegration == true
                ? IntegrationTaskWriter.Write(context)
                : DomainTaskWriter.Write(context, DomainPlanner.Plan(context));
        }
    }
}
