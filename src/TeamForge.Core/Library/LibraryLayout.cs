using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TeamForge.Parsing;

namespace TeamForge.Library
{
    /// <summary>
    /// Where a library keeps its definitions: agents/*.md, skills/&lt;id&gt;/SKILL.md and
    /// teams/*.md, beside READMEs, registries and templates that are skipped.
    /// </summary>
    internal static class LibraryLayout
    {
        public const string AgentsFolder = "agents";
        public const string SkillsFolder = "skills";
        public const string TeamsFolder = "teams";

        private const string MarkdownPattern = "*.md";

        /// <summary>The folder above a team file's teams/ folder when it is a library.</summary>
        public static string FindRoot(string teamFilePath)
        {
            var teams = Path.GetDirectoryName(FullPathOrNull(teamFilePath) ?? "");
            if (string.IsNullOrEmpty(teams) ||
                !Path.GetFileName(teams).Equals(TeamsFolder, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var root = Path.GetDirectoryName(teams);
            return root != null && IsLibrary(root) ? root : null;
        }

        public static bool IsLibrary(string root)
        {
            return Directory.Exists(Path.Combine(root, AgentsFolder)) &&
                Directory.Exists(Path.Combine(root, SkillsFolder));
        }

        /// <summary>The library's definition files, each folder's in ordinal order.</summary>
        public static List<LibraryFile> FindFiles(string root)
        {
            var files = new List<LibraryFile>();
            files.AddRange(MarkdownFiles(Path.Combine(root, AgentsFolder), DefinitionKind.Agent));
            files.AddRange(SkillFiles(Path.Combine(root, SkillsFolder)));
            files.AddRange(MarkdownFiles(Path.Combine(root, TeamsFolder), DefinitionKind.Team));
            return files;
        }

        private static IEnumerable<LibraryFile> MarkdownFiles(string folder, DefinitionKind kind)
        {
            if (!Directory.Exists(folder))
            {
                return Enumerable.Empty<LibraryFile>();
            }

            return Directory.EnumerateFiles(folder, MarkdownPattern)
                .Where(DefinitionFiles.IsDefinitionFileName)
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => new LibraryFile(kind, path));
        }

        private static IEnumerable<LibraryFile> SkillFiles(string folder)
        {
            if (!Directory.Exists(folder))
            {
                return Enumerable.Empty<LibraryFile>();
            }

            return Directory.EnumerateDirectories(folder)
                .Select(skill => Path.Combine(skill, DefinitionFiles.SkillFileName))
                .Where(path => DefinitionFiles.IsDefinitionFileName(path) && File.Exists(path))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => new LibraryFile(DefinitionKind.Skill, path));
        }

        private static string FullPathOrNull(string path)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                return null;
            }

            try
            {
                return Path.GetFullPath(path);
            }
            catch (Exception exception)
                when (exception is ArgumentException || exception is NotSupportedException ||
                    exception is PathTooLongException)
            {
                return null;
            }
        }
    }
}
