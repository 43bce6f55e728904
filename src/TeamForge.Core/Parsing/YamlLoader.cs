using System;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TeamForge.Parsing
{
    /// <summary>
    /// Loads embedded YAML with YamlDotNet's representation model, which keeps every node's
    /// position and leaves scalars as written (an unquoted date stays text).
    /// </summary>
    internal static class YamlLoader
    {
        // Aliases let a small text describe a huge or endless tree; converting such a tree
        // to plain values would never finish, so its size is checked once, here.
        private const int MaxDepth = 64;
        private const int MaxNodes = 100000;

        /// <summary>
        /// Loads the first document of <paramref name="text"/>, or returns null when there is
        /// none. <paramref name="lineOffset"/> is added to YAML lines to give file lines.
        /// </summary>
        public static YamlNode Load(string text, int lineOffset)
        {
            var stream = new YamlStream();
            var scanner = new Scanner(new StringReader(text));
            try
            {
                stream.Load(new Parser(scanner));
            }
            catch (YamlException exception)
            {
                throw Problem(exception.Start, text, lineOffset, exception.Message);
            }
            catch (Exception exception)
                when (exception is InvalidOperationException || exception is ArgumentException)
            {
                // YamlDotNet fails so, without a position, on some broken input (an unclosed
                // flow list before a key, a stray indicator); the scanner knows where it was.
                throw Problem(
                    scanner.CurrentPosition, text, lineOffset,
                    "the YAML cannot be read here; check brackets, braces, quotes " +
                    "and indentation");
            }

            if (stream.Documents.Count == 0)
            {
                return null;
            }

            var root = stream.Documents[0].RootNode;
            var nodes = 0;
            CheckSize(root, 0, ref nodes, lineOffset);
            return root;
        }

        /// <summary>
        /// A problem at the mark, kept within the YAML's own lines: YamlDotNet puts a
        /// problem it finds at the end of the text on the line after it, which in a file is
        /// the closing fence.
        /// </summary>
        private static YamlProblem Problem(Mark mark, string text, int lineOffset, string message)
        {
            var lines = text.TrimEnd('\n').Split('\n').Length;
            var yamlLine = (int)Math.Max(1, Math.Min(mark.Line, lines));
            var column = mark.Line > lines ? 1 : (int)Math.Max(1, mark.Column);
            return new YamlProblem(yamlLine + lineOffset, column, message);
        }

        private static void CheckSize(YamlNode node, int depth, ref int nodes, int lineOffset)
        {
            nodes++;
            if (depth > MaxDepth || nodes > MaxNodes)
            {
                throw new YamlProblem(
                    (int)node.Start.Line + lineOffset, (int)node.Start.Column,
                    "the YAML is nested too deeply or expands to too many values " +
                    "(an alias that refers to itself?)");
            }

            switch (node)
            {
                case YamlMappingNode mapping:
                    foreach (var entry in mapping.Children)
                    {
                        CheckSize(entry.Value, depth + 1, ref nodes, lineOffset);
                    }

                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children)
                    {
                        CheckSize(item, depth + 1, ref nodes, lineOffset);
                    }

                    break;
            }
        }
    }
}
