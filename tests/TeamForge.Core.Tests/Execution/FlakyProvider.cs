using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.Execution;

namespace TeamForge.Tests.Execution
{
    /// <summary>
    /// Fails each task a set number of times, with a transient or a permanent error, before
    /// it succeeds, and counts every call.
    /// </summary>
    internal sealed class FlakyProvider : ITaskProvider
    {
        private readonly int failures;
        private readonly bool transient;

        public FlakyProvider(int failures, bool transient)
        {
            this.failures = failures;
            this.transient = transient;
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
                    ? new TransientException($"busy, call {call}")
                    : new InvalidOperationException($"broken, call {call}");
            }

            return Task.FromResult($"work of {context.TaskName} on call {call}");
        }
    }
}
