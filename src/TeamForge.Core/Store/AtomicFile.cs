using System;
using System.IO;
using System.Text;

namespace TeamForge.Store
{
    /// <summary>
    /// Writes files whole or not at all: the content goes to a temporary file beside the
    /// target, which is flushed to disk and then moved over it, so a crash never leaves a
    /// half-written file and a reader sees either the old content or the new.
    /// </summary>
    public static class AtomicFile
    {
        private const string TemporaryEnding = ".tmp";

        public static void WriteAllText(string path, string text)
        {
            WriteAllBytes(path, new UTF8Encoding(false).GetBytes(text ?? ""));
        }

        public static void WriteAllBytes(string path, byte[] bytes)
        {
            Write(path, stream => stream.Write(bytes, 0, bytes.Length));
        }

        /// <summary>
        /// Lets <paramref name="write"/> fill the temporary file, then moves it over the
        /// target. When <paramref name="write"/> throws, the target keeps its old content
        /// and the temporary file is deleted.
        /// </summary>
        public static void Write(string path, Action<Stream> write)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            Directory.CreateDirectory(folder);
            var temporary = Path.Combine(
                folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{TemporaryEnding}");
            try
            {
                using (var stream = new FileStream(
                    temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    write(stream);

                    // Handed to the operating system, which keeps it when the process is
                    // killed. Limitation: not forced to the disk, which cost seconds per
                    // thousand tasks, so a power cut may lose or empty the latest writes.
                    stream.Flush();
                }

                if (File.Exists(path))
                {
                    File.Replace(temporary, path, null);
                }
                else
                {
                    File.Move(temporary, path);
                }
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }

        /// <summary>
        /// True for a file name this class uses while it writes: one that a killed writer
        /// may leave behind, which readers ignore.
        /// </summary>
        public static bool IsTemporary(string fileName)
        {
            var name = Path.GetFileName(fileName);
            return name.StartsWith(".", StringComparison.Ordinal)
                && name.EndsWith(TemporaryEnding, StringComparison.OrdinalIgnoreCase);
        }
    }
}
