using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace TeamForge.Tests.Models
{
    /// <summary>
    /// A chat server on 127.0.0.1 and a free port, started and stopped by the test, that
    /// speaks OpenAI's chat completions (under /v1) and Anthropic's Messages API (at
    /// /v1/messages). It streams answers as server-sent events with the usage, records
    /// every request, and meets scripted requests with faults: an error status, a dropped
    /// or unfinished stream, a slow stream, malformed JSON.
    /// </summary>
    /// <remarks>
    /// It speaks HTTP/1.1 over a socket of its own, one request per connection, so that a
    /// fault can end a stream mid-chunk, which a higher-level listener always finishes.
    /// </remarks>
    internal sealed class ChatTestServer : IDisposable
    {
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);

        private readonly TcpListener listener = new TcpListener(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource stopping = new CancellationTokenSource();
        private readonly List<ChatFault> faults = new List<ChatFault>();
        private readonly ConcurrentQueue<RecordedRequest> requests =
            new ConcurrentQueue<RecordedRequest>();
        private readonly ConcurrentBag<Task> handlers = new ConcurrentBag<Task>();
        private readonly Task accepting;
        private int open;

        public ChatTestServer()
        {
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
            accepting = Task.Run(AcceptAsync);
        }

        public int Port { get; }

        /// <summary>The base address a client is given: the API root, with /v1.</summary>
        public Uri BaseUri => new Uri($"http://127.0.0.1:{Port}/v1");

        /// <summary>What the model answers; by default a line naming the model and task.</summary>
        public Func<RecordedRequest, string> Answer { get; set; } = DefaultAnswer;

        /// <summary>The cached prompt tokens each usage reports.</summary>
        public int CachedTokens { get; set; } = 3;

        public IReadOnlyList<RecordedRequest> Requests => requests.ToList();

        /// <summary>The connections still being answered.</summary>
        public int Open => Volatile.Read(ref open);

        /// <summary>Queues a fault for the next request it matches.</summary>
        public void Fail(ChatFault fault)
        {
            lock (faults)
            {
                faults.Add(fault);
            }
        }

        public void Dispose()
        {
            stopping.Cancel();
            listener.Stop();
            try
            {
                Task.WaitAll(handlers.Concat(new[] { accepting }).ToArray(),
                    TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
                // A handler cut off by the stop has nothing left to say.
            }

            stopping.Dispose();
        }

        /// <summary>The input, output and cached token counts the server reports.</summary>
        private (int Input, int Output, int Cached) UsageFor(RecordedRequest request, string text)
        {
            var input = Math.Max(1, request.Body.Length / 4);
            return (input, Math.Max(1, text.Length / 4), Math.Min(CachedTokens, input));
        }

        /// <summary>
        /// A design in the schema the integrating task is asked for, naming the model and
        /// the task as the plain answer does.
        /// </summary>
        public static string DesignJson(RecordedRequest request)
        {
            return JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["summary"] = $"Model {request.Model} merged the parts.",
                ["sections"] = new[]
                {
                    new Dictionary<string, object>
                    {
                        ["title"] = "Architecture",
                        ["body"] = "One platform, **four** streams.",
                    },
                },
                ["integrationPoints"] = new[] { "The pipeline deploys through GitOps." },
                ["openDecisions"] = new[] { "Which service mesh to adopt." },
                ["roadmap"] = new[]
                {
                    new Dictionary<string, object>
                    {
                        ["phase"] = "Phase 1: Foundation",
                        ["items"] = new[] { "Stand up the clusters." },
                    },
                    new Dictionary<string, object>
                    {
                        ["phase"] = "Phase 2: Self-service",
                        ["items"] = new[] { "Open the golden paths." },
                    },
                },
            });
        }

        private static string DefaultAnswer(RecordedRequest request)
        {
            if (request.AsksForSchema)
            {
                return DesignJson(request);
            }

            var task = (request.UserMessage ?? "").Split('\n')
                .Select(line => line.Trim())
                .FirstOrDefault(line => line.StartsWith("# Your task: "));
            return $"# Answer\n\nModel {request.Model} did {task?.Substring(13) ?? "a task"}.";
        }

        private async Task AcceptAsync()
        {
            while (!stopping.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await listener.AcceptTcpClientAsync().ConfigureAwait(false);
                }
                catch (Exception error) when (error is SocketException
                    || error is ObjectDisposedException || error is InvalidOperationException)
                {
                    return;
                }

                handlers.Add(Task.Run(() => HandleAsync(client)));
            }
        }

        private async Task HandleAsync(TcpClient client)
        {
            Interlocked.Increment(ref open);
            try
            {
                await AnswerAsync(client).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref open);
            }
        }

        private async Task AnswerAsync(TcpClient client)
        {
            using (client)
            using (var stream = client.GetStream())
            {
                try
                {
                    var request = await HttpWire.ReadRequest(stream, stopping.Token)
                        .ConfigureAwait(false);
                    if (request == null)
                    {
                        return;
                    }

                    requests.Enqueue(request);
                    await Respond(client, stream, request).ConfigureAwait(false);
                }
                catch (Exception error) when (error is IOException || error is SocketException
                    || error is ObjectDisposedException || error is OperationCanceledException)
                {
                    // The client went away or the server stopped: the request has ended.
                }
            }
        }

        private async Task Respond(TcpClient client, Stream stream, RecordedRequest request)
        {
            var fault = TakeFault(request);
            if (fault?.Kind == "status")
            {
                await SendError(stream, fault, request).ConfigureAwait(false);
                return;
            }

            if (!request.IsMessages
                && !request.Path.EndsWith("/chat/completions", StringComparison.Ordinal))
            {
                await SendError(stream, ChatFault.Answer(404, "Unknown path."), request)
                    .ConfigureAwait(false);
                return;
            }

            if (!request.Stream)
            {
                await SendError(stream, ChatFault.Answer(400, "This server only streams."),
                        request)
                    .ConfigureAwait(false);
                return;
            }

            var text = Answer(request);
            request.Answer = text;

            var events = new EventStream(stream, stopping.Token);
            await events.Start().ConfigureAwait(false);
            if (request.IsMessages)
            {
                await AnthropicWire.Stream(client, events, request, text, fault,
                    UsageFor(request, text), stopping.Token).ConfigureAwait(false);
                return;
            }

            await Stream(client, events, request, text, fault).ConfigureAwait(false);
        }

        private ChatFault TakeFault(RecordedRequest request)
        {
            lock (faults)
            {
                var fault = faults.FirstOrDefault(
                    f => f.TaskName == null || request.IsFor(f.TaskName));
                faults.Remove(fault);
                return fault;
            }
        }

        private async Task SendError(Stream stream, ChatFault fault, RecordedRequest request)
        {
            var headers = fault.RetryAfter == null
                ? new string[0]
                : new[] { $"Retry-After: {fault.RetryAfter}" };
            var body = request.IsMessages ? AnthropicWire.ErrorBody(fault) : ErrorBody(fault);
            await HttpWire.WriteWhole(stream, fault.Status, "application/json", body, headers,
                stopping.Token).ConfigureAwait(false);
        }

        private static string ErrorBody(ChatFault fault)
        {
            var error = new Dictionary<string, object>
            {
                ["message"] = fault.Message,
                ["type"] = fault.Status == 429 ? "requests" : "invalid_request_error",
                ["param"] = null,
                ["code"] = fault.Status == 401 ? "invalid_api_key" : null,
            };
            return JsonSerializer.Serialize(
                new Dictionary<string, object> { ["error"] = error });
        }

        private async Task Stream(TcpClient client, EventStream events, RecordedRequest request,
            string text, ChatFault fault)
        {
            await events.Send(Chunk(request, new Dictionary<string, object>
            {
                ["role"] = "assistant",
                ["content"] = "",
            }, null)).ConfigureAwait(false);

            if (fault?.Kind == "malformed")
            {
                await events.Send("{\"id\": \"chatcmpl-test\", \"choices\": [{\"delta\": ")
                    .ConfigureAwait(false);
                await events.End().ConfigureAwait(false);
                return;
            }

            if (fault?.Kind == "slow")
            {
                await Trickle(events, request, fault.Delay).ConfigureAwait(false);
                return;
            }

            var pieces = Pieces(text);
            var sent = fault == null ? pieces.Count : Math.Max(1, pieces.Count / 2);
            foreach (var piece in pieces.Take(sent))
            {
                await events.Send(Chunk(request, Content(piece), null)).ConfigureAwait(false);
            }

            if (fault?.Kind == "cut")
            {
                // A reset, with the chunked body unfinished: the connection drops mid-answer.
                client.LingerState = new LingerOption(true, 0);
                client.Client.Close();
                return;
            }

            if (fault?.Kind == "end-early")
            {
                await events.End().ConfigureAwait(false);
                return;
            }

            await events.Send(Chunk(request, new Dictionary<string, object>(), "stop"))
                .ConfigureAwait(false);
            if (request.IncludeUsage)
            {
                var usage = UsageFor(request, text);
                request.SentUsage = usage;
                var last = Envelope(request, "chat.completion.chunk");
                last["usage"] = UsageJson(usage);
                await events.Send(JsonSerializer.Serialize(last)).ConfigureAwait(false);
            }

            await events.Send("[DONE]").ConfigureAwait(false);
            await events.End().ConfigureAwait(false);
        }

        // Bounded, so that a client that never stops listening still lets the test end.
        private async Task Trickle(EventStream events, RecordedRequest request, TimeSpan delay)
        {
            for (var i = 0; i < 600 && !stopping.IsCancellationRequested; i++)
            {
                await Task.Delay(delay, stopping.Token).ConfigureAwait(false);
                await events.Send(Chunk(request, Content("."), null)).ConfigureAwait(false);
            }
        }

        private static Dictionary<string, object> Content(string text)
        {
            return new Dictionary<string, object> { ["content"] = text };
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

        private static string Chunk(
            RecordedRequest request, Dictionary<string, object> delta, string finish)
        {
            var choice = new Dictionary<string, object>
            {
                ["index"] = 0,
                ["delta"] = delta,
                ["finish_reason"] = finish,
            };
            return JsonSerializer.Serialize(Envelope(request, "chat.completion.chunk", choice));
        }

        private static Dictionary<string, object> Envelope(
            RecordedRequest request, string kind, params object[] choices)
        {
            return new Dictionary<string, object>
            {
                ["id"] = "chatcmpl-test",
                ["object"] = kind,
                ["created"] = 1767225600,
                ["model"] = request.Model,
                ["choices"] = choices,
            };
        }

        private static Dictionary<string, object> UsageJson((int Input, int Output, int Cached) u)
        {
            return new Dictionary<string, object>
            {
                ["prompt_tokens"] = u.Input,
                ["completion_tokens"] = u.Output,
                ["total_tokens"] = u.Input + u.Output,
                ["prompt_tokens_details"] = new Dictionary<string, object>
                {
                    ["cached_tokens"] = u.Cached,
                },
            };
        }
    }
}
