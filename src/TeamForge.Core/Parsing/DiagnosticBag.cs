using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Parsing
{
    /// <summary>Collects what the reader notices about one file, located in it.</summary>
    internal sealed class DiagnosticBag
    {
        private readonly List<Diagnostic> diagnostics = new List<Diagnostic>();

        public DiagnosticBag(string path)
        {
            Path = path;
        }

        public string Path { get; }

        public void Error(string code, int line, string message)
        {
            Error(code, line, 0, message);
        }

        public void Error(string code, int line, int column, string message)
        {
            diagnostics.Add(Create(DiagnosticSeverity.Error, code, line, column, message));
        }

        public void Warning(string code, int line, string message)
        {
            diagnostics.Add(Create(DiagnosticSeverity.Warning, code, line, 0, message));
        }

        /// <summary>An exception for a problem that leaves nothing usable to read.</summary>
        public DefinitionException Fail(string code, int line, int column, string message)
        {
            return new DefinitionException(
                Create(DiagnosticSeverity.Error, code, line, column, message));
        }

        /// <summary>The diagnostics in file order.</summary>
        public Diagnostic[] ToArray()
        {
            return diagnostics.OrderBy(diagnostic => diagnostic.Line).ToArray();
        }

        private Diagnostic Create(
            DiagnosticSeverity severity, string code, int line, int column, string message)
        {
            return new Diagnostic(severity, code, message, Path, line, column);
        }
    }
}
