using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.Execution;

namespace TeamForge.Tests.Execution
{
    /// <summary>
    /// A provider that waits a while per task, records when each task ran and what it was
    /// given, and fails the tasks it is told to fail.
    /// </summary>
    internal sealed class FakeProvider : ITaskProvider
    {
        private readonly TimeSpan delay;
        private int running;
        private int mostRunning;

        public FakeProvider(int delayMilliseconds)
        {
            delay = TimeSpan.FromMilliseconds(delayMilliseconds);
        }

        public string Name => "fake";

        public ISet<string> Failing { get; } = new HashSet<string>();

        /// <summary>When true the provider waits without looking at the token.</summary>
        public bool IgnoresCancellation { get; set; }

        public ConcurrentDictionary<string, DateTimeOffset> Starts { get; } =
            new ConcurrentDictionary<string, DateTimeOffset>();

        public ConcurrentDictionary<string, DateTimeOffset> Ends { get; } =
            new ConcurrentDictionary<string, DateTimeOffset>();

        public ConcurrentDictionary<string, TaskContext> Contexts { get; } =
            new ConcurrentDictionary<string, TaskContext>();

        public int MostRunning => Volatile.Read(ref mostRunning);

        public async Task<string> RunAsync(
            TaskContext context, CancellationToken cancellationToken)
        {
            Starts[context.TaskName] = DateTimeOffset.Now;
            Contexts[context.TaskName] = context;
            var now = Interlocked.Increment(ref running);
            for (var most = MostRunning; now > most; most = MostRunning)
            {
                Interlocked.CompareExchange(ref mostRunning, now, most);
            }

            try
            {
                var token = IgnoresCancellation ? CancellationToken.None : cancellationToken;
                await Task.Delay(delay, token);
                if (Failing.Contains(context.TaskName))
                {
                    throw new InvalidOperationException($"{context.TaskName} broke");
                }

                return $"work of {context.TaskName}";
            }
            finally
            {
                Interlocked.Decrement(ref running);
                Ends[context.TaskName] = DateTimeOffset.Now;
            }
        }
    }
}
