using System.Collections.Generic;

namespace TeamForge.Execution
{
    /// <summary>What one task's process is started with: its arguments and its input.</summary>
    internal sealed class CommandInvocation
    {
        public CommandInvocation(IReadOnlyList<string> arguments, string input,
            string systemPrompt, string systemFile, bool systemFileIsTemporary)
        {
            Arguments = arguments;
            Input = input;
            SystemPrompt = systemPrompt;
            SystemFile = systemFile;
            SystemFileIsTemporary = systemFileIsTemporary;
        }

        /// <summary>The arguments, placeholders filled in, optional ones left out.</summary>
        public IReadOnlyList<string> Arguments { get; }

        /// <summary>What goes to standard input.</summary>
        public string Input { get; }

        /// <summary>The agent's instructions and skills; null when nothing uses them.</summary>
        public string SystemPrompt { get; }

        /// <summary>The file {systemfile} names, written before the start; null for none.</summary>
        public string SystemFile { get; }

        /// <summary>True for a file outside a run folder, deleted when the process ends.</summary>
        public bool SystemFileIsTemporary { get; }
    }
}
