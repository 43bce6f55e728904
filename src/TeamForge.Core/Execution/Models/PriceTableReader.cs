using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace TeamForge.Execution
{
    /// <summary>
    /// Reads price entries: from a table in memory (a PowerShell hashtable), or from a JSON
    /// file, either a flat object of model name to prices or the default table's own form,
    /// with its entries under "models". Every entry names Input and Output, and may name
    /// CachedInput, in dollars per million tokens.
    /// </summary>
    public static class PriceTableReader
    {
        private const string InputKey = "Input";
        private const string OutputKey = "Output";
        private const string CachedInputKey = "CachedInput";
        private const string ModelsKey = "models";

        private static readonly string[] Keys = { InputKey, OutputKey, CachedInputKey };

        /// <summary>
        /// The default table with the file's entries laid over it. Throws
        /// <see cref="PriceTableException"/> naming the file, the entry and the problem.
        /// </summary>
        public static PriceTable ReadFile(string path)
        {
            if (path == null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            return PriceTable.Default.With(ReadJsonEntries(path, ReadText(path)));
        }

        /// <summary>
        /// Checks a table of model names to tables of Input, Output and CachedInput (numbers,
        /// or text that reads as one) and returns its prices. <paramref name="file"/> names
        /// where the table came from in messages, or null for one given in memory.
        /// </summary>
        public static IReadOnlyDictionary<string, ModelPrice> ReadEntries(
            IDictionary entries, string file)
        {
            if (entries == null)
            {
                throw new ArgumentNullException(nameof(entries));
            }

            var prices = new Dictionary<string, ModelPrice>(StringComparer.OrdinalIgnoreCase);
            foreach (DictionaryEntry entry in entries)
            {
                var model = entry.Key?.ToString()?.Trim();
                if (string.IsNullOrEmpty(model))
                {
                    throw Problem(file, null, "an entry has no model name.");
                }

                if (!(entry.Value is IDictionary fields))
                {
                    throw Problem(file, model, "is not a table of " +
                        $"{InputKey}, {OutputKey} and {CachedInputKey}, but " +
                        $"'{Shown(entry.Value)}'.");
                }

                prices[model] = ReadPrice(fields, file, model);
            }

            return prices;
        }

        internal static PriceTable ReadResource(string name)
        {
            using (var stream = typeof(PriceTable).Assembly.GetManifestResourceStream(name))
            using (var reader = new StreamReader(stream))
            {
                var text = reader.ReadToEnd();
                var entries = ReadJsonEntries(name, text);
                using (var document = JsonDocument.Parse(text))
                {
                    var root = document.RootElement;
                    var date = root.GetProperty("date").GetString();
                    var sources = root.GetProperty("sources").EnumerateArray()
                        .Select(source => source.GetString())
                        .ToArray();
                    return new PriceTable(entries, date, sources);
                }
            }
        }

        private static string ReadText(string path)
        {
            try
            {
                return File.ReadAllText(path);
            }
            catch (Exception error) when (error is IOException
                || error is UnauthorizedAccessException || error is ArgumentException
                || error is NotSupportedException)
            {
                throw Problem(path, null, $"cannot be read: {error.Message}");
            }
        }

        private static IReadOnlyDictionary<string, ModelPrice> ReadJsonEntries(
            string file, string text)
        {
            var options = new JsonDocumentOptions
            {
                AllowTrailingCommas = true,
                CommentHandling = JsonCommentHandling.Skip,
            };
            try
            {
                using (var document = JsonDocument.Parse(text, options))
                {
                    var root = document.RootElement;
                    if (root.ValueKind != JsonValueKind.Object)
                    {
                        throw Problem(file, null,
                            $"holds a JSON {Kind(root)}, not an object of model names.");
                    }

                    var models = Property(root, ModelsKey);
                    if (models.HasValue && models.Value.ValueKind != JsonValueKind.Object)
                    {
                        throw Problem(file, null, "has a 'models' that is not an object.");
                    }

                    return ReadEntries(ToTable(models ?? root), file);
                }
            }
            catch (JsonException error)
            {
                var line = error.LineNumber.HasValue ? $" at line {error.LineNumber + 1}" : "";
                throw Problem(file, null, $"is not valid JSON{line}: {FirstLine(error)}");
            }
        }

        private static ModelPrice ReadPrice(IDictionary fields, string file, string model)
        {
            var values = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
            foreach (DictionaryEntry field in fields)
            {
                var key = field.Key?.ToString();
                var known = Keys.FirstOrDefault(k =>
                    string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
                if (known == null)
                {
                    throw Problem(file, model, $"has an unknown key '{key}'; the keys are " +
                        $"{InputKey}, {OutputKey} and {CachedInputKey}.");
                }

                values[known] = Dollars(field.Value, file, model, known);
            }

            foreach (var required in new[] { InputKey, OutputKey })
            {
                if (!values.ContainsKey(required))
                {
                    throw Problem(file, model, $"has no {required}; give {InputKey} and " +
                        $"{OutputKey} in dollars per million tokens, and {CachedInputKey} " +
                        "when cached tokens cost less.");
                }
            }

            var cached = values.TryGetValue(CachedInputKey, out var value) ? value : (decimal?)null;
            return new ModelPrice(values[InputKey], values[OutputKey], cached);
        }

        private static decimal Dollars(object value, string file, string model, string key)
        {
            decimal dollars;
            switch (value)
            {
                case decimal number:
                    dollars = number;
                    break;
                case double _:
                case float _:
                case int _:
                case long _:
                case short _:
                case byte _:
                    dollars = ToDecimal(value, file, model, key);
                    break;
                case string text when decimal.TryParse(text, NumberStyles.Float,
                    CultureInfo.InvariantCulture, out var parsed):
                    dollars = parsed;
                    break;
                default:
                    throw Problem(file, model, $"has {key} '{Shown(value)}', which is not a " +
                        "number of dollars per million tokens.");
            }

            if (dollars < 0)
            {
                throw Problem(file, model, $"has a negative {key} ({dollars}).");
            }

            return dollars;
        }

        private static decimal ToDecimal(object value, string file, string model, string key)
        {
            try
            {
                return Convert.ToDecimal(value, CultureInfo.InvariantCulture);
            }
            catch (OverflowException)
            {
                throw Problem(file, model, $"has {key} '{Shown(value)}', which is too large.");
            }
        }

        // A JSON object as a table like a hashtable: numbers as decimals, objects as tables,
        // anything else as its JSON text, which the checks above then name.
        private static IDictionary ToTable(JsonElement element)
        {
            var table = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                table[property.Name] = ToValue(property.Value);
            }

            return table;
        }

        private static object ToValue(JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    return ToTable(value);
                case JsonValueKind.Number when value.TryGetDecimal(out var number):
                    return number;
                case JsonValueKind.Null:
                    return null;
                default:
                    return new JsonText(value.GetRawText());
            }
        }

        private static JsonElement? Property(JsonElement root, string name)
        {
            foreach (var property in root.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return property.Value;
                }
            }

            return null;
        }

        private static string Kind(JsonElement element) =>
            element.ValueKind.ToString().ToLowerInvariant();

        private static string FirstLine(Exception error)
        {
            var message = error.Message ?? "";
            var end = message.IndexOfAny(new[] { '\r', '\n' });
            return end < 0 ? message : message.Substring(0, end);
        }

        private static string Shown(object value)
        {
            var text = value == null
                ? "null"
                : Convert.ToString(value, CultureInfo.InvariantCulture);
            return text.Length > 40 ? text.Substring(0, 40) + "..." : text;
        }

        private static PriceTableException Problem(string file, string model, string problem)
        {
            var table = file == null ? "The price table" : $"The price table '{file}'";
            var where = model == null ? table : $"{table}, entry '{model}',";
            return new PriceTableException(file, model, $"{where} {problem}");
        }

        /// <summary>A JSON value neither a number nor an object, shown as written.</summary>
        private sealed class JsonText
        {
            private readonly string text;

            public JsonText(string text)
            {
                this.text = text;
            }

            public override string ToString() => text;
        }
    }
}
