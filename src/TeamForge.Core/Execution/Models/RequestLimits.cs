using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;

namespace TeamForge.Execution
{
    /// <summary>
    /// The limits a chat provider keeps on its requests, across every run that shares it:
    /// the requests in flight at once, the requests a minute, and the input and output
    /// tokens a minute. A request waits, in the order it came, until all three allow it.
    /// </summary>
    /// <remarks>
    /// Requests a minute are counted in a sliding window of twelve segments, so a request
    /// counts for one window after it was sent, give or take a segment. Tokens a minute
    /// refill a twelfth of the limit at a time (see <see cref="TokenBudget"/>).
    /// </remarks>
    // Limitation: a server's 429 makes only the task that got it wait; the other requests
    // under the same limits still go, and may meet the same refusal.
    // Limitation: the per-minute limits refill on timers, which keep them alive until they
    // are disposed; a provider does not dispose of its limits, so each provider made with a
    // per-minute limit keeps two timers for the life of the session.
    public sealed class RequestLimits : IDisposable
    {
        private const int Segments = 12;

        private readonly ConcurrencyLimiter concurrency;

        private readonly SlidingWindowRateLimiter requests;

        private readonly TokenBudget tokens;

        /// <summary>Limits counted per minute; a null or zero limit is no limit.</summary>
        public RequestLimits(int? maxConcurrency, int? maxRequestsPerMinute,
            int? maxTokensPerMinute)
            : this(maxConcurrency, maxRequestsPerMinute, maxTokensPerMinute,
                TimeSpan.FromMinutes(1))
        {
        }

        /// <summary>Limits counted per <paramref name="window"/>: a test's short minute.</summary>
        internal RequestLimits(int? maxConcurrency, int? maxRequestsPerMinute,
            int? maxTokensPerMinute, TimeSpan window)
        {
            MaxConcurrency = Read(maxConcurrency, "-MaxConcurrency");
            MaxRequestsPerMinute = Read(maxRequestsPerMinute, "-MaxRequestsPerMinute");
            MaxTokensPerMinute = Read(maxTokensPerMinute, "-MaxTokensPerMinute");
            if (window <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(window));
            }

            if (MaxConcurrency.HasValue)
            {
                concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
                {
                    PermitLimit = MaxConcurrency.Value,
                    QueueLimit = int.MaxValue,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                });
            }

            if (MaxRequestsPerMinute.HasValue)
            {
                requests = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = MaxRequestsPerMinute.Value,
                    Window = window,
                    SegmentsPerWindow = Segments,
                    QueueLimit = int.MaxValue,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    AutoReplenishment = true,
                });
            }

            if (MaxTokensPerMinute.HasValue)
            {
                tokens = new TokenBudget(MaxTokensPerMinute.Value, window);
            }
        }

        /// <summary>No limit at all: every request goes at once.</summary>
        public static RequestLimits None { get; } = new RequestLimits(null, null, null);

        /// <summary>The most requests in flight at once; null for no limit.</summary>
        public int? MaxConcurrency { get; }

        public int? MaxRequestsPerMinute { get; }

        /// <summary>The most input and output tokens a minute; null for no limit.</summary>
        public int? MaxTokensPerMinute { get; }

        public bool IsEmpty =>
            concurrency == null && requests == null && tokens == null;

        /// <summary>
        /// Waits until a request of about <paramref name="estimatedTokens"/> may be sent and
        /// returns its permit: dispose of it once the answer is in, after settling its tokens
        /// with <see cref="RequestPermit.Spent"/>. Before each wait, says what it waits for
        /// through <paramref name="waiting"/>, a phrase that follows "waiting for".
        /// </summary>
        /// <exception cref="OperationCanceledException">The token was cancelled while the
        /// request waited; nothing is held.</exception>
        public async Task<RequestPermit> WaitAsync(int estimatedTokens, Action<string> waiting,
            CancellationToken cancellationToken)
        {
            var permit = new RequestPermit(tokens, Math.Max(0, estimatedTokens));
            try
            {
                permit.Slot = await AcquireAsync(concurrency, waiting, cancellationToken,
                    $"a request slot ('{MaxConcurrency}' requests at once)")
                    .ConfigureAwait(false);
                permit.Request = await AcquireAsync(requests, waiting, cancellationToken,
                    $"the requests-per-minute window ('{MaxRequestsPerMinute}' requests a "
                    + "minute)").ConfigureAwait(false);
                if (tokens != null)
                {
                    await tokens.ReserveAsync(permit.Estimate, waiting, cancellationToken)
                        .ConfigureAwait(false);
                    permit.Reserved = true;
                }

                return permit;
            }
            catch (Exception)
            {
                permit.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            concurrency?.Dispose();
            requests?.Dispose();
            tokens?.Dispose();
        }

        /// <summary>The limits in words: "at most '2' requests at once, '60' a minute".</summary>
        public override string ToString()
        {
            var parts = new List<string>();
            if (MaxConcurrency.HasValue)
            {
                parts.Add($"'{MaxConcurrency}' requests at once");
            }

            if (MaxRequestsPerMinute.HasValue)
            {
                parts.Add($"'{MaxRequestsPerMinute}' requests a minute");
            }

            if (MaxTokensPerMinute.HasValue)
            {
                parts.Add($"'{MaxTokensPerMinute}' tokens a minute");
            }

            return parts.Count == 0 ? "no limits" : "at most " + string.Join(", ", parts);
        }

        private static int? Read(int? limit, string name)
        {
            if (limit < 0)
            {
                throw new ArgumentOutOfRangeException(name, limit,
                    $"{name} must be 0 (no limit) or more.");
            }

            return limit > 0 ? limit : null;
        }

        private static async Task<RateLimitLease> AcquireAsync(RateLimiter limiter,
            Action<string> waiting, CancellationToken cancellation, string what)
        {
            if (limiter == null)
            {
                return null;
            }

            var lease = limiter.AttemptAcquire(1);
            if (lease.IsAcquired)
            {
                return lease;
            }

            lease.Dispose();
            waiting?.Invoke(what);
            lease = await limiter.AcquireAsync(1, cancellation).ConfigureAwait(false);
            if (!lease.IsAcquired)
            {
                lease.Dispose();
                throw new InvalidOperationException($"The limit on {what} refused the request.");
            }

            return lease;
        }
    }
}
