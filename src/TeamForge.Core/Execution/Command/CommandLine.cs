using System.Collections.Generic;
using System.Text;

namespace TeamForge.Execution
{
    /// <summary>
    /// Joins arguments into one command line that splits back into the same arguments: the
    /// rules of the Windows C runtime, which .NET also follows on Unix to make a child's argv
    /// out of ProcessStartInfo.Arguments. (.NET Standard 2.0 has no ArgumentList to do it.)
    /// </summary>
    /// <remarks>
    /// Limitation: on Windows a program that reads its command line by other rules (cmd.exe,
    /// a .bat or .cmd file) may split it differently; start such a program through an
    /// executable that follows the C runtime's rules.
    /// </remarks>
    internal static class CommandLine
    {
        public static string Join(IEnumerable<string> arguments)
        {
            var line = new StringBuilder();
            foreach (var argument in arguments)
            {
                if (line.Length > 0)
                {
                    line.Append(' ');
                }

                AppendArgument(line, argument);
            }

            return line.ToString();
        }

        /// <summary>
        /// An argument with no white space and no quote goes as it is. Any other is quoted:
        /// a quote inside gets a backslash, and the backslashes just before a quote (the
        /// closing one included) are doubled, since only there do backslashes escape.
        /// </summary>
        public static void AppendArgument(StringBuilder line, string argument)
        {
            argument = argument ?? string.Empty;
            if (argument.Length > 0 && !NeedsQuotes(argument))
            {
                line.Append(argument);
                return;
            }

            line.Append('"');
            var index = 0;
            while (index < argument.Length)
            {
                var backslashes = 0;
                while (index < argument.Length && argument[index] == '\\')
                {
                    backslashes++;
                    index++;
                }

                if (index == argument.Length)
                {
                    line.Append('\\', backslashes * 2);
                    break;
                }

                if (argument[index] == '"')
                {
                    line.Append('\\', backslashes * 2 + 1).Append('"');
                }
                else
                {
                    line.Append('\\', backslashes).Append(argument[index]);
                }

                index++;
            }

            line.Append('"');
        }

        private static bool NeedsQuotes(string argument)
        {
            foreach (var character in argument)
            {
                if (char.IsWhiteSpace(character) || character == '"')
                {
                    return true;
                }
            }

            return false;
        }
    }
}
