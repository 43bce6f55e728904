using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace TeamForge.Execution
{
    /// <summary>
    /// The tokens and dollars of a set of task results together: a run's, a design's. Each
    /// total is null when no task knew it.
    /// </summary>
    public sealed class UsageTotals
    {
        public UsageTotals(long? inputTokens, long? outputTokens, long? cachedTokens,
            decimal? cost, int unpricedTasks)
        {
            InputTokens = inputTokens;
            OutputTokens = outputTokens;
            CachedTokens = cachedTokens;
            Cost = cost;
            UnpricedTasks = unpricedTasks;
        }

        public long? InputTokens { get; }

        public long? OutputTokens { get; }

        public long? CachedTokens { get; }

        public decimal? Cost { get; }

        /// <summary>Tasks that counted tokens but have no cost: their model has no price.</summary>
        public int UnpricedTasks { get; }

        /// <summary>True when any task counted tokens or reported a cost.</summary>
        public bool Any => InputTokens.HasValue || OutputTokens.HasValue || Cost.HasValue;

        public static UsageTotals Of(IEnumerable<TaskResult> results)
        {
            var list = (results ?? Enumerable.Empty<TaskResult>())
                .Where(result => result != null)
                .ToList();
            var cost = list.Any(r => r.Cost.HasValue)
                ? list.Sum(r => r.Cost ?? 0)
                : (decimal?)null;
            var unpriced = list.Count(r => r.Cost == null
                && (r.InputTokens.HasValue || r.OutputTokens.HasValue));
            return new UsageTotals(
                Sum(list.Select(r => r.InputTokens)), Sum(list.Select(r => r.OutputTokens)),
                Sum(list.Select(r => r.CachedTokens)), cost, unpriced);
        }

        /// <summary>
        /// One line: "1,200 input tokens (100 cached), 300 output tokens; cost $0.0042". It
        /// says how many tasks have no price, as their cost is not in the total.
        /// </summary>
        public string Describe()
        {
            var parts = new List<string>();
            if (InputTokens.HasValue)
            {
                var cached = CachedTokens.HasValue ? $" ({Count(CachedTokens.Value)} cached)" : "";
                parts.Add($"{Count(InputTokens.Value)} input tokens{cached}");
            }

            if (OutputTokens.HasValue)
            {
                parts.Add($"{Count(OutputTokens.Value)} output tokens");
            }

            var tokens = parts.Count == 0 ? "tokens not counted" : string.Join(", ", parts);
            var cost = Cost.HasValue ? $"cost {CostText.Of(Cost.Value)}" : "cost unknown";
            var unpriced = UnpricedTasks == 0 ? ""
                : UnpricedTasks == 1 ? " (1 task's model has no price)"
                : $" ({UnpricedTasks} tasks' models have no price)";
            return $"{tokens}; {cost}{unpriced}";
        }

        private static long? Sum(IEnumerable<int?> counts)
        {
            var known = counts.Where(count => count.HasValue).ToList();
            return known.Count == 0 ? (long?)null : known.Sum(count => (long)count.Value);
        }

        private static string Count(long count) =>
            count.ToString("#,0", CultureInfo.InvariantCulture);
    }
}
