using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.Execution;

namespace TeamForge.Tests.Execution
{
    /// <summary>
    /// Fails each task a set number of times, with a transient or a permanent error, before
    /// it succeeds, counts every call, and reports a model and tokens when it succeeds.
    /// </summary>
    internal sealed class FlakyProvider : ITaskProvider
    {
        private readonly int failures;
        private readonly bool transient;
        private readonly TimeSpan? retryAfter;

        public FlakyProvider(int failures, bool transient, TimeSpan? retryAfter = null)
        {
            this.failures = failures;
            this.transient = transient;
            this.retryAfter = retryAfter;
        }

        public string Name => "flaky";

        public ConcurrentDictionary<string, int> Calls { get; } =
            new ConcurrentDictionary<string, int>();

        public Task<string> RunAsync(TaskContext context, CancellationToken cancellationToken)
        {
            var call = Calls.AddOrUpdate(context.TaskName, 1, (_, count) => count + 1);
            if (call <= failures)
            {
                throw transient
                    ? new TransientException($"busy, call {call}", retryAfter)
                    : new InvalidOperationException($"broken, call {call}");
            }

            context.Usage.Model = $"model-of-{context.TaskName}";
            context.Usage.InputTokens = 100 + context.TaskName.Length;
            context.Usage.OutputTokens = 10 + call;
            return Task.FromResult($"work of {context.TaskName} on call {call}");
        }
    }
}
