using System;
using System.Collections.Generic;
using System.Linq;

namespace TeamForge
{
    /// <summary>
    /// Raised when a definition cannot be used. It carries the diagnostics that say why, so
    /// the message names the file, the line and the problem without a stack trace.
    /// </summary>
    public sealed class DefinitionException : Exception
    {
        public DefinitionException(Diagnostic diagnostic)
            : this(new[] { diagnostic })
        {
        }

        public DefinitionException(IEnumerable<Diagnostic> diagnostics)
            : base(Describe(diagnostics.ToList()))
        {
            Diagnostics = diagnostics.ToList();
        }

        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        /// <summary>The stable code of the first diagnostic, used as the error id.</summary>
        public string Code => Diagnostics.Count > 0 ? Diagnostics[0].Code : "TF0000";

        private static string Describe(IReadOnlyList<Diagnostic> diagnostics)
        {
            if (diagnostics.Count == 0)
            {
                return "The definition is not valid.";
            }

            var first = diagnostics[0];
            var text = $"{first.Location}: {first.Message} ({first.Code})";
            return diagnostics.Count == 1
                ? text
                : $"{text}; and {diagnostics.Count - 1} more problem(s).";
        }
    }
}
