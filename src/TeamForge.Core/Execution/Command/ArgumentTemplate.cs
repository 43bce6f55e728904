using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TeamForge.Execution
{
    /// <summary>
    /// One argument of a command, read once: its text and the placeholders that each task
    /// fills in. {{ and }} stand for literal braces. A placeholder written with a question
    /// mark, {tools?}, is optional: when the task has no value for it the whole argument is
    /// left out, so that a flag such as --model={model?} goes only where there is a model.
    /// </summary>
    internal sealed class ArgumentTemplate
    {
        /// <summary>The placeholders an argument may hold, in the help's order.</summary>
        public static readonly IReadOnlyList<string> Placeholders =
            new[] { "model", "agent", "task", "member", "run", "system", "systemfile", "tools" };

        // A part is text, or a placeholder when Placeholder is set.
        private readonly List<(string Text, string Placeholder, bool Optional)> parts;

        private ArgumentTemplate(List<(string, string, bool)> parts)
        {
            this.parts = parts;
        }

        /// <summary>The placeholders this argument uses, each once.</summary>
        public IEnumerable<string> Uses => parts
            .Where(part => part.Placeholder != null)
            .Select(part => part.Placeholder)
            .Distinct();

        /// <summary>True when the argument names the placeholder, optional or not.</summary>
        public bool HasPlaceholder(string name) => Uses.Contains(name);

        /// <summary>
        /// Reads an argument; a brace that opens or closes no known placeholder is an
        /// ArgumentException that quotes the argument and says how to write a brace.
        /// </summary>
        public static ArgumentTemplate Parse(string argument, int position)
        {
            var parts = new List<(string, string, bool)>();
            var text = new StringBuilder();
            var index = 0;
            while (index < argument.Length)
            {
                var character = argument[index];
                if (IsDoubled(argument, index, '{') || IsDoubled(argument, index, '}'))
                {
                    text.Append(character);
                    index += 2;
                    continue;
                }

                if (character == '}')
                {
                    throw Problem(argument, position,
                        "has a '}' that closes no placeholder; write }} for a literal brace.");
                }

                if (character != '{')
                {
                    text.Append(character);
                    index++;
                    continue;
                }

                var close = argument.IndexOf('}', index + 1);
                var name = close < 0 ? null : argument.Substring(index + 1, close - index - 1);
                if (name == null || name.IndexOf('{') >= 0)
                {
                    throw Problem(argument, position,
                        "has a '{' that opens no placeholder; write {{ for a literal brace.");
                }

                var optional = name.EndsWith("?", StringComparison.Ordinal);
                name = optional ? name.Substring(0, name.Length - 1) : name;
                var known = Placeholders.FirstOrDefault(placeholder =>
                    string.Equals(placeholder, name, StringComparison.OrdinalIgnoreCase));
                if (known == null)
                {
                    throw Problem(argument, position, $"names the unknown placeholder " +
                        $"{{{name}}}. The placeholders are {List()}, each optional with a " +
                        "'?' before its '}'; write {{ and }} for literal braces.");
                }

                if (text.Length > 0)
                {
                    parts.Add((text.ToString(), null, false));
                    text.Clear();
                }

                parts.Add((null, known, optional));
                index = close + 1;
            }

            if (text.Length > 0 || parts.Count == 0)
            {
                parts.Add((text.ToString(), null, false));
            }

            return new ArgumentTemplate(parts);
        }

        /// <summary>
        /// The argument for one task, each placeholder replaced by its value; null when an
        /// optional placeholder has no value, for an argument to leave out. valueOf is told
        /// whether the placeholder is optional, and returns null for no value.
        /// </summary>
        public string Expand(Func<string, bool, string> valueOf)
        {
            var argument = new StringBuilder();
            foreach (var (text, placeholder, optional) in parts)
            {
                if (placeholder == null)
                {
                    argument.Append(text);
                    continue;
                }

                var value = valueOf(placeholder, optional);
                if (string.IsNullOrEmpty(value) && optional)
                {
                    return null;
                }

                argument.Append(value);
            }

            return argument.ToString();
        }

        private static bool IsDoubled(string argument, int index, char brace)
        {
            return argument[index] == brace && index + 1 < argument.Length
                && argument[index + 1] == brace;
        }

        private static string List()
        {
            var names = Placeholders.Select(name => "{" + name + "}").ToList();
            return string.Join(", ", names.Take(names.Count - 1)) + " and " + names.Last();
        }

        private static ArgumentException Problem(string argument, int position, string what)
        {
            return new ArgumentException($"Argument {position} ('{argument}') {what}");
        }
    }
}
