using System;
using System.IO;

namespace TeamForge.Parsing
{
    /// <summary>Which files of a library are definitions, and the ids they give.</summary>
    public static class DefinitionFiles
    {
        public const string SkillFileName = "SKILL.md";

        private const string ReadmeName = "README";
        private const string TemplatePrefix = "_";
        private const string MarkdownExtension = ".md";

        /// <summary>
        /// False for what a library keeps beside its definitions: READMEs, the registries
        /// (<c>_registry.yml</c>), templates and anything else starting with '_', and files
        /// that are not Markdown. Given a path to a SKILL.md, its folder is judged too, so
        /// <c>skills/_template/SKILL.md</c> is not a definition.
        /// </summary>
        public static bool IsDefinitionFileName(string fileName)
        {
            var name = Path.GetFileName(fileName ?? "");
            if (!IsDefinitionName(name) ||
                !name.EndsWith(MarkdownExtension, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (!name.Equals(SkillFileName, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var folder = Path.GetFileName(Path.GetDirectoryName(fileName) ?? "");
            return folder.Length == 0 || IsDefinitionName(folder);
        }

        /// <summary>
        /// The id a file name gives: the folder of a SKILL.md, else the file name without
        /// its extension. Null when there is no file name.
        /// </summary>
        internal static string IdFromPath(string path)
        {
            var name = Path.GetFileName(path ?? "");
            if (name.Equals(SkillFileName, StringComparison.OrdinalIgnoreCase))
            {
                name = Path.GetFileName(Path.GetDirectoryName(path) ?? "");
            }
            else
            {
                name = Path.GetFileNameWithoutExtension(name);
            }

            return string.IsNullOrWhiteSpace(name) ? null : name;
        }

        private static bool IsDefinitionName(string name)
        {
            return name.Length > 0 &&
                !name.StartsWith(TemplatePrefix, StringComparison.Ordinal) &&
                !Path.GetFileNameWithoutExtension(name)
                    .Equals(ReadmeName, StringComparison.OrdinalIgnoreCase);
        }
    }
}
