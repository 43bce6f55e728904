using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace TeamForge.Store
{
    /// <summary>
    /// The settings of a run that shape its plan (bindings, member count, the library), kept
    /// in run.json's options so that a resumed run plans the same tasks with the same agents.
    /// </summary>
    public static class RunSettings
    {
        public const string BindingsKey = "bind";

        public const string MemberCountKey = "memberCount";

        public const string MaxCostKey = "maxCost";

        public const string LibraryKey = "library";

        public static void Save(
            IDictionary<string, string> options, IDictionary<string, string> bindings,
            int? memberCount)
        {
            if (bindings != null && bindings.Count > 0)
            {
                options[BindingsKey] = string.Join(";", bindings
                    .OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase)
                    .Select(pair => $"{pair.Key}={pair.Value}"));
            }

            if (memberCount.HasValue)
            {
                options[MemberCountKey] = memberCount.Value.ToString(CultureInfo.InvariantCulture);
            }
        }

        public static IDictionary<string, string> Bindings(
            IReadOnlyDictionary<string, string> options)
        {
            var bindings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (options == null || !options.TryGetValue(BindingsKey, out var text))
            {
                return bindings;
            }

            foreach (var pair in text.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=');
                if (equals > 0)
                {
                    bindings[pair.Substring(0, equals)] = pair.Substring(equals + 1);
                }
            }

            return bindings;
        }

        public static void SaveLibraryPath(IDictionary<string, string> options, string path)
        {
            if (!string.IsNullOrEmpty(path))
            {
                options[LibraryKey] = path;
            }
        }

        /// <summary>The folder of the library the run started with; null when not kept.</summary>
        public static string LibraryPath(IReadOnlyDictionary<string, string> options)
        {
            return options != null && options.TryGetValue(LibraryKey, out var path)
                && !string.IsNullOrEmpty(path)
                ? path
                : null;
        }

        /// <summary>Keeps the run's cost limit, in dollars, for a resume to keep.</summary>
        public static void SaveMaxCost(IDictionary<string, string> options, decimal? maxCost)
        {
            if (maxCost.HasValue)
            {
                options[MaxCostKey] = maxCost.Value.ToString(CultureInfo.InvariantCulture);
            }
        }

        public static decimal? MaxCost(IReadOnlyDictionary<string, string> options)
        {
            return options != null && options.TryGetValue(MaxCostKey, out var text)
                && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture,
                    out var dollars)
                ? dollars
                : (decimal?)null;
        }

        public static int? MemberCount(IReadOnlyDictionary<string, string> options)
        {
            return options != null && options.TryGetValue(MemberCountKey, out var text)
                && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture,
                    out var count)
                ? count
                : (int?)null;
        }
    }
}
