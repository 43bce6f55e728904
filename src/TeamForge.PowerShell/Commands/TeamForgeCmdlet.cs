using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using TeamForge.Library;
using TeamForge.Parsing;
using TeamForge.Planning;
using TeamForge.Validation;

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

        /// <summary>
        /// Turns PowerShell paths into team files: a file named as it is (even one that is
        /// not a definition, which the reader then reports); the team files a wildcard
        /// matches; a folder's team files, those of its teams/ folder when it has one. What
        /// a wildcard or a folder brings in is skipped when it is a README or a template.
        /// </summary>
        internal IEnumerable<string> FindTeamFiles(IEnumerable<string> paths)
        {
            foreach (var path in paths)
            {
                if (!WildcardPattern.ContainsWildcardCharacters(path))
                {
                    foreach (var file in FindTeamFiles(GetUnresolvedProviderPathFromPSPath(path)))
                    {
                        yield return file;
                    }

                    continue;
                }

                var resolved = ResolveWildcard(path);
                if (resolved.Count == 0)
                {
                    // Reported by the reader as a missing file, naming what was asked for.
                    yield return GetUnresolvedProviderPathFromPSPath(path);
                    continue;
                }

                foreach (var file in resolved.SelectMany(FindTeamFiles).Where(IsTeamFile))
                {
                    yield return file;
                }
            }
        }

        private IReadOnlyList<string> ResolveWildcard(string path)
        {
            try
            {
                return GetResolvedProviderPathFromPSPath(path, out _);
            }
            catch (ItemNotFoundException)
            {
                return new string[0];
            }
        }

        private IEnumerable<string> FindTeamFiles(string path)
        {
            if (!Directory.Exists(path))
            {
                return new[] { path };
            }

            var teams = Path.Combine(path, "teams");
            var folder = Directory.Exists(teams) ? teams : path;
            WriteVerbose($"Looking for team files in '{folder}'.");
            return Directory.GetFiles(folder, "*.md")
                .Where(IsTeamFile)
                .OrderBy(file => file, StringComparer.Ordinal);
        }

        private bool IsTeamFile(string file)
        {
            if (DefinitionFiles.IsDefinitionFileName(Path.GetFileName(file)))
            {
                return true;
            }

            WriteVerbose($"Skipping '{file}': READMEs and templates are not definitions.");
            return false;
        }

        /// <summary>
        /// The file-system path of a -LibraryPath argument; null when none was given. A
        /// folder that does not exist stops the command before any work starts.
        /// </summary>
        internal string ResolveLibraryPath(string libraryPath)
        {
            if (string.IsNullOrEmpty(libraryPath))
            {
                return null;
            }

            var path = GetUnresolvedProviderPathFromPSPath(libraryPath);
            if (!Directory.Exists(path))
            {
                ThrowTerminatingError(Errors.Record(
                    new DirectoryNotFoundException(
                        $"The library folder '{path}' does not exist."),
                    "LibraryNotFound", ErrorCategory.ObjectNotFound, libraryPath));
            }

            return path;
        }

        /// <summary>The folder runs are stored in: -RunPath, or .teamforge/runs here.</summary>
        internal string ResolveRunPath(string runPath)
        {
            return string.IsNullOrEmpty(runPath)
                ? Path.Combine(
                    SessionState.Path.CurrentFileSystemLocation.ProviderPath, ".teamforge", "runs")
                : GetUnresolvedProviderPathFromPSPath(runPath);
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

        /// <summary>
        /// Reports the library files of one folder (agents or skills) that could not be
        /// read, so that a broken file is not silently missing from a listing.
        /// </summary>
        internal void WriteLibraryProblems(TeamLibrary library, string folder)
        {
            var prefix = Path.Combine(library.Path ?? string.Empty, folder) +
                Path.DirectorySeparatorChar;
            var problems = library.Diagnostics.Where(d => d.Path != null
                && d.Path.StartsWith(prefix, StringComparison.Ordinal));
            foreach (var problem in problems)
            {
                if (problem.Severity == DiagnosticSeverity.Error)
                {
                    WriteDefinitionError(new DefinitionException(problem), problem.Path);
                }
                else if (problem.Severity == DiagnosticSeverity.Warning)
                {
                    WriteWarning(problem.ToString());
                }
            }
        }

        internal void WriteDefinitionError(DefinitionException exception, object target)
        {
            WriteError(CreateDefinitionError(exception, target));
        }

        internal static ErrorRecord CreateDefinitionError(
            DefinitionException exception, object target)
        {
            var category = exception.Code == "TF1001"
                ? ErrorCategory.ObjectNotFound
                : exception.Code.StartsWith("TF3", StringComparison.Ordinal)
                    ? ErrorCategory.InvalidArgument
                    : ErrorCategory.InvalidData;
            var record = new ErrorRecord(exception, exception.Code, category, target);
            record.ErrorDetails = new ErrorDetails(exception.Message)
            {
                RecommendedAction = RecommendFor(exception.Code),
            };
            return record;
        }

        private static string RecommendFor(string code)
        {
            switch (code)
            {
                case "TF1001":
                    return "Check the path: name a team file, or a folder of team files.";
                case "TF1006":
                    return "Name a team file, or a folder to read every team in it.";
                case "TF3001":
                    return "Bind the placeholder with -Bind @{ <placeholder> = '<agent-id>' }.";
                case "TF3002":
                    return "Give -MemberCount a number the member's own range allows.";
                case "TF3003":
                    return "Bind the placeholder to an agent the library has: Get-TeamAgent " +
                        "lists them.";
                default:
                    return "Fix the definition at the file and line named, then check it " +
                        "with Test-TeamDefinition.";
            }
        }

        /// <summary>
        /// Checks a team and plans it: warnings of the checks go to the warning stream, and
        /// an error stops the command with the file, the line and the problem.
        /// </summary>
        internal TaskPlan PlanTeam(
            TeamDefinition team, TeamLibrary library, IDictionary<string, string> bindings,
            int? memberCount)
        {
            var diagnostics = TeamValidator.Validate(team, library);
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Warning)
                {
                    WriteWarning(diagnostic.ToString());
                }
                else if (diagnostic.Severity == DiagnosticSeverity.Information)
                {
                    WriteVerbose(diagnostic.ToString());
                }
            }

            try
            {
                var errors = diagnostics
                    .Where(d => d.Severity == DiagnosticSeverity.Error)
                    .ToList();
                if (errors.Count > 0)
                {
                    throw new DefinitionException(errors);
                }

                WarnOfUnusedOptions(team, bindings, memberCount);
                return TaskPlanner.Plan(team, library, new PlanOptions
                {
                    Bindings = bindings,
                    MemberCount = memberCount,
                });
            }
            catch (DefinitionException exception)
            {
                ThrowTerminatingError(CreateDefinitionError(exception, team));
                return null;
            }
        }

        // A mistyped -Bind key or a -MemberCount for a team without variable members would
        // otherwise change nothing without a word.
        private void WarnOfUnusedOptions(
            TeamDefinition team, IDictionary<string, string> bindings, int? memberCount)
        {
            var assignees = new HashSet<string>(
                team.Tasks.Select(task => task.Assignee ?? string.Empty),
                StringComparer.OrdinalIgnoreCase);
            foreach (var placeholder in bindings.Keys.Where(key => !assignees.Contains(key)))
            {
                WriteWarning($"-Bind names '{placeholder}', which no task of team " +
                    $"'{team.Name}' is assigned to; the binding is not used.");
            }

            if (memberCount.HasValue && !team.Members.Any(member => member.IsVariable))
            {
                WriteWarning($"Team '{team.Name}' has no variable member; -MemberCount " +
                    "is not used.");
            }
        }

        internal static IDictionary<string, string> ReadBindings(Hashtable bind)
        {
            var bindings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (bind == null)
            {
                return bindings;
            }

            foreach (DictionaryEntry entry in bind)
            {
                bindings[entry.Key.ToString()] = entry.Value?.ToString();
            }

            return bindings;
        }
    }
}
