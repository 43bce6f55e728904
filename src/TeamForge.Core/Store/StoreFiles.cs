using System.IO;

namespace TeamForge.Store
{
    /// <summary>
    /// The three ways the store changes files. Tests derive from it to stop a run at any
    /// write, the way a killed process would.
    /// </summary>
    internal class StoreFiles
    {
        public static readonly StoreFiles Default = new StoreFiles();

        public virtual void WriteAtomic(string path, byte[] bytes)
        {
            AtomicFile.WriteAllBytes(path, bytes);
        }

        /// <summary>
        /// Appends in one write, handed to the operating system: with the file opened for
        /// appending, lines from one process never interleave, and a kill tears at most the
        /// last line.
        /// </summary>
        public virtual void Append(string path, byte[] bytes)
        {
            using (var stream = new FileStream(
                path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1))
            {
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush();
            }
        }

        public virtual void Delete(string path)
        {
            File.Delete(path);
        }
    }
}
