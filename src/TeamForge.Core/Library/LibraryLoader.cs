using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using TeamForge.Parsing;

namespace TeamForge.Library
{
    /// <summary>
    /// Loads a library folder: agents/*.md, skills/&lt;id&gt;/SKILL.md and teams/*.md. A file
    /// that cannot be read is reported in the library's Diagnostics and the rest still loads.
    /// </summary>
    public static class LibraryLoader
    {
        private static readonly LibraryCache Cache = new LibraryCache();

        /// <summary>
        /// Reads every definition of the library. Its Diagnostics hold the files that failed
        /// and what reading agents and skills noticed; a team keeps its own findings in its
        /// ParseDiagnostics.
        /// </summary>
        public static TeamLibrary Load(string libraryPath)
        {
            var root = LibraryRoot(libraryPath);

            var files = LibraryLayout.FindFiles(root);
            var loaded = new LoadedFile[files.Count];
            Parallel.For(0, files.Count, index => loaded[index] = LoadedFile.Read(files[index]));

            return Assemble(root, loaded);
        }

        /// <summary>
        /// The library as last loaded from this folder, loaded again when a definition file
        /// was added, removed or written since. The instance is shared: treat it as read-only.
        /// </summary>
        public static TeamLibrary LoadCached(string libraryPath)
        {
            return Cache.Get(LibraryRoot(libraryPath), Load);
        }

        /// <summary>
        /// The library folder of a team file: the folder above its teams/ folder when that
        /// folder holds agents/ and skills/; otherwise null.
        /// </summary>
        public static string FindLibraryRoot(string teamFilePath)
        {
            return LibraryLayout.FindRoot(teamFilePath);
        }

        private static string LibraryRoot(string libraryPath)
        {
            var root = string.IsNullOrWhiteSpace(libraryPath)
                ? null
                : Path.GetFullPath(libraryPath);
            if (root == null || !Directory.Exists(root))
            {
                throw new DefinitionException(new Diagnostic(
                    DiagnosticSeverity.Error, ParseCodes.FileNotFound,
                    "the library folder does not exist", libraryPath ?? ""));
            }

            var trimmed = root.TrimEnd(
                Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            return trimmed.Length == 0 ? root : trimmed;
        }

        private static TeamLibrary Assemble(string root, IEnumerable<LoadedFile> loaded)
        {
            var library = new TeamLibrary { Path = root };
            foreach (var file in loaded)
            {
                Add(library, file);
            }

            foreach (var agent in library.Agents.Values)
            {
                agent.MentionedSkills = agent.MentionedSkills
                    .Where(library.Skills.ContainsKey)
                    .ToArray();
            }

            return library;
        }

        private static void Add(TeamLibrary library, LoadedFile file)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                library.Diagnostics.Add(diagnostic);
            }

            // Limitation: of two agents (or skills) with the same id, the first file in
            // ordinal path order is kept and the other is left out without a diagnostic.
            switch (file.Definition)
            {
                case AgentDefinition agent when !library.Agents.ContainsKey(agent.Name):
                    library.Agents.Add(agent.Name, agent);
                    break;
                case SkillDefinition skill when !library.Skills.ContainsKey(file.Id):
                    library.Skills.Add(file.Id, skill);
                    break;
                case TeamDefinition team:
                    team.LibraryPath = library.Path;
                    library.Teams.Add(team);
                    break;
            }
        }
    }
}
