using System.IO;

namespace TeamForge.Store
{
    /// <summary>
    /// A run folder that cannot be used: it has no readable run.json, it holds a run
    /// already, or it was written by a newer TeamForge.
    /// </summary>
    public sealed class RunStoreException : IOException
    {
        public RunStoreException(string folder, string message)
            : base(message)
        {
            Folder = folder;
        }

        public string Folder { get; }
    }
}
