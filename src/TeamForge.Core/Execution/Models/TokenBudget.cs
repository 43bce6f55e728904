using System;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;

namespace TeamForge.Execution
{
    /// <summary>
    /// The tokens a provider may spend in a window, in a token bucket that refills a share
    /// of the limit at a time. A request reserves an estimate before it is sent and, once
    /// the server has counted, the difference is settled: a request that spent more leaves a
    /// debt the next reservation pays, one that spent less leaves a credit it draws on.
    /// </summary>
    /// <remarks>
    /// The bucket cannot take tokens back, hence the balance beside it. A credit never lifts
    /// the bucket above its limit: it is worth at most what the bucket lacks when drawn on.
    /// </remarks>
    internal sealed class TokenBudget : IDisposable
    {
        // The bucket refills this many times per window, a twelfth of the limit each time.
        private const int Refills = 12;

        private readonly object gate = new object();

        private readonly TokenBucketRateLimiter bucket;

        // Above zero: tokens reserved but not spent; below: spent but never reserved.
        private long balance;

        public TokenBudget(int limit, TimeSpan window)
        {
            Limit = limit;
            bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = limit,
                TokensPerPeriod = Math.Max(1, (int)Math.Ceiling(limit / (double)Refills)),
                ReplenishmentPeriod = TimeSpan.FromTicks(Math.Max(1, window.Ticks / Refills)),
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            });
        }

        public int Limit { get; }

        /// <summary>
        /// Takes the estimate (less any credit, plus any debt) from the bucket, waiting for
        /// it to refill when it holds too few; says so first through <paramref name="waiting"/>.
        /// </summary>
        public async Task ReserveAsync(
            int estimate, Action<string> waiting, CancellationToken cancellation)
        {
            var ask = Take(estimate);
            if (ask == 0)
            {
                return;
            }

            using (var lease = bucket.AttemptAcquire(ask))
            {
                if (lease.IsAcquired)
                {
                    return;
                }
            }

            waiting?.Invoke($"the tokens-per-minute budget ('{ask}' tokens for this request, "
                + $"'{Limit}' a minute)");
            try
            {
                using (var lease = await bucket.AcquireAsync(ask, cancellation)
                    .ConfigureAwait(false))
                {
                    if (!lease.IsAcquired)
                    {
                        throw new InvalidOperationException(
                            "The tokens-per-minute budget refused the request.");
                    }
                }
            }
            catch (Exception)
            {
                Adjust(estimate - ask);
                throw;
            }
        }

        /// <summary>Settles a reservation with what the request spent.</summary>
        public void Settle(int estimate, long spent)
        {
            Adjust(estimate - spent);
        }

        public void Dispose()
        {
            bucket.Dispose();
        }

        // How many tokens to take from the bucket for this estimate. A credit the bucket
        // has no room for is dropped; what the bucket's whole size cannot cover stays a debt.
        private int Take(int estimate)
        {
            lock (gate)
            {
                var drawn = balance;
                if (drawn > 0)
                {
                    var missing = Limit - bucket.GetStatistics().CurrentAvailablePermits;
                    drawn = Math.Min(drawn, Math.Max(0, missing));
                }

                var need = estimate - drawn;
                var ask = (int)Math.Max(0, Math.Min(need, Limit));
                balance = ask - need;
                return ask;
            }
        }

        private void Adjust(long difference)
        {
            lock (gate)
            {
                balance = Math.Min(Limit, balance + difference);
            }
        }
    }
}
