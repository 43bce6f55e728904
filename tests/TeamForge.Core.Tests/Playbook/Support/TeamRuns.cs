using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using TeamForge.Execution;
using TeamForge.Library;
using TeamForge.Parsing;
using TeamForge.Planning;
using TeamForge.Tests.Parsing;

namespace TeamForge.Tests.Playbook
{
    /// <summary>
    /// Whole runs of real teams on the playbook provider, as Start-TeamRun makes them: the
    /// module's bundled platform team and teams of the shared corpus. Each runs once.
    /// </summary>
    internal static class TeamRuns
    {
        private static readonly ConcurrentDictionary<string, Lazy<List<TaskResult>>> Runs =
            new ConcurrentDictionary<string, Lazy<List<TaskResult>>>();

        /// <summary>The bundled platform-engineering team in the module's library.</summary>
        public static List<TaskResult> Bundled()
        {
            var library = Path.Combine(RepositoryRoot(), "module", "library");
            return Run(library, "platform-engineering", "Design our internal developer platform");
        }

        /// <summary>A team of the shared agent-almanac corpus.</summary>
        public static List<TaskResult> Almanac(string team, string request)
        {
            return Run(Corpus.Path, team, request);
        }

        private static List<TaskResult> Run(string libraryPath, string teamName, string request)
        {
            var key = libraryPath + "|" + teamName + "|" + request;
            return Runs
                .GetOrAdd(key, _ => new Lazy<List<TaskResult>>(() =>
                    Start(libraryPath, teamName, request)))
                .Value;
        }

        private static List<TaskResult> Start(string libraryPath, string teamName, string request)
        {
            var library = LibraryLoader.LoadCached(libraryPath);
            var file = Path.Combine(libraryPath, "teams", teamName + ".md");
            var team = DefinitionReader.ReadTeam(file);
            team.LibraryPath = libraryPath;
            var plan = TaskPlanner.Plan(team, library, new PlanOptions());
            var options = new RunOptions
            {
                RunId = "run-" + teamName,
                Request = request,
                Library = library,
                ThrottleLimit = 4,
            };
            return new TeamRunner()
                .RunAsync(plan, options, new PlaybookProvider(), null, CancellationToken.None)
                .GetAwaiter()
                .GetResult()
                .ToList();
        }

        public static string RepositoryRoot()
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder != null)
            {
                if (Directory.Exists(Path.Combine(folder.FullName, "module", "library")))
                {
                    return folder.FullName;
                }

                folder = folder.Parent;
            }

            throw new DirectoryNotFoundException("No module/library above the test folder.");
        }
    }
}
