using System;
using System.Collections.Concurrent;
using System.IO;
using System.Text;

namespace TeamForge.Library
{
    /// <summary>
    /// Loaded libraries by folder, each with a stamp of its definition files (path, size,
    /// last-write time) that is cheap to take again and tells when to reload.
    /// </summary>
    internal sealed class LibraryCache
    {
        private readonly ConcurrentDictionary<string, CachedLibrary> entries =
            new ConcurrentDictionary<string, CachedLibrary>(StringComparer.Ordinal);

        public TeamLibrary Get(string root, Func<string, TeamLibrary> load)
        {
            // Taken before loading, so a file written during the load makes the next call
            // see a new stamp and load again.
            var stamp = Stamp(root);
            if (entries.TryGetValue(root, out var entry) && entry.Stamp == stamp)
            {
                return entry.Library;
            }

            var library = load(root);
            entries[root] = new CachedLibrary(stamp, library);
            return library;
        }

        private static string Stamp(string root)
        {
            var stamp = new StringBuilder();
            foreach (var file in LibraryLayout.FindFiles(root))
            {
                var info = new FileInfo(file.Path);
                stamp.Append(file.Path).Append('|')
                    .Append(info.Exists ? info.Length : -1).Append('|')
                    .Append(info.Exists ? info.LastWriteTimeUtc.Ticks : 0).Append('\n');
            }

            return stamp.ToString();
        }
    }
}
