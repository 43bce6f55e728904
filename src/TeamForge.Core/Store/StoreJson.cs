using System;
using System.Linq;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace TeamForge.Store
{
    /// <summary>
    /// The JSON forms of the store: camelCase names, enums in kebab case, dates in ISO 8601
    /// with their offset. Files a person opens are indented; events are one line each.
    /// </summary>
    internal static class StoreJson
    {
        /// <summary>For run.json and result files: nulls are written, so they read back.</summary>
        public static readonly JsonSerializerOptions Indented = Options(indented: true);

        /// <summary>For events: what an event has no use for is left out.</summary>
        public static readonly JsonSerializerOptions Compact = Options(indented: false);

        /// <summary>
        /// True for what reading a damaged or foreign file throws; the store reads such a
        /// file as missing rather than fail the whole run.
        /// </summary>
        public static bool IsBadData(Exception error)
        {
            return error is JsonException || error is InvalidOperationException
                || error is NotSupportedException || error is FormatException
                || error is ArgumentException;
        }

        private static JsonSerializerOptions Options(bool indented)
        {
            var options = new JsonSerializerOptions
            {
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                WriteIndented = indented,
                DefaultIgnoreCondition = indented
                    ? JsonIgnoreCondition.Never : JsonIgnoreCondition.WhenWritingNull,
                // The files are read by people and tools, never embedded in HTML; escaping
                // every quote and accent would only make requests and errors unreadable.
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                TypeInfoResolver = new DefaultJsonTypeInfoResolver
                {
                    Modifiers = { LeaveOutputOut },
                },
            };
            options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
            return options;
        }

        /// <summary>
        /// A result file holds every field of a task result but its output, which has a file
        /// of its own, and whether it was edited, which only a read can tell.
        /// </summary>
        private static void LeaveOutputOut(JsonTypeInfo type)
        {
            if (type.Type != typeof(TaskResult))
            {
                return;
            }

            var left = type.Properties
                .Where(p => p.AttributeProvider is PropertyInfo property
                    && (property.Name == nameof(TaskResult.Output)
                        || property.Name == nameof(TaskResult.OutputEdited)))
                .ToList();
            foreach (var property in left)
            {
                type.Properties.Remove(property);
            }
        }
    }
}
