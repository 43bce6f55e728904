using System;
using System.Collections.Generic;
using System.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TeamForge.Parsing
{
    /// <summary>Turns YAML nodes into plain .NET values: maps, lists and strings.</summary>
    internal static class YamlValues
    {
        private static readonly char[] Commas = { ',' };

        /// <summary>
        /// A mapping becomes a sorted dictionary, a sequence a list and a scalar its text,
        /// or null when it is empty, <c>~</c> or <c>null</c> and not quoted.
        /// </summary>
        public static object ToValue(YamlNode node)
        {
            switch (node)
            {
                case YamlMappingNode mapping:
                    return ToDictionary(mapping);
                case YamlSequenceNode sequence:
                    return sequence.Children.Select(ToValue).ToList();
                case YamlScalarNode scalar:
                    return ScalarText(scalar);
                default:
                    return null;
            }
        }

        public static SortedDictionary<string, object> ToDictionary(YamlMappingNode mapping)
        {
            var values = new SortedDictionary<string, object>(StringComparer.Ordinal);
            foreach (var entry in mapping.Children)
            {
                values[KeyText(entry.Key)] = ToValue(entry.Value);
            }

            return values;
        }

        public static string KeyText(YamlNode key)
        {
            return key is YamlScalarNode scalar ? scalar.Value ?? "" : key.ToString();
        }

        /// <summary>True for a missing value and an empty, <c>~</c> or <c>null</c> one.</summary>
        public static bool IsEmpty(YamlNode node)
        {
            return node == null || node is YamlScalarNode scalar && ScalarText(scalar) == null;
        }

        /// <summary>The trimmed text of a scalar; null when empty or not a scalar.</summary>
        public static string Text(YamlNode node)
        {
            var text = node is YamlScalarNode scalar ? ScalarText(scalar)?.Trim() : null;
            return string.IsNullOrEmpty(text) ? null : text;
        }

        /// <summary>
        /// The items of a list, given either as a YAML sequence or as one string of
        /// comma-separated items ("a, b, c"); blank items are dropped.
        /// </summary>
        public static string[] List(YamlNode node)
        {
            return List(node, Commas);
        }

        public static string[] List(YamlNode node, char[] separators)
        {
            IEnumerable<string> items;
            switch (node)
            {
                case YamlSequenceNode sequence:
                    items = sequence.Children.Select(Text);
                    break;
                case YamlScalarNode scalar:
                    items = (ScalarText(scalar) ?? "").Split(separators);
                    break;
                default:
                    items = Enumerable.Empty<string>();
                    break;
            }

            return items
                .Select(item => item?.Trim())
                .Where(item => !string.IsNullOrEmpty(item))
                .ToArray();
        }

        private static string ScalarText(YamlScalarNode scalar)
        {
            if (scalar.Style == ScalarStyle.Plain && IsNull(scalar.Value))
            {
                return null;
            }

            return scalar.Value;
        }

        private static bool IsNull(string value)
        {
            return string.IsNullOrEmpty(value) || value == "~" ||
                string.Equals(value, "null", StringComparison.OrdinalIgnoreCase);
        }
    }
}
