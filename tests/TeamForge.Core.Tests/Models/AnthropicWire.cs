using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace TeamForge.Tests.Models
{
    /// <summary>
    /// Anthropic's Messages API as the test server speaks it: the named events of a
    /// streamed message (message_start, the text block's deltas, message_delta with the stop
    /// reason and the output tokens, message_stop), its error body, and its error event.
    /// </summary>
    internal static class AnthropicWire
    {
        public static string ErrorBody(ChatFault fault)
        {
            var type = fault.ErrorType ?? ErrorTypeFor(fault.Status);
            return JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["type"] = "error",
                ["error"] = new Dictionary<string, object>
                {
                    ["type"] = type,
                    ["message"] = fault.Message,
                },
                ["request_id"] = "req_test",
            });
        }

        public static async Task Stream(TcpClient client, EventStream events,
            RecordedRequest request, string text, ChatFault fault,
            (int Input, int Output, int Cached) usage, CancellationToken stopping)
        {
            // Anthropic counts the prompt read from the cache apart from the rest.
            await events.Send("message_start", Json(new Dictionary<string, object>
            {
                ["type"] = "message_start",
                ["message"] = new Dictionary<string, object>
                {
                    ["id"] = "msg_test",
                    ["type"] = "message",
                    ["role"] = "assistant",
                    ["model"] = request.Model,
                    ["content"] = new object[0],
                    ["stop_reason"] = null,
                    ["stop_sequence"] = null,
                    ["usage"] = new Dictionary<string, object>
                    {
                        ["input_tokens"] = usage.Input - usage.Cached,
                        ["cache_read_input_tokens"] = usage.Cached,
                        ["cache_creation_input_tokens"] = 0,
                        ["output_tokens"] = 1,
                    },
                },
            })).ConfigureAwait(false);
            await events.Send("content_block_start", Json(new Dictionary<string, object>
            {
                ["type"] = "content_block_start",
                ["index"] = 0,
                ["content_block"] = new Dictionary<string, object>
                {
                    ["type"] = "text",
                    ["text"] = "",
                },
            })).ConfigureAwait(false);

            if (fault?.Kind == "malformed")
            {
                await events.Send("content_block_delta", "{\"type\": \"content_block_delta\", ")
                    .ConfigureAwait(false);
                await events.End().ConfigureAwait(false);
                return;
            }

            if (fault?.Kind == "slow")
            {
                await Trickle(events, fault.Delay, stopping).ConfigureAwait(false);
                return;
            }

            var pieces = Pieces(text);
            var sent = fault == null ? pieces.Count : Math.Max(1, pieces.Count / 2);
            foreach (var piece in pieces.Take(sent))
            {
                await events.Send("content_block_delta", Delta(piece)).ConfigureAwait(false);
            }

            if (fault?.Kind == "cut")
            {
                client.LingerState = new LingerOption(true, 0);
                client.Client.Close();
                return;
            }

            if (fault?.Kind == "stream-error")
            {
                await events.Send("error", ErrorBody(fault)).ConfigureAwait(false);
                await events.End().ConfigureAwait(false);
                return;
            }

            if (fault?.Kind == "end-early")
            {
                await events.End().ConfigureAwait(false);
                return;
            }

            await Finish(events, request, usage).ConfigureAwait(false);
        }

        private static async Task Finish(
            EventStream events, RecordedRequest request, (int Input, int Output, int Cached) usage)
        {
            await events.Send("content_block_stop",
                "{\"type\": \"content_block_stop\", \"index\": 0}").ConfigureAwait(false);
            await events.Send("message_delta", Json(new Dictionary<string, object>
            {
                ["type"] = "message_delta",
                ["delta"] = new Dictionary<string, object>
                {
                    ["stop_reason"] = "end_turn",
                    ["stop_sequence"] = null,
                },
                ["usage"] = new Dictionary<string, object> { ["output_tokens"] = usage.Output },
            })).ConfigureAwait(false);
            request.SentUsage = usage;
            await events.Send("message_stop", "{\"type\": \"message_stop\"}")
                .ConfigureAwait(false);
            await events.End().ConfigureAwait(false);
        }

        // Bounded, so that a client that never stops listening still lets the test end.
        private static async Task Trickle(
            EventStream events, TimeSpan delay, CancellationToken stopping)
        {
            for (var i = 0; i < 600 && !stopping.IsCancellationRequested; i++)
            {
                await Task.Delay(delay, stopping).ConfigureAwait(false);
                await events.Send("content_block_delta", Delta(".")).ConfigureAwait(false);
            }
        }

        private static string Delta(string text)
        {
            return Json(new Dictionary<string, object>
            {
                ["type"] = "content_block_delta",
                ["index"] = 0,
                ["delta"] = new Dictionary<string, object>
                {
                    ["type"] = "text_delta",
                    ["text"] = text,
                },
            });
        }

        private static List<string> Pieces(string text)
        {
            var pieces = new List<string>();
            for (var start = 0; start < text.Length; start += 7)
            {
                pieces.Add(text.Substring(start, Math.Min(7, text.Length - start)));
            }

            return pieces;
        }

        private static string ErrorTypeFor(int status)
        {
            switch (status)
            {
                case 400: return "invalid_request_error";
                case 401: return "authentication_error";
                case 403: return "permission_error";
                case 404: return "not_found_error";
                case 429: return "rate_limit_error";
                case 529: return "overloaded_error";
                default: return "api_error";
            }
        }

        private static string Json(object value) => JsonSerializer.Serialize(value);
    }
}
