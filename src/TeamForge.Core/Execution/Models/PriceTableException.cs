using System;

namespace TeamForge.Execution
{
    /// <summary>A price table that cannot be read: the file, the entry and what is wrong.</summary>
    public sealed class PriceTableException : Exception
    {
        public PriceTableException(string file, string entry, string message)
            : base(message)
        {
            File = file;
            Entry = entry;
        }

        /// <summary>The file read, or null for a table given in memory.</summary>
        public string File { get; }

        /// <summary>The model whose entry is wrong; null for a fault of the whole table.</summary>
        public string Entry { get; }
    }
}
