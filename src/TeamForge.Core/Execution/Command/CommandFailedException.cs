using System;

namespace TeamForge.Execution
{
    /// <summary>
    /// A command did not do its task: it could not be started, or it ended with an exit
    /// code other than 0. The message names the command, the exit code and the end of what
    /// it wrote to standard error, and becomes the task's Error.
    /// </summary>
    public sealed class CommandFailedException : Exception
    {
        public CommandFailedException(string message, Exception inner)
            : base(message, inner)
        {
        }

        public CommandFailedException(string message, string command, int? exitCode,
            string standardError, Exception inner = null)
            : base(message, inner)
        {
            Command = command;
            ExitCode = exitCode;
            StandardError = standardError;
        }

        /// <summary>The executable, as the provider was given it.</summary>
        public string Command { get; }

        /// <summary>The process's exit code; null when it did not start.</summary>
        public int? ExitCode { get; }

        /// <summary>The last few kilobytes of the process's standard error.</summary>
        public string StandardError { get; }
    }
}
