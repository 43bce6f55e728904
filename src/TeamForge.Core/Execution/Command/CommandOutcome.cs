namespace TeamForge.Execution
{
    /// <summary>How one command process ended: its exit code, its output, its errors.</summary>
    internal sealed class CommandOutcome
    {
        public CommandOutcome(int exitCode, string output, ErrorTail errors)
        {
            ExitCode = exitCode;
            Output = output;
            Errors = errors;
        }

        public int ExitCode { get; }

        /// <summary>Everything the process wrote to standard output, decoded as UTF-8.</summary>
        public string Output { get; }

        public ErrorTail Errors { get; }
    }
}
