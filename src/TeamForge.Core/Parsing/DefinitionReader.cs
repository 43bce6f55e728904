using System;
using System.IO;

namespace TeamForge.Parsing
{
    /// <summary>
    /// Reads team, agent and skill files into definitions. A team keeps the problems it can
    /// live with in its ParseDiagnostics; a file that cannot be read as a definition at all
    /// throws a <see cref="DefinitionException"/> naming the file and line.
    /// </summary>
    public static class DefinitionReader
    {
        public static TeamDefinition ReadTeam(string path)
        {
            return ParseTeam(path, ReadText(path));
        }

        public static AgentDefinition ReadAgent(string path)
        {
            return ParseAgent(path, ReadText(path));
        }

        public static SkillDefinition ReadSkill(string path)
        {
            return ParseSkill(path, ReadText(path));
        }

        /// <summary>Reads a team from its text; the path locates what is found.</summary>
        public static TeamDefinition ParseTeam(string path, string text)
        {
            return TeamReader.Read(Open(path, text));
        }

        public static AgentDefinition ParseAgent(string path, string text)
        {
            return AgentReader.Read(Open(path, text));
        }

        public static SkillDefinition ParseSkill(string path, string text)
        {
            return SkillReader.Read(Open(path, text));
        }

        private static DefinitionDocument Open(string path, string text)
        {
            if (path != null && !DefinitionFiles.IsDefinitionFileName(path))
            {
                throw new DiagnosticBag(path).Fail(
                    ParseCodes.NotADefinition, 0, 0,
                    "the file is not a definition: READMEs, registries and templates " +
                    "(names starting with '_') describe a library, they are not part of it");
            }

            return DefinitionDocument.Parse(path, text);
        }

        private static string ReadText(string path)
        {
            var bag = new DiagnosticBag(path);
            if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
            {
                throw bag.Fail(ParseCodes.FileNotFound, 0, 0, "the file does not exist");
            }

            try
            {
                // Detects and drops a byte-order mark; the reader assumes UTF-8 otherwise.
                return File.ReadAllText(path);
            }
            catch (Exception exception)
                when (exception is IOException || exception is UnauthorizedAccessException)
            {
                throw bag.Fail(
                    ParseCodes.FileNotFound, 0, 0,
                    $"the file cannot be read: {exception.Message}");
            }
        }
    }
}
