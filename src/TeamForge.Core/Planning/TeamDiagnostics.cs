using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Planning
{
    /// <summary>Collects diagnostics located in one team file.</summary>
    internal sealed class TeamDiagnostics
    {
        private readonly string path;

        public TeamDiagnostics(TeamDefinition team)
        {
            path = team.Path;
        }

        public List<Diagnostic> Diagnostics { get; } = new List<Diagnostic>();

        public IReadOnlyList<Diagnostic> Errors =>
            Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        public void Error(string code, string message, int line)
        {
            Add(DiagnosticSeverity.Error, code, message, line);
        }

        public void Warning(string code, string message, int line)
        {
            Add(DiagnosticSeverity.Warning, code, message, line);
        }

        public void Information(string code, string message, int line)
        {
            Add(DiagnosticSeverity.Information, code, message, line);
        }

        private void Add(DiagnosticSeverity severity, string code, string message, int line)
        {
            Diagnostics.Add(new Diagnostic(severity, code, message, path, line));
        }
    }
}
