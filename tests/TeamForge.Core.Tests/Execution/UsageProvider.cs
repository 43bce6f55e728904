using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.Execution;

namespace TeamForge.Tests.Execution
{
    /// <summary>
    /// Reports a model and tokens for each task, after failing it a set number of times
    /// with a transient error that says how long to wait.
    /// </summary>
    internal sealed class UsageProvider : ITaskProvider
    {
        private readonly int failures;

        private readonly TimeSpan? retryAfter;

        public UsageProvider(int failures = 0, TimeSpan? retryAfter = null)
        {
            this.failures = failures;
            this.retryAfter = retryAfter;
        }

        public string Name => "usage";

        public ConcurrentDictionary<string, int> Calls { get; } =
            new ConcurrentDictionary<string, int>();

        public Task<string> RunAsync(TaskContext context, CancellationToken cancellationToken)
        {
            var call = Calls.AddOrUpdate(context.TaskName, 1, (_, count) => count + 1);
            if (call <= failures)
            {
                throw new TransientException($"slow down, call {call}", retryAfter);
            }

            context.Usage.Model = $"model-of-{context.TaskName}";
            context.Usage.InputTokens = 100 + context.TaskName.Length;
            context.Usage.OutputTokens = 10 + call;
            return Task.FromResult($"work of {context.TaskName}");
        }
    }
}
