namespace TeamForge
{
    /// <summary>How much a diagnostic matters: an error stops a run, a warning does not.</summary>
    public enum DiagnosticSeverity
    {
        Error,
        Warning,
        Information,
    }

    /// <summary>
    /// One finding about a definition file, located by file, line and column (both 1-based,
    /// 0 when the position is unknown) and identified by a stable code such as TF1001.
    /// </summary>
    public sealed class Diagnostic
    {
        public Diagnostic(
            DiagnosticSeverity severity, string code, string message, string path,
            int line = 0, int column = 0)
        {
            Severity = severity;
            Code = code;
            Message = message;
            Path = path;
            Line = line;
            Column = column;
        }

        public DiagnosticSeverity Severity { get; }

        public string Code { get; }

        public string Message { get; }

        public string Path { get; }

        public int Line { get; }

        public int Column { get; }

        /// <summary>The position as a person reads it in an editor: file:line:column.</summary>
        public string Location
        {
            get
            {
                if (Line <= 0)
                {
                    return Path;
                }

                return Column > 0 ? $"{Path}:{Line}:{Column}" : $"{Path}:{Line}";
            }
        }

        public override string ToString()
        {
            return $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
        }
    }
}
