using System;
using System.IO;
using System.Text;

namespace TeamForge.Tests.Parsing
{
    /// <summary>A folder of files written by a test and deleted after it.</summary>
    internal sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(
                System.IO.Path.GetTempPath(), "teamforge-parse-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        /// <summary>Writes UTF-8 without a byte-order mark, the text exactly as given.</summary>
        public string Write(string relativePath, string text)
        {
            return WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));
        }

        public string WriteBytes(string relativePath, byte[] bytes)
        {
            var path = System.IO.Path.Combine(Path, relativePath);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path));
            File.WriteAllBytes(path, bytes);
            return path;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow machine must not fail the test that used it.
            }
        }
    }
}
