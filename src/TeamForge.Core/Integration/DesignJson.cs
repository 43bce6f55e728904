using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamForge.Integration
{
    /// <summary>
    /// A design as JSON and back: camelCase properties, statuses as their names, times in
    /// ISO 8601 and durations as "d.hh:mm:ss.fffffff". The schema is
    /// schemas/design.schema.json in the module.
    /// </summary>
    public static class DesignJson
    {
        /// <summary>The schema's version; a document says which it follows.</summary>
        public const string SchemaVersion = "1";

        private static readonly JsonSerializerOptions Options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            Converters = { new JsonStringEnumConverter() },
        };

        public static string Write(TeamDesign design)
        {
            if (design == null)
            {
                throw new ArgumentNullException(nameof(design));
            }

            var document = JsonSerializer.SerializeToElement(design, Options);
            using (var buffer = new MemoryStream())
            {
                using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
                {
                    Indented = true,
                    Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                }))
                {
                    writer.WriteStartObject();
                    writer.WriteString("schemaVersion", SchemaVersion);
                    foreach (var property in document.EnumerateObject())
                    {
                        property.WriteTo(writer);
                    }

                    writer.WriteEndObject();
                }

                return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
            }
        }

        /// <summary>
        /// Reads a design written by <see cref="Write"/>. Throws <see cref="FormatException"/>
        /// naming the line and the problem when the text is not such a design.
        /// </summary>
        public static TeamDesign Read(string json)
        {
            try
            {
                using (var document = JsonDocument.Parse(json ?? string.Empty))
                {
                    var root = document.RootElement;
                    if (root.ValueKind != JsonValueKind.Object
                        || !root.TryGetProperty("schemaVersion", out var version)
                        || version.ValueKind != JsonValueKind.String)
                    {
                        throw new FormatException(
                            "The text is not a TeamForge design: it has no 'schemaVersion'.");
                    }

                    if (version.GetString() != SchemaVersion)
                    {
                        throw new FormatException($"The design follows schema version "
                            + $"'{version.GetString()}'; this TeamForge reads '{SchemaVersion}'.");
                    }

                    return root.Deserialize<TeamDesign>(Options);
                }
            }
            catch (JsonException error)
            {
                var line = error.LineNumber.HasValue ? $" at line {error.LineNumber + 1}" : "";
                throw new FormatException(
                    $"The design's JSON cannot be read{line}: {error.Message}", error);
            }
        }
    }
}
