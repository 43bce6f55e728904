using System;
using System.Collections.Generic;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace TeamForge.Parsing
{
    /// <summary>
    /// A YAML mapping read by key, with the file line of every node. Keys are matched
    /// without regard to case; the first of two keys that differ only in case wins.
    /// </summary>
    internal sealed class YamlMap
    {
        private readonly Dictionary<string, KeyValuePair<YamlNode, YamlNode>> entries;
        private readonly int lineOffset;

        public YamlMap(YamlMappingNode node, int lineOffset)
        {
            Node = node;
            this.lineOffset = lineOffset;
            entries = new Dictionary<string, KeyValuePair<YamlNode, YamlNode>>(
                StringComparer.OrdinalIgnoreCase);
            foreach (var entry in node.Children)
            {
                var key = YamlValues.KeyText(entry.Key);
                if (!entries.ContainsKey(key))
                {
                    entries.Add(key, entry);
                }
            }
        }

        /// <summary>An empty map, for front matter that holds only comments.</summary>
        public static YamlMap Empty(int line)
        {
            return new YamlMap(new YamlMappingNode(), line - 1);
        }

        public YamlMappingNode Node { get; }

        /// <summary>The file line where the mapping starts.</summary>
        public int Line => LineOf(Node);

        public bool Has(string key)
        {
            return entries.ContainsKey(key);
        }

        public YamlNode Value(string key)
        {
            return entries.TryGetValue(key, out var entry) ? entry.Value : null;
        }

        /// <summary>The file line of the key, or of the map when the key is absent.</summary>
        public int LineOf(string key)
        {
            return entries.TryGetValue(key, out var entry) ? LineOf(entry.Key) : Line;
        }

        public int LineOf(YamlNode node)
        {
            return (int)Math.Max(1, node.Start.Line) + lineOffset;
        }

        public string Text(string key)
        {
            return YamlValues.Text(Value(key));
        }

        public string[] List(string key)
        {
            return YamlValues.List(Value(key));
        }

        /// <summary>The nested map under the key; null when absent or not a map.</summary>
        public YamlMap Map(string key)
        {
            return Value(key) is YamlMappingNode mapping ? Wrap(mapping) : null;
        }

        public YamlMap Wrap(YamlMappingNode mapping)
        {
            return new YamlMap(mapping, lineOffset);
        }

        /// <summary>The keys, as written, that are not among <paramref name="known"/>.</summary>
        public IEnumerable<string> KeysBeyond(ICollection<string> known)
        {
            return Node.Children
                .Select(entry => YamlValues.KeyText(entry.Key))
                .Where(key => !known.Contains(key, StringComparer.OrdinalIgnoreCase));
        }

        /// <summary>Every entry beyond <paramref name="known"/>, as plain values.</summary>
        public SortedDictionary<string, object> Extra(ICollection<string> known)
        {
            var extra = new SortedDictionary<string, object>(StringComparer.Ordinal);
            foreach (var key in KeysBeyond(known))
            {
                extra[key] = YamlValues.ToValue(entries[key].Value);
            }

            return extra;
        }
    }
}
