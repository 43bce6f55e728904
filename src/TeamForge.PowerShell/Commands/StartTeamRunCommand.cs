using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.Execution;
using TeamForge.Library;
using TeamForge.Parsing;
using TeamForge.Planning;
using TeamForge.PowerShell.Providers;
using TeamForge.Validation;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>
    /// Runs a team on a request: every task starts as soon as what it waits on is done, and
    /// one TaskResult is written to the pipeline as each task finishes.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "TeamRun", DefaultParameterSetName = TeamSet)]
    [OutputType(typeof(TaskResult))]
    public sealed class StartTeamRunCommand : TeamForgeCmdlet
    {
        private const string TeamSet = "Team";

        private const string PathSet = "Path";

        private readonly CancellationTokenSource _cancellation = new CancellationTokenSource();

        #region Parameters

        /// <summary>The team to run, from Get-TeamDefinition.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = TeamSet)]
        public TeamDefinition InputObject { get; set; }

        /// <summary>A team file to read and run.</summary>
        [Parameter(Mandatory = true, ParameterSetName = PathSet)]
        public string Path { get; set; }

        /// <summary>What the team is asked to do.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Request { get; set; }

        /// <summary>Who does the tasks. Default: the embedded playbook provider.</summary>
        [Parameter]
        public ITaskProvider Provider { get; set; }

        /// <summary>How many tasks may run at once.</summary>
        [Parameter]
        [ValidateRange(1, 1024)]
        public int ThrottleLimit { get; set; } = 8;

        /// <summary>Agents for placeholder assignees, e.g. @{ any = 'code-reviewer' }.</summary>
        [Parameter]
        public Hashtable Bind { get; set; }

        /// <summary>Instances of each variable member, within its spawn limits.</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int MemberCount { get; set; }

        /// <summary>The library whose agents and skills the members use.</summary>
        [Parameter]
        public string LibraryPath { get; set; }

        #endregion

        #region Methods

        protected override void ProcessRecord()
        {
            var team = ParameterSetName == PathSet ? ReadTeam(Path) : InputObject;
            var library = LoadLibrary(ResolveLibraryPath(LibraryPath) ?? team.LibraryPath);
            var plan = PlanTeam(team, library);
            var provider = Provider ?? new PlaybookProvider();
            if (provider is ScriptBlockProvider scriptProvider)
            {
                scriptProvider.Prepare(ThrottleLimit);
            }

            var options = new RunOptions
            {
                RunId = NewRunId(),
                Request = Request,
                Library = library,
                ThrottleLimit = ThrottleLimit,
            };
            WriteVerbose($"Starting run '{options.RunId}' of team '{team.Name}' with " +
                $"{plan.Tasks.Count} tasks on provider '{provider.Name}'.");
            Drain(plan, options, provider);
        }

        protected override void StopProcessing()
        {
            _cancellation.Cancel();
        }

        private TeamDefinition ReadTeam(string path)
        {
            var file = GetUnresolvedProviderPathFromPSPath(path);
            if (System.IO.Directory.Exists(file))
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException($"'{file}' is a folder; -Path takes one team file. " +
                        "Pipe the folder's teams in: Get-TeamDefinition <folder> | Start-TeamRun."),
                    "TeamPathIsFolder", ErrorCategory.InvalidArgument, path));
            }

            try
            {
                var team = DefinitionReader.ReadTeam(file);
                team.LibraryPath = LibraryLoader.FindLibraryRoot(file);
                return team;
            }
            catch (DefinitionException exception)
            {
                ThrowTerminatingError(CreateDefinitionError(exception, file));
                return null;
            }
        }

        private TaskPlan PlanTeam(TeamDefinition team, TeamLibrary library)
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

                var bindings = ReadBindings();
                WarnOfUnusedOptions(team, bindings);
                return TaskPlanner.Plan(team, library, new PlanOptions
                {
                    Bindings = bindings,
                    MemberCount = MemberCount > 0 ? MemberCount : (int?)null,
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
        private void WarnOfUnusedOptions(TeamDefinition team, IDictionary<string, string> bindings)
        {
            var assignees = new HashSet<string>(
                team.Tasks.Select(task => task.Assignee ?? string.Empty),
                StringComparer.OrdinalIgnoreCase);
            foreach (var placeholder in bindings.Keys.Where(key => !assignees.Contains(key)))
            {
                WriteWarning($"-Bind names '{placeholder}', which no task of team " +
                    $"'{team.Name}' is assigned to; the binding is not used.");
            }

            if (MemberCount > 0 && !team.Members.Any(member => member.IsVariable))
            {
                WriteWarning($"Team '{team.Name}' has no variable member; -MemberCount " +
                    "is not used.");
            }
        }

        private IDictionary<string, string> ReadBindings()
        {
            var bindings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (Bind == null)
            {
                return bindings;
            }

            foreach (DictionaryEntry entry in Bind)
            {
                bindings[entry.Key.ToString()] = entry.Value?.ToString();
            }

            return bindings;
        }

        private void Drain(TaskPlan plan, RunOptions options, ITaskProvider provider)
        {
            using (var events = new RunEventQueue())
            {
                events.HearErrorsOf(provider, options.RunId);
                var runner = new TeamRunner();
                var run = runner.RunAsync(plan, options, provider, events, _cancellation.Token);
                run.ContinueWith(_ => events.Complete(), TaskScheduler.Default);

                var progress = new RunProgress(plan, options.RunId);
                while (events.TryTake(out var runEvent))
                {
                    Report(runEvent, progress);
                }

                progress.Complete(this);
                if (run.IsFaulted)
                {
                    var exception = run.Exception.GetBaseException();
                    ThrowTerminatingError(new ErrorRecord(
                        exception, "RunFailed", ErrorCategory.NotSpecified, plan.Team));
                }
            }
        }

        private void Report(RunEvent runEvent, RunProgress progress)
        {
            if (runEvent.ErrorLine != null)
            {
                WriteVerbose($"[{runEvent.TaskName}] {runEvent.ErrorLine}");
                return;
            }

            if (runEvent.Started != null)
            {
                var task = runEvent.Started;
                WriteVerbose($"Starting task '{task.Name}' for member '{task.AgentId}'.");
                progress.Started(task.Name);
                progress.Write(this);
                return;
            }

            var result = runEvent.Finished;
            WriteVerbose($"Task '{result.TaskName}' of member '{result.Member}' " +
                $"{result.Status.ToString().ToLowerInvariant()} after " +
                $"{result.Duration.TotalSeconds:0.00} s.");
            progress.Finished(result.TaskName);
            progress.Write(this);
            WriteObject(result);
            if (result.Status == TaskResultStatus.Failed)
            {
                WriteError(new ErrorRecord(
                    new TaskFailedException(result), "TaskFailed",
                    ErrorCategory.OperationStopped, result));
            }
        }

        private static string NewRunId()
        {
            var suffix = Guid.NewGuid().ToString("N").Substring(0, 6);
            return $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{suffix}";
        }

        #endregion
    }
}
