using System;

namespace TeamForge.Execution
{
    /// <summary>How one provider call ended: its output or its exception, and when.</summary>
    internal sealed class ProviderOutcome
    {
        public ProviderOutcome(string output, Exception error, DateTimeOffset end)
        {
            Output = output;
            Error = error;
            End = end;
        }

        public string Output { get; }

        public Exception Error { get; }

        public DateTimeOffset End { get; }
    }
}
