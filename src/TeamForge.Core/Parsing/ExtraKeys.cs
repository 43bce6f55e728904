using System.Collections.Generic;

namespace TeamForge.Parsing
{
    /// <summary>Merges the unknown keys of the front matter and of the CONFIG block.</summary>
    internal static class ExtraKeys
    {
        public const string ConfigPrefix = "config.";

        /// <summary>
        /// Keeps every key as written; a CONFIG key that the front matter also has is kept
        /// as "config.&lt;key&gt;" so that neither value is lost.
        /// </summary>
        public static void Merge(
            IDictionary<string, object> target, IDictionary<string, object> frontMatter,
            IDictionary<string, object> config)
        {
            foreach (var entry in frontMatter)
            {
                target[entry.Key] = entry.Value;
            }

            foreach (var entry in config)
            {
                var key = target.ContainsKey(entry.Key) ? ConfigPrefix + entry.Key : entry.Key;
                target[key] = entry.Value;
            }
        }
    }
}
