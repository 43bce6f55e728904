namespace TeamForge.Library
{
    /// <summary>A loaded library with the stamp its files had when it was loaded.</summary>
    internal sealed class CachedLibrary
    {
        public CachedLibrary(string stamp, TeamLibrary library)
        {
            Stamp = stamp;
            Library = library;
        }

        public string Stamp { get; }

        public TeamLibrary Library { get; }
    }
}
