using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace TeamForge.Store
{
    /// <summary>
    /// A run's events.jsonl: one JSON object a line, only ever appended to. A line counts
    /// once its newline is written; a last line without one is what a kill tore.
    /// </summary>
    internal static class EventLog
    {
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);

        public static void Append(StoreFiles files, string path, RunEvent runEvent)
        {
            var line = JsonSerializer.Serialize(runEvent, StoreJson.Compact) + "\n";
            files.Append(path, Utf8.GetBytes(line));
        }

        /// <summary>The whole lines that are events; torn and foreign ones are left out.</summary>
        public static List<RunEvent> Read(string path)
        {
            var events = new List<RunEvent>();
            var bytes = ReadShared(path);
            var start = 0;
            while (start < bytes.Length)
            {
                var end = Array.IndexOf(bytes, (byte)'\n', start);
                if (end < 0)
                {
                    break;
                }

                var runEvent = Parse(bytes, start, end - start);
                if (runEvent != null)
                {
                    events.Add(runEvent);
                }

                start = end + 1;
            }

            return events;
        }

        /// <summary>
        /// Cuts a torn last line off before more lines follow it, which would otherwise be
        /// glued to it and lost with it.
        /// </summary>
        public static void CutTornLine(string path)
        {
            if (!File.Exists(path))
            {
                return;
            }

            using (var stream = new FileStream(
                path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read))
            {
                var length = stream.Length;
                while (length > 0)
                {
                    stream.Position = length - 1;
                    if (stream.ReadByte() == '\n')
                    {
                        break;
                    }

                    length--;
                }

                if (length < stream.Length)
                {
                    stream.SetLength(length);
                    stream.Flush(flushToDisk: true);
                }
            }
        }

        private static RunEvent Parse(byte[] bytes, int start, int length)
        {
            try
            {
                return JsonSerializer.Deserialize<RunEvent>(
                    new ReadOnlySpan<byte>(bytes, start, length), StoreJson.Compact);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private static byte[] ReadShared(string path)
        {
            try
            {
                using (var stream = new FileStream(
                    path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
                using (var copy = new MemoryStream())
                {
                    stream.CopyTo(copy);
                    return copy.ToArray();
                }
            }
            catch (Exception error) when (error is FileNotFoundException
                || error is DirectoryNotFoundException)
            {
                return new byte[0];
            }
        }
    }
}
