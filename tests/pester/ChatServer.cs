using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace TeamForgeTests
{
    /// <summary>
    /// A small chat server for the Pester tests, on 127.0.0.1 and a free port. It speaks
    /// OpenAI's chat completions (under /v1, and under /openai/deployments as Azure does)
    /// and Anthropic's Messages API (/v1/messages): it streams each answer as server-sent
    /// events with the usage, records what it is sent and how many requests it had in flight
    /// at once, and refuses the task it is told to refuse with a 401.
    /// </summary>
    public sealed class ChatServer : IDisposable
    {
        private readonly HttpListener listener = new HttpListener();
        private readonly CancellationTokenSource stopping = new CancellationTokenSource();
        private readonly Task accepting;
        private int inFlight;
        private int maxInFlight;

        public ChatServer()
        {
            Port = FreePort();
            listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            listener.Start();
            accepting = Task.Run(AcceptAsync);
        }

        public int Port { get; }

        public string BaseUri => $"http://127.0.0.1:{Port}/v1";

        /// <summary>The address without /v1, for the libraries that add their own paths.</summary>
        public string Root => $"http://127.0.0.1:{Port}";

        /// <summary>Each request's path, without its query.</summary>
        public ConcurrentQueue<string> Paths { get; } = new ConcurrentQueue<string>();

        /// <summary>Each request's key header: x-api-key or api-key, when it sent one.</summary>
        public ConcurrentQueue<string> KeyHeaders { get; } = new ConcurrentQueue<string>();

        /// <summary>Each request's body, as it came.</summary>
        public ConcurrentQueue<string> Bodies { get; } = new ConcurrentQueue<string>();

        /// <summary>Each request's Authorization header.</summary>
        public ConcurrentQueue<string> Authorizations { get; } = new ConcurrentQueue<string>();

        /// <summary>A task whose requests are refused with 401, and the message sent.</summary>
        public string RefuseTask { get; set; }

        public string RefuseMessage { get; set; } = "Incorrect API key provided.";

        /// <summary>How long the server waits before each piece of an answer it streams.</summary>
        public int PauseMilliseconds { get; set; }

        /// <summary>The most requests the server was answering at the same time.</summary>
        public int MaxInFlight => Volatile.Read(ref maxInFlight);

        public void Dispose()
        {
            stopping.Cancel();
            listener.Close();
            accepting.Wait(TimeSpan.FromSeconds(5));
        }

        private static int FreePort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }

        private async Task AcceptAsync()
        {
            while (!stopping.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception)
                {
                    return;
                }

                _ = Task.Run(() => Answer(context));
            }
        }

        private void Answer(HttpListenerContext context)
        {
            // A request stops counting just before its last event: once the client has that,
            // it may send its next request before this thread gets to close the response.
            var left = 0;
            Action leave = () =>
            {
                if (Interlocked.Exchange(ref left, 1) == 0)
                {
                    Interlocked.Decrement(ref inFlight);
                }
            };
            var now = Interlocked.Increment(ref inFlight);
            for (var seen = MaxInFlight; now > seen; seen = MaxInFlight)
            {
                Interlocked.CompareExchange(ref maxInFlight, now, seen);
            }

            try
            {
                string body;
                using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
                {
                    body = reader.ReadToEnd();
                }

                var headers = context.Request.Headers;
                var messages = context.Request.Url.AbsolutePath == "/v1/messages";
                Bodies.Enqueue(body);
                Paths.Enqueue(context.Request.Url.AbsolutePath);
                Authorizations.Enqueue(headers["Authorization"]);
                KeyHeaders.Enqueue(headers["x-api-key"] ?? headers["api-key"]);
                using (var json = JsonDocument.Parse(body))
                {
                    var model = json.RootElement.GetProperty("model").GetString();
                    var content = json.RootElement.GetProperty("messages").EnumerateArray()
                        .Last().GetProperty("content");
                    var user = content.ValueKind == JsonValueKind.String
                        ? content.GetString()
                        : string.Concat(content.EnumerateArray()
                            .Select(part => part.GetProperty("text").GetString()));
                    var task = user.Split('\n').Select(line => line.Trim())
                        .First(line => line.StartsWith("# Your task: ")).Substring(13);
                    if (task == RefuseTask)
                    {
                        leave();
                        Refuse(context.Response, messages);
                        return;
                    }

                    var root = json.RootElement;
                    var schema = root.TryGetProperty("response_format", out _)
                        || root.TryGetProperty("output_config", out _);
                    var text = schema ? Design(task, model) : $"## {task}\n\nDone by {model}.\n";
                    if (messages)
                    {
                        StreamMessage(context.Response, model, text);
                        return;
                    }

                    Stream(context.Response, model, text, PauseMilliseconds, leave);
                }
            }
            catch (Exception)
            {
                context.Response.Abort();
            }
            finally
            {
                leave();
            }
        }

        /// <summary>The design's JSON, for a request that asks for its schema.</summary>
        private static string Design(string task, string model)
        {
            return JsonSerializer.Serialize(new
            {
                summary = $"{task}: merged by {model}.",
                sections = new[]
                {
                    new { title = "Architecture", body = "Four streams, one plan." },
                },
                integrationPoints = new[] { "Pipelines deploy through GitOps." },
                openDecisions = new[] { "Which mesh to adopt." },
                roadmap = new[]
                {
                    new { phase = "Phase 1: Foundation", items = new[] { "Clusters." } },
                    new { phase = "Phase 2: Paths", items = new[] { "Templates." } },
                },
            });
        }

        private void Refuse(HttpListenerResponse response, bool messages)
        {
            var error = messages
                ? (object)new
                {
                    type = "error",
                    error = new { type = "authentication_error", message = RefuseMessage },
                }
                : new
                {
                    error = new
                    {
                        message = RefuseMessage, type = "invalid_request_error",
                        code = "invalid_api_key",
                    },
                };
            var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(error));
            response.StatusCode = 401;
            response.ContentType = "application/json";
            response.ContentLength64 = bytes.Length;
            response.OutputStream.Write(bytes, 0, bytes.Length);
            response.Close();
        }

        private static void Stream(
            HttpListenerResponse response, string model, string text, int pause, Action leave)
        {
            response.ContentType = "text/event-stream";
            response.SendChunked = true;
            var output = response.OutputStream;
            var half = text.Length / 2;
            var first = new { role = "assistant", content = text.Substring(0, half) };
            Thread.Sleep(pause);
            Event(output, Chunk(model, first, null));
            Thread.Sleep(pause);
            Event(output, Chunk(model, new { content = text.Substring(half) }, null));
            Thread.Sleep(pause);
            Event(output, Chunk(model, new { }, "stop"));
            var usage = new
            {
                id = "chatcmpl-pester", @object = "chat.completion.chunk", created = 1767225600,
                model, choices = new object[0],
                usage = new
                {
                    prompt_tokens = 100, completion_tokens = 20, total_tokens = 120,
                    prompt_tokens_details = new { cached_tokens = 10 },
                },
            };
            Event(output, JsonSerializer.Serialize(usage));
            leave();
            Event(output, "[DONE]");
            response.Close();
        }

        // Anthropic's events; the 100 input tokens are 90 read afresh and 10 from the cache.
        private static void StreamMessage(HttpListenerResponse response, string model,
            string text)
        {
            response.ContentType = "text/event-stream";
            response.SendChunked = true;
            var output = response.OutputStream;
            var usage = new
            {
                input_tokens = 90, cache_read_input_tokens = 10,
                cache_creation_input_tokens = 0, output_tokens = 1,
            };
            Event(output, "message_start", new
            {
                type = "message_start",
                message = new
                {
                    id = "msg_pester", type = "message", role = "assistant", model,
                    content = new object[0], stop_reason = (string)null,
                    stop_sequence = (string)null, usage,
                },
            });
            Event(output, "content_block_start", new
            {
                type = "content_block_start", index = 0,
                content_block = new { type = "text", text = "" },
            });
            var half = text.Length / 2;
            foreach (var piece in new[] { text.Substring(0, half), text.Substring(half) })
            {
                Event(output, "content_block_delta", new
                {
                    type = "content_block_delta", index = 0,
                    delta = new { type = "text_delta", text = piece },
                });
            }

            Event(output, "content_block_stop", new { type = "content_block_stop", index = 0 });
            Event(output, "message_delta", new
            {
                type = "message_delta",
                delta = new { stop_reason = "end_turn", stop_sequence = (string)null },
                usage = new { output_tokens = 20 },
            });
            Event(output, "message_stop", new { type = "message_stop" });
            response.Close();
        }

        private static void Event(Stream output, string name, object data)
        {
            var json = JsonSerializer.Serialize(data);
            var bytes = Encoding.UTF8.GetBytes($"event: {name}\ndata: {json}\n\n");
            output.Write(bytes, 0, bytes.Length);
            output.Flush();
        }

        private static string Chunk(string model, object delta, string finish)
        {
            return JsonSerializer.Serialize(new
            {
                id = "chatcmpl-pester", @object = "chat.completion.chunk", created = 1767225600,
                model, choices = new[] { new { index = 0, delta, finish_reason = finish } },
            });
        }

        private static void Event(Stream output, string data)
        {
            var bytes = Encoding.UTF8.GetBytes($"data: {data}\n\n");
            output.Write(bytes, 0, bytes.Length);
            output.Flush();
        }
    }
}
