using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace TeamForge.Tests.Models
{
    /// <summary>A 200 answer of server-sent events, each event in a chunk of its own.</summary>
    internal sealed class EventStream
    {
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);

        private readonly Stream stream;

        private readonly CancellationToken cancellation;

        public EventStream(Stream stream, CancellationToken cancellation)
        {
            this.stream = stream;
            this.cancellation = cancellation;
        }

        public Task Start()
        {
            var head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                + "Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n";
            return HttpWire.Write(stream, Encoding.ASCII.GetBytes(head), cancellation);
        }

        /// <summary>Sends "data: ..." and the blank line that ends the event.</summary>
        public Task Send(string data)
        {
            return Write($"data: {data}\n\n");
        }

        /// <summary>Sends a named event: "event: ...", its data, and the blank line.</summary>
        public Task Send(string name, string data)
        {
            return Write($"event: {name}\ndata: {data}\n\n");
        }

        private Task Write(string text)
        {
            var payload = Utf8.GetBytes(text);
            var chunk = new MemoryStream();
            var size = Encoding.ASCII.GetBytes($"{payload.Length:x}\r\n");
            chunk.Write(size, 0, size.Length);
            chunk.Write(payload, 0, payload.Length);
            chunk.Write(new[] { (byte)'\r', (byte)'\n' }, 0, 2);
            return HttpWire.Write(stream, chunk.ToArray(), cancellation);
        }

        /// <summary>The last, empty chunk: the answer ends well, whatever it held.</summary>
        public Task End()
        {
            return HttpWire.Write(stream, Encoding.ASCII.GetBytes("0\r\n\r\n"), cancellation);
        }
    }
}
