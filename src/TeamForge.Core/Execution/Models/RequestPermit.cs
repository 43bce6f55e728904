using System;
using System.Threading.RateLimiting;

namespace TeamForge.Execution
{
    /// <summary>
    /// One request's leave to go under <see cref="RequestLimits"/>: it holds its slot until
    /// disposed, and settles its token reservation with what the server counted.
    /// </summary>
    public sealed class RequestPermit : IDisposable
    {
        private readonly TokenBudget tokens;

        private bool settled;

        internal RequestPermit(TokenBudget tokens, int estimate)
        {
            this.tokens = tokens;
            Estimate = estimate;
        }

        /// <summary>The tokens reserved for the request before it was sent.</summary>
        public int Estimate { get; }

        internal RateLimitLease Slot { get; set; }

        internal RateLimitLease Request { get; set; }

        internal bool Reserved { get; set; }

        /// <summary>
        /// Settles the reservation with the input and output tokens the request spent; a
        /// permit that is never settled keeps its estimate as spent.
        /// </summary>
        public void Spent(long tokensSpent)
        {
            if (settled || !Reserved)
            {
                return;
            }

            settled = true;
            tokens.Settle(Estimate, Math.Max(0, tokensSpent));
        }

        public void Dispose()
        {
            Slot?.Dispose();
            Slot = null;
            Request?.Dispose();
            Request = null;
        }
    }
}
