using System;
using System.ClientModel;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading;
using Anthropic.Exceptions;

namespace TeamForge.Execution
{
    /// <summary>
    /// Turns what the client library throws into what the scheduler acts on: transient
    /// failures to try again, refusals to fail at once, each with a message that says what
    /// happened in the server's own words and never holds the key.
    /// </summary>
    /// <remarks>
    /// A malformed answer (a body that is not the chat format's JSON) fails the task at once:
    /// it comes from a server or proxy that does not speak the protocol, which another try
    /// does not change.
    /// </remarks>
    internal sealed class ChatFailures
    {
        private const int MaxServerWords = 600;

        private readonly string provider;

        private readonly Func<string, string> redact;

        public ChatFailures(string provider, Func<string, string> redact)
        {
            this.provider = provider;
            this.redact = redact ?? (text => text);
        }

        /// <summary>
        /// Whether the failure is one to translate: a cancellation the caller asked for is
        /// left as it is, so that the scheduler reports it as a stop or a time limit.
        /// </summary>
        public bool Translates(Exception error, CancellationToken cancellation)
        {
            return !cancellation.IsCancellationRequested;
        }

        public Exception Translate(Exception error)
        {
            switch (error)
            {
                case ClientResultException result when result.Status == 0:
                    return Unreachable(result.InnerException ?? result);
                case ClientResultException result:
                    return FromStatus(result);
                case AnthropicApiException api:
                    return FromStatus((int)api.StatusCode, api.ApiMessage ?? api.Message, api);
                case AnthropicSseException sse:
                    return FromStreamError(sse);
                case AnthropicIOException _:
                    return Unreachable(error);
                case AnthropicInvalidDataException _:
                    return Malformed(error);
                case OperationCanceledException _:
                    return new TransientException(
                        $"{provider}: the request timed out before the answer came.", error);
                case HttpRequestException _:
                case SocketException _:
                    return Unreachable(error);
                case IOException _:
                    return new TransientException(
                        $"{provider}: the answer's stream broke off: {Say(error)}", error);
                case JsonException _:
                    return Malformed(error);
                default:
                    return new ChatFailedException($"{provider}: {Say(error)}", null, error);
            }
        }

        private Exception Unreachable(Exception error)
        {
            return new TransientException(
                $"{provider}: could not reach the server: {Say(Innermost(error))}", error);
        }

        private Exception Malformed(Exception error)
        {
            return new ChatFailedException($"{provider}: the server's answer is not the chat "
                + $"format's JSON: {Say(error)}", null, error);
        }

        private Exception FromStatus(ClientResultException error)
        {
            return FromStatus(error.Status, Cut(ServerWords(error)), error, RetryAfter(error));
        }

        // The Anthropic SDK keeps the response's headers to itself; its pipeline's handler
        // noted the wait the server asked for.
        private Exception FromStatus(int status, string words, Exception error)
        {
            var note = ResponseNote.Current;
            var wait = note != null && note.Status == status ? note.RetryAfter : null;
            return FromStatus(status, Cut(words), error, wait);
        }

        private Exception FromStatus(int status, string words, Exception error, TimeSpan? wait)
        {
            var message = $"{provider}: HTTP {status}: {redact(words)}";
            if (status == 429 || status == 529)
            {
                var asked = wait.HasValue
                    ? $" (the server asks to wait {wait.Value.TotalSeconds:0.###} s)"
                    : "";
                return new TransientException(message + asked, wait, error);
            }

            if (status == 408 || status >= 500)
            {
                return new TransientException(message, error);
            }

            return new ChatFailedException(message, status, error);
        }

        // An error event in the middle of a stream: an overloaded or failing server is worth
        // another try, anything else (a bad request found late) is not.
        private Exception FromStreamError(AnthropicServiceException error)
        {
            var type = TypeOf(error) ?? "error";
            var message = $"{provider}: the stream ended with '{type}': "
                + redact(Cut(error.ApiMessage ?? error.Message));
            var transient = type == "overloaded_error" || type == "api_error"
                || type == "rate_limit_error" || type == "timeout_error";
            return transient
                ? new TransientException(message, error)
                : (Exception)new ChatFailedException(message, null, error);
        }

        private static string TypeOf(AnthropicServiceException error)
        {
            try
            {
                return error.Type?.Raw();
            }
            catch (AnthropicInvalidDataException)
            {
                return null;
            }
        }

        private static TimeSpan? RetryAfter(ClientResultException error)
        {
            var headers = error.GetRawResponse()?.Headers;
            if (headers == null)
            {
                return null;
            }

            headers.TryGetValue("retry-after-ms", out var milliseconds);
            headers.TryGetValue("Retry-After", out var retryAfter);
            return RetryAfterHeader.Read(milliseconds, retryAfter);
        }

        /// <summary>
        /// What the server said. The library opens its message with a line of its own
        /// ("HTTP 401 (type: code)") before the server's; that line is dropped when the
        /// server said more.
        /// </summary>
        private static string ServerWords(ClientResultException error)
        {
            var lines = (error.Message ?? string.Empty).Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.Length > 0)
                .ToList();
            if (lines.Count > 1 && lines[0].StartsWith("HTTP ", StringComparison.Ordinal))
            {
                lines.RemoveAt(0);
            }

            return string.Join(" ", lines);
        }

        /// <summary>A long body, such as a proxy's HTML page, cut short on one line.</summary>
        private static string Cut(string words)
        {
            words = string.Join(" ", (words ?? string.Empty)
                .Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries));
            return words.Length <= MaxServerWords
                ? words
                : words.Substring(0, MaxServerWords) + "...";
        }

        private static Exception Innermost(Exception error)
        {
            while (error.InnerException != null)
            {
                error = error.InnerException;
            }

            return error;
        }

        private string Say(Exception error)
        {
            return redact(error.Message);
        }
    }
}
