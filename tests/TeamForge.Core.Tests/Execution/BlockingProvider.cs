using System.Threading;
using System.Threading.Tasks;
using TeamForge.Execution;

namespace TeamForge.Tests.Execution
{
    /// <summary>
    /// A provider that holds its thread before it returns a task, as a careless one might.
    /// </summary>
    internal sealed class BlockingProvider : ITaskProvider
    {
        public string Name => "blocking";

        public Task<string> RunAsync(TaskContext context, CancellationToken cancellationToken)
        {
            Thread.Sleep(800);
            return Task.FromResult("done");
        }
    }
}
