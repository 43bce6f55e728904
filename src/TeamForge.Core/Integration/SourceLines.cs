using System.Collections.Generic;

namespace TeamForge.Integration
{
    /// <summary>Where each line of a text starts, to turn Markdig's offsets into lines.</summary>
    internal sealed class SourceLines
    {
        private readonly List<int> _starts = new List<int> { 0 };

        public SourceLines(string source)
        {
            for (var i = 0; i < source.Length; i++)
            {
                if (source[i] == '\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        /// <summary>The 0-based line that holds the offset.</summary>
        public int LineOf(int offset)
        {
            var index = _starts.BinarySearch(offset);
            return index >= 0 ? index : ~index - 1;
        }
    }
}
