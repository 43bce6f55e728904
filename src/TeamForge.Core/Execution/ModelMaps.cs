using System;
using System.Collections.Generic;

namespace TeamForge.Execution
{
    /// <summary>Agent model tiers to a provider's model names, read alike by all.</summary>
    internal static class ModelMaps
    {
        /// <summary>
        /// The map with its names trimmed and its tiers matched without regard to case;
        /// an entry without a tier or a model is refused.
        /// </summary>
        public static IReadOnlyDictionary<string, string> Read(IDictionary<string, string> map)
        {
            var read = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in map ?? new Dictionary<string, string>())
            {
                if (string.IsNullOrWhiteSpace(entry.Key) || string.IsNullOrWhiteSpace(entry.Value))
                {
                    throw new ArgumentException(
                        $"The model map's entry '{entry.Key}' needs a tier and a model name.");
                }

                read[entry.Key.Trim()] = entry.Value.Trim();
            }

            return read;
        }

        /// <summary>The tier's model in the map, or null when the map does not name it.</summary>
        public static string Find(IReadOnlyDictionary<string, string> map, string tier)
        {
            return !string.IsNullOrEmpty(tier) && map.TryGetValue(tier, out var mapped)
                ? mapped
                : null;
        }
    }
}
