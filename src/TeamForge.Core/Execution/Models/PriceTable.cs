using System;
using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Execution
{
    /// <summary>
    /// What models cost, by model name, in US dollars per million tokens. A model's price is
    /// its own entry, or else the entry of the longest name it starts with, followed by a
    /// version: `gpt-5-mini-2025-08-07` finds `gpt-5-mini`, while `gpt-5-pro` is not taken
    /// for `gpt-5`. Names are matched without regard to case.
    /// </summary>
    public sealed class PriceTable
    {
        private const string ResourceName = "TeamForge.Execution.Models.prices.json";

        private static readonly Lazy<PriceTable> DefaultTable =
            new Lazy<PriceTable>(() => PriceTableReader.ReadResource(ResourceName));

        private readonly Dictionary<string, ModelPrice> prices;

        internal PriceTable(
            IEnumerable<KeyValuePair<string, ModelPrice>> prices, string date,
            IReadOnlyList<string> sources)
        {
            this.prices = new Dictionary<string, ModelPrice>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in prices)
            {
                this.prices[entry.Key.Trim()] = entry.Value;
            }

            Date = date;
            Sources = sources ?? new string[0];
        }

        /// <summary>
        /// The table shipped in the assembly (prices.json): the default OpenAI models and
        /// Anthropic's opus, sonnet and haiku models, as their documentation gave them on
        /// <see cref="Date"/>.
        /// </summary>
        public static PriceTable Default => DefaultTable.Value;

        /// <summary>When the default table's prices were read, as yyyy-MM-dd.</summary>
        public string Date { get; }

        /// <summary>Where the default table's prices were read.</summary>
        public IReadOnlyList<string> Sources { get; }

        /// <summary>Every entry, by model name.</summary>
        public IReadOnlyDictionary<string, ModelPrice> Prices => prices;

        /// <summary>
        /// This table with the entries given laid over it: a model named in both takes the
        /// new price.
        /// </summary>
        public PriceTable With(IEnumerable<KeyValuePair<string, ModelPrice>> entries)
        {
            if (entries == null)
            {
                throw new ArgumentNullException(nameof(entries));
            }

            return new PriceTable(prices.Concat(entries), Date, Sources);
        }

        /// <summary>The model's price, or null when the table has none for it.</summary>
        public ModelPrice Find(string model)
        {
            if (string.IsNullOrWhiteSpace(model))
            {
                return null;
            }

            var name = model.Trim();
            if (prices.TryGetValue(name, out var exact))
            {
                return exact;
            }

            return prices
                .Where(entry => IsVersionOf(name, entry.Key))
                .OrderByDescending(entry => entry.Key.Length)
                .Select(entry => entry.Value)
                .FirstOrDefault();
        }

        /// <summary>
        /// What a task's usage cost: null when the model has no price or the server did not
        /// count the prompt's or the answer's tokens. Unknown cached tokens count as none.
        /// </summary>
        public decimal? CostOf(string model, int? inputTokens, int? outputTokens,
            int? cachedTokens)
        {
            var price = Find(model);
            if (price == null || !inputTokens.HasValue || !outputTokens.HasValue)
            {
                return null;
            }

            return price.CostOf(inputTokens.Value, outputTokens.Value, cachedTokens ?? 0);
        }

        // A family's name followed by a date, a version or a tag: "-2025-08-07", "-20250514",
        // "-latest", ":7b", "@20250929". A letter after a dash starts another model's name.
        private static bool IsVersionOf(string model, string family)
        {
            if (model.Length <= family.Length
                || !model.StartsWith(family, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var rest = model.Substring(family.Length);
            if (rest[0] == ':' || rest[0] == '@')
            {
                return true;
            }

            return rest[0] == '-' && rest.Length > 1
                && (char.IsDigit(rest[1])
                    || rest.Equals("-latest", StringComparison.OrdinalIgnoreCase));
        }
    }
}
