using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Management.Automation;
using TeamForge.Library;
using TeamForge.Parsing;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>What every TeamForge cmdlet shares: paths, the library and error records.</summary>
    public abstract class TeamForgeCmdlet : PSCmdlet
    {
        /// <summary>The example library that ships inside the module.</summary>
        internal static string BundledLibraryPath
        {
            get
            {
                var moduleFolder = Path.GetDirectoryName(typeof(TeamForgeCmdlet).Assembly.Location);
                return Path.Combine(moduleFolder ?? ".", "library");
            }
        }

        /// <summary>Resolves PowerShell paths (wildcards, PSDrives) to file-system paths.</summary>
        internal IEnumerable<string> ResolvePaths(IEnumerable<string> paths)
        {
            foreach (var path in paths)
            {
                if (!WildcardPattern.ContainsWildcardCharacters(path))
                {
                    yield return GetUnresolvedProviderPathFromPSPath(path);
                    continue;
                }

                Collection<string> resolved = null;
                try
                {
                    resolved = GetResolvedProviderPathFromPSPath(path, out _);
                }
                catch (ItemNotFoundException)
                {
                    // An unmatched wildcard is reported below as a missing file.
                }

                if (resolved == null || resolved.Count == 0)
                {
                    yield return GetUnresolvedProviderPathFromPSPath(path);
                    continue;
                }

                foreach (var item in resolved)
                {
                    yield return item;
                }
            }
        }

        /// <summary>
        /// A file as it is; a folder's team files: those of its teams/ folder when it has
        /// one, skipping READMEs and templates.
        /// </summary>
        internal IEnumerable<string> FindTeamFiles(string path)
        {
            if (!Directory.Exists(path))
            {
                return new[] { path };
            }

            var teams = Path.Combine(path, "teams");
            var folder = Directory.Exists(teams) ? teams : path;
            WriteVerbose($"Looking for team files in '{folder}'.");
            return Directory.GetFiles(folder, "*.md")
                .Where(file => DefinitionFiles.IsDefinitionFileName(Path.GetFileName(file)))
                .OrderBy(file => file, StringComparer.Ordinal);
        }

        internal string ResolveLibraryPath(string libraryPath)
        {
            return string.IsNullOrEmpty(libraryPath)
                ? null
                : GetUnresolvedProviderPathFromPSPath(libraryPath);
        }

        internal TeamLibrary LoadLibrary(string libraryPath)
        {
            if (string.IsNullOrEmpty(libraryPath) || !Directory.Exists(libraryPath))
            {
                return new TeamLibrary { Path = libraryPath };
            }

            WriteDebug($"Loading the library '{libraryPath}'.");
            return LibraryLoader.LoadCached(libraryPath);
        }

        internal void WriteDefinitionError(DefinitionException exception, object target)
        {
            WriteError(CreateDefinitionError(exception, target));
        }

        internal static ErrorRecord CreateDefinitionError(
            DefinitionException exception, object target)
        {
            var record = new ErrorRecord(
                exception, exception.Code, ErrorCategory.InvalidData, target);
            record.ErrorDetails = new ErrorDetails(exception.Message)
            {
                RecommendedAction = "Fix the definition at the file and line named, then " +
                    "check it with Test-TeamDefinition.",
            };
            return record;
        }
    }
}
