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
    /// A small OpenAI-compatible chat server for the Pester tests, on 127.0.0.1 and a free
    /// port: it streams each answer as server-sent events with usage last, records what it
    /// is sent, and refuses the task it is told to refuse with a 401.
    /// </summary>
    public sealed class ChatServer : IDisposable
    {
        private readonly HttpListener listener = new HttpListener();
        private readonly CancellationTokenSource stopping = new CancellationTokenSource();
        private readonly Task accepting;

        public ChatServer()
        {
            Port = FreePort();
            listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            listener.Start();
            accepting = Task.Run(AcceptAsync);
        }

        public int Port { get; }

        public string BaseUri => $"http://127.0.0.1:{Port}/v1";

        /// <summary>Each request's body, as it came.</summary>
        public ConcurrentQueue<string> Bodies { get; } = new ConcurrentQueue<string>();

        /// <summary>Each request's Authorization header.</summary>
        public ConcurrentQueue<string> Authorizations { get; } = new ConcurrentQueue<string>();

        /// <summary>A task whose requests are refused with 401, and the message sent.</summary>
        public string RefuseTask { get; set; }

        public string RefuseMessage { get; set; } = "Incorrect API key provided.";

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
            try
            {
                string body;
                using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
                {
                    body = reader.ReadToEnd();
                }

                Bodies.Enqueue(body);
                Authorizations.Enqueue(context.Request.Headers["Authorization"]);
                using (var json = JsonDocument.Parse(body))
                {
                    var model = json.RootElement.GetProperty("model").GetString();
                    var user = json.RootElement.GetProperty("messages").EnumerateArray()
                        .Last().GetProperty("content").GetString();
                    var task = user.Split('\n').Select(line => line.Trim())
                        .First(line => line.StartsWith("# Your task: ")).Substring(13);
                    if (task == RefuseTask)
                    {
                        Refuse(context.Response);
                        return;
                    }

                    Stream(context.Response, model, $"## {task}\n\nDone by {model}.\n");
                }
            }
            catch (Exception)
            {
                context.Response.Abort();
            }
        }

        private void Refuse(HttpListenerResponse response)
        {
            var error = new
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

        private static void Stream(HttpListenerResponse response, string model, string text)
        {
            response.ContentType = "text/event-stream";
            response.SendChunked = true;
            var output = response.OutputStream;
            var half = text.Length / 2;
            var first = new { role = "assistant", content = text.Substring(0, half) };
            Event(output, Chunk(model, first, null));
            Event(output, Chunk(model, new { content = text.Substring(half) }, null));
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
            Event(output, "[DONE]");
            response.Close();
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
