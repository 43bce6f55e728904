using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace TeamForge.Tests.Models
{
    /// <summary>
    /// An IChatClient in memory that answers at a set pace: a number of pieces with a pause
    /// before each, then the usage it is told to report. It keeps when each request started
    /// and the most requests it had in flight at once.
    /// </summary>
    internal sealed class PacedChatClient : IChatClient
    {
        private readonly object gate = new object();

        private readonly Stopwatch clock = Stopwatch.StartNew();

        private int inFlight;

        public int Pieces { get; set; } = 3;

        public TimeSpan Pause { get; set; } = TimeSpan.FromMilliseconds(20);

        public long InputTokens { get; set; } = 40;

        public long OutputTokens { get; set; } = 6;

        /// <summary>Whether the usage comes at the end; a server may count nothing.</summary>
        public bool ReportsUsage { get; set; } = true;

        public int MaxInFlight { get; private set; }

        /// <summary>When each request came, since the client was made, in order.</summary>
        public List<TimeSpan> Starts { get; } = new List<TimeSpan>();

        public int Requests
        {
            get
            {
                lock (gate)
                {
                    return Starts.Count;
                }
            }
        }

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages,
            ChatOptions options = null, CancellationToken cancellationToken = default)
        {
            throw new NotSupportedException("The provider streams.");
        }

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
            IEnumerable<ChatMessage> messages, ChatOptions options = null,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            lock (gate)
            {
                Starts.Add(clock.Elapsed);
                inFlight++;
                MaxInFlight = Math.Max(MaxInFlight, inFlight);
            }

            try
            {
                for (var piece = 0; piece < Pieces; piece++)
                {
                    await Task.Delay(Pause, cancellationToken);
                    yield return new ChatResponseUpdate(ChatRole.Assistant, "piece of text ")
                    {
                        ModelId = options?.ModelId,
                    };
                }

                yield return new ChatResponseUpdate(null, "end.")
                {
                    FinishReason = ChatFinishReason.Stop,
                };
                if (ReportsUsage)
                {
                    yield return new ChatResponseUpdate(null, new List<AIContent>
                    {
                        new UsageContent(new UsageDetails
                        {
                            InputTokenCount = InputTokens,
                            OutputTokenCount = OutputTokens,
                            TotalTokenCount = InputTokens + OutputTokens,
                        }),
                    });
                }
            }
            finally
            {
                lock (gate)
                {
                    inFlight--;
                }
            }
        }

        public object GetService(Type serviceType, object serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
