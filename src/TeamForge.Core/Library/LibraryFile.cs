namespace TeamForge.Library
{
    /// <summary>One definition file of a library folder.</summary>
    internal sealed class LibraryFile
    {
        public LibraryFile(DefinitionKind kind, string path)
        {
            Kind = kind;
            Path = path;
        }

        public DefinitionKind Kind { get; }

        public string Path { get; }
    }
}
