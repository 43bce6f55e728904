using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace TeamForge.Execution
{
    /// <summary>
    /// A command's invocation as -WhatIf shows it: the program and each argument in single
    /// quotes, PowerShell's way, so that a user sees where each one begins and ends.
    /// </summary>
    internal static class InvocationText
    {
        /// <summary>An argument longer than this, or of more than one line, is shortened.</summary>
        public const int LongArgument = 200;

        /// <summary>How much of a shortened argument or of the system prompt is shown.</summary>
        public const int ShownLength = 60;

        public static IReadOnlyList<string> Describe(
            string command, CommandInvocation invocation, TaskContext context)
        {
            var lines = new List<string>();
            var words = new[] { command }.Concat(invocation.Arguments).Select(Quote);
            lines.Add("runs: " + string.Join(" ", words));

            if (invocation.SystemFile != null)
            {
                lines.Add($"system prompt file {Quote(invocation.SystemFile)}: " +
                    Summary(invocation.SystemPrompt));
            }

            lines.Add("standard input: " + Input(invocation, context));
            return lines;
        }

        /// <summary>
        /// In single quotes, a quote inside doubled. A long or many-line argument is shown by
        /// the start of its first line, then its length.
        /// </summary>
        public static string Quote(string argument)
        {
            argument = argument ?? string.Empty;
            var firstLine = argument.Split('\n')[0].TrimEnd('\r');
            if (argument.Length <= LongArgument && firstLine.Length == argument.Length)
            {
                return "'" + argument.Replace("'", "''") + "'";
            }

            var start = firstLine.Length > ShownLength
                ? firstLine.Substring(0, ShownLength)
                : firstLine;
            return "'" + start.Replace("'", "''") + "...' (" + Count(argument.Length) +
                " characters, shortened here)";
        }

        private static string Input(CommandInvocation invocation, TaskContext context)
        {
            var prompt = context.Prompt ?? string.Empty;
            var waits = context.Task?.DependsOn.Count > 0 && context.Inputs.Count == 0
                ? ", before the outputs of the tasks it waits on are added"
                : string.Empty;
            var task = $"the task's prompt ({Count(prompt.Length)} characters{waits})";
            if (invocation.SystemPrompt == null || invocation.Input == prompt)
            {
                return task;
            }

            return "the agent's instructions and core skills " +
                $"({Count(invocation.SystemPrompt.Length)} characters), then {task}";
        }

        private static string Summary(string text)
        {
            text = text ?? string.Empty;
            var start = text.Length > ShownLength ? text.Substring(0, ShownLength) + "..." : text;
            var oneLine = string.Join(" ", start.Split(new[] { '\r', '\n' },
                System.StringSplitOptions.RemoveEmptyEntries));
            return $"{Count(text.Length)} characters, beginning '{oneLine.Replace("'", "''")}'";
        }

        private static string Count(int number)
        {
            return number.ToString("N0", CultureInfo.InvariantCulture);
        }
    }
}
