using System;

namespace TeamForge.Parsing
{
    /// <summary>YAML that cannot be read, located by file line and column.</summary>
    internal sealed class YamlProblem : Exception
    {
        public YamlProblem(int line, int column, string message)
            : base(message)
        {
            Line = line;
            Column = column;
        }

        public int Line { get; }

        public int Column { get; }
    }
}
