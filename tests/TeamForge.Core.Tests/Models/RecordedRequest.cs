using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace TeamForge.Tests.Models
{
    /// <summary>One request the test server heard, as it came.</summary>
    internal sealed class RecordedRequest
    {
        public RecordedRequest(string method, string path,
            IReadOnlyDictionary<string, string> headers, string body)
        {
            Received = DateTimeOffset.Now;
            Method = method;
            Path = path;
            Headers = headers;
            Body = body;
            Json = TryParse(body);
        }

        public DateTimeOffset Received { get; }

        public string Method { get; }

        public string Path { get; }

        /// <summary>The request's headers, their names matched without regard to case.</summary>
        public IReadOnlyDictionary<string, string> Headers { get; }

        public string Authorization => Header("Authorization");

        /// <summary>True for Anthropic's Messages API, false for chat completions.</summary>
        public bool IsMessages => Path.EndsWith("/v1/messages", StringComparison.Ordinal);

        public string Body { get; }

        /// <summary>The answer the server began to send; null when it sent none.</summary>
        public string Answer { get; set; }

        /// <summary>The usage the server reported at the end of the stream, if it did.</summary>
        public (int Input, int Output, int Cached)? SentUsage { get; set; }

        /// <summary>The body as JSON; default when it is not JSON.</summary>
        public JsonElement Json { get; }

        public string Model => Text("model");

        public bool Stream => Json.ValueKind == JsonValueKind.Object
            && Json.TryGetProperty("stream", out var stream)
            && stream.ValueKind == JsonValueKind.True;

        public bool IncludeUsage => Json.ValueKind == JsonValueKind.Object
            && Json.TryGetProperty("stream_options", out var options)
            && options.TryGetProperty("include_usage", out var usage)
            && usage.ValueKind == JsonValueKind.True;

        /// <summary>
        /// The system prompt: a message of its own in OpenAI's format, the top-level
        /// "system" (a string or text blocks) in Anthropic's.
        /// </summary>
        /// <summary>
        /// True when the request asks for JSON in a schema: OpenAI's response_format, or
        /// Anthropic's output_config.format.
        /// </summary>
        public bool AsksForSchema => Json.ValueKind == JsonValueKind.Object
            && ((Json.TryGetProperty("response_format", out var format)
                    && format.TryGetProperty("type", out var type)
                    && type.GetString() == "json_schema")
                || (Json.TryGetProperty("output_config", out var output)
                    && output.TryGetProperty("format", out _)));

        /// <summary>The schema's name as the request gives it, for OpenAI's format.</summary>
        public string SchemaName => Json.ValueKind == JsonValueKind.Object
            && Json.TryGetProperty("response_format", out var format)
            && format.TryGetProperty("json_schema", out var schema)
            && schema.TryGetProperty("name", out var name)
            ? name.GetString()
            : null;

        /// <summary>The last user message's text: after a repair, the repair request.</summary>
        public string LastUserMessage => Json.ValueKind == JsonValueKind.Object
            && Json.TryGetProperty("messages", out var messages)
            ? messages.EnumerateArray()
                .Where(m => m.TryGetProperty("role", out var r) && r.GetString() == "user")
                .Select(ContentOf).LastOrDefault()
            : null;

        public string SystemMessage => IsMessages && Json.ValueKind == JsonValueKind.Object
            && Json.TryGetProperty("system", out var system)
            ? TextOf(system)
            : Message("system");

        public string UserMessage => Message("user");

        public string Header(string name)
        {
            return Headers.TryGetValue(name, out var value) ? value : null;
        }

        public string Text(string property)
        {
            return Json.ValueKind == JsonValueKind.Object
                && Json.TryGetProperty(property, out var value)
                && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }

        /// <summary>True when the user message names the task as its own.</summary>
        public bool IsFor(string taskName)
        {
            return (UserMessage ?? "").Contains($"# Your task: {taskName}\n")
                || (UserMessage ?? "").Contains($"# Your task: {taskName}\r\n");
        }

        private string Message(string role)
        {
            if (Json.ValueKind != JsonValueKind.Object
                || !Json.TryGetProperty("messages", out var messages))
            {
                return null;
            }

            return messages.EnumerateArray()
                .Where(m => m.TryGetProperty("role", out var r) && r.GetString() == role)
                .Select(ContentOf)
                .FirstOrDefault();
        }

        private static string ContentOf(JsonElement message)
        {
            return TextOf(message.GetProperty("content"));
        }

        // Content is a string, or a list of parts of which the text ones count.
        private static string TextOf(JsonElement content)
        {
            if (content.ValueKind == JsonValueKind.String)
            {
                return content.GetString();
            }

            return string.Concat(content.EnumerateArray()
                .Where(part => part.TryGetProperty("text", out _))
                .Select(part => part.GetProperty("text").GetString()));
        }

        private static JsonElement TryParse(string body)
        {
            try
            {
                using (var document = JsonDocument.Parse(body))
                {
                    return document.RootElement.Clone();
                }
            }
            catch (JsonException)
            {
                return default;
            }
        }
    }
}
