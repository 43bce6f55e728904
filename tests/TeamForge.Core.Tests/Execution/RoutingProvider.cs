using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.Execution;

namespace TeamForge.Tests.Execution
{
    /// <summary>Sends each task to the provider named for it.</summary>
    internal sealed class RoutingProvider : ITaskProvider
    {
        private readonly Dictionary<string, ITaskProvider> routes =
            new Dictionary<string, ITaskProvider>();

        public RoutingProvider(params (string Task, ITaskProvider Provider)[] routes)
        {
            foreach (var (task, provider) in routes)
            {
                this.routes[task] = provider;
            }
        }

        public string Name => "routing";

        public Task<string> RunAsync(TaskContext context, CancellationToken cancellationToken)
        {
            return routes[context.TaskName].RunAsync(context, cancellationToken);
        }
    }
}
