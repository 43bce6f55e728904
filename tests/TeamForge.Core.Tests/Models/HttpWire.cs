using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace TeamForge.Tests.Models
{
    /// <summary>
    /// The little of HTTP/1.1 the test server needs: a request with a Content-Length body,
    /// and answers that close the connection when they end.
    /// </summary>
    internal static class HttpWire
    {
        private static readonly Encoding Latin1 = Encoding.GetEncoding("ISO-8859-1");

        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);

        /// <summary>The request, or null when the client closed before sending one.</summary>
        public static async Task<RecordedRequest> ReadRequest(
            Stream stream, CancellationToken cancellation)
        {
            var head = new MemoryStream();
            var one = new byte[1];
            while (!EndsWithBlankLine(head))
            {
                if (await stream.ReadAsync(one, 0, 1, cancellation).ConfigureAwait(false) == 0)
                {
                    return null;
                }

                head.WriteByte(one[0]);
            }

            var lines = Latin1.GetString(head.ToArray()).Split(new[] { "\r\n" }, 0);
            var start = lines[0].Split(' ');
            var headers = lines.Skip(1).Where(line => line.Contains(':'))
                .ToDictionary(line => line.Substring(0, line.IndexOf(':')).Trim(),
                    line => line.Substring(line.IndexOf(':') + 1).Trim(),
                    StringComparer.OrdinalIgnoreCase);

            var length = headers.TryGetValue("Content-Length", out var value)
                ? int.Parse(value)
                : 0;
            var body = new byte[length];
            for (var read = 0; read < length;)
            {
                var got = await stream.ReadAsync(body, read, length - read, cancellation)
                    .ConfigureAwait(false);
                if (got == 0)
                {
                    return null;
                }

                read += got;
            }

            var path = start.Length > 1 ? start[1].Split('?')[0] : "/";
            return new RecordedRequest(start[0], path, headers, Utf8.GetString(body));
        }

        public static async Task WriteWhole(Stream stream, int status, string type, string body,
            IEnumerable<string> headers, CancellationToken cancellation)
        {
            var bytes = Utf8.GetBytes(body);
            var head = new StringBuilder($"HTTP/1.1 {status} {Reason(status)}\r\n")
                .Append($"Content-Type: {type}\r\nContent-Length: {bytes.Length}\r\n")
                .Append("Connection: close\r\n");
            foreach (var header in headers)
            {
                head.Append(header).Append("\r\n");
            }

            await Write(stream, Latin1.GetBytes(head.Append("\r\n").ToString()), cancellation)
                .ConfigureAwait(false);
            await Write(stream, bytes, cancellation).ConfigureAwait(false);
        }

        public static async Task Write(Stream stream, byte[] bytes, CancellationToken cancellation)
        {
            await stream.WriteAsync(bytes, 0, bytes.Length, cancellation).ConfigureAwait(false);
            await stream.FlushAsync(cancellation).ConfigureAwait(false);
        }

        private static string Reason(int status)
        {
            switch (status)
            {
                case 200: return "OK";
                case 400: return "Bad Request";
                case 401: return "Unauthorized";
                case 403: return "Forbidden";
                case 404: return "Not Found";
                case 429: return "Too Many Requests";
                case 500: return "Internal Server Error";
                case 503: return "Service Unavailable";
                case 529: return "Overloaded";
                default: return "Status";
            }
        }

        private static bool EndsWithBlankLine(MemoryStream head)
        {
            var length = head.Length;
            if (length < 4)
            {
                return false;
            }

            var bytes = head.GetBuffer();
            return bytes[length - 4] == '\r' && bytes[length - 3] == '\n'
                && bytes[length - 2] == '\r' && bytes[length - 1] == '\n';
        }
    }
}
