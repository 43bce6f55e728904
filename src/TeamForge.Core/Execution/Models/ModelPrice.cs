using System;

namespace TeamForge.Execution
{
    /// <summary>What one model costs, in US dollars per million tokens.</summary>
    public sealed class ModelPrice
    {
        public ModelPrice(decimal input, decimal output, decimal? cachedInput)
        {
            Input = input;
            Output = output;
            CachedInput = cachedInput;
        }

        /// <summary>Dollars per million prompt tokens not read from the cache.</summary>
        public decimal Input { get; }

        /// <summary>Dollars per million answer tokens.</summary>
        public decimal Output { get; }

        /// <summary>
        /// Dollars per million prompt tokens read from the server's cache; null bills them
        /// as any other prompt token.
        /// </summary>
        public decimal? CachedInput { get; }

        /// <summary>
        /// The dollars a call cost. The input count holds the cached tokens, as OpenAI's
        /// chat-completions API counts them: those are billed at the cached price and the rest
        /// at the input price.
        /// </summary>
        public decimal CostOf(long inputTokens, long outputTokens, long cachedTokens)
        {
            // Limitation: a server whose input count leaves its cache reads out (Anthropic's
            // own API does) has them billed only up to its input count.
            var cached = Math.Min(Math.Max(cachedTokens, 0), Math.Max(inputTokens, 0));
            var uncached = Math.Max(inputTokens, 0) - cached;
            var dollars = uncached * Input
                + cached * (CachedInput ?? Input)
                + Math.Max(outputTokens, 0) * Output;
            return dollars / 1_000_000m;
        }

        public override string ToString() =>
            $"in {Input}, out {Output}, cached {CachedInput?.ToString() ?? "as input"} $/M";
    }
}
