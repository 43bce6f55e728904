using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using TeamForge.PowerShell.Completion;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.Execution;
using TeamForge.Library;
using TeamForge.Parsing;
using TeamForge.Planning;
using TeamForge.PowerShell.Jobs;
using TeamForge.PowerShell.Providers;
using TeamForge.Rendering;
using TeamForge.Store;
using TeamForge.Validation;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>
    /// Runs a team on a request: every task starts as soon as what it waits on is done, and
    /// one TaskResult is written to the pipeline as each task finishes.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "TeamRun", DefaultParameterSetName = TeamSet,
        SupportsShouldProcess = true)]
    [OutputType(typeof(TaskResult), typeof(TeamRunJob))]
    public sealed class StartTeamRunCommand : TeamForgeCmdlet
    {
        private const string TeamSet = "Team";

        private const string PathSet = "Path";

        private const string ResumeSet = "Resume";

        private const string ResumeRunSet = "ResumeRun";

        private readonly CancellationTokenSource _cancellation = new CancellationTokenSource();

        #region Parameters

        /// <summary>The team to run, from Get-TeamDefinition.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = TeamSet)]
        public TeamDefinition InputObject { get; set; }

        /// <summary>A team file to read and run.</summary>
        [Parameter(Mandatory = true, ParameterSetName = PathSet)]
        public string Path { get; set; }

        /// <summary>A stored run's id to resume: only what did not succeed runs again.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ResumeSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(RunIdCompleter))]
        public string Resume { get; set; }

        /// <summary>A stored run to resume, from Get-TeamRun.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ResumeRunSet)]
        public TeamRun Run { get; set; }

        /// <summary>What the team is asked to do; a resumed run keeps its own.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = TeamSet)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet)]
        [ValidateNotNullOrEmpty]
        public string Request { get; set; }

        /// <summary>Where runs are stored. Default: .teamforge/runs here.</summary>
        [Parameter]
        public string RunPath { get; set; }

        /// <summary>Tasks to pause before: the run stops there and a resume goes on.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(TaskNameCompleter))]
        public string[] StopBefore { get; set; }

        /// <summary>Resumes even though the team file changed since the run started.</summary>
        [Parameter(ParameterSetName = ResumeSet)]
        [Parameter(ParameterSetName = ResumeRunSet)]
        public SwitchParameter Force { get; set; }

        /// <summary>Who does the tasks. Default: the embedded playbook provider.</summary>
        [Parameter]
        public ITaskProvider Provider { get; set; }

        /// <summary>How many tasks may run at once.</summary>
        [Parameter]
        [ValidateRange(1, 1024)]
        public int ThrottleLimit { get; set; } = 8;

        /// <summary>Agents for placeholder assignees, e.g. @{ any = 'code-reviewer' }.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(BindingCompleter))]
        public Hashtable Bind { get; set; }

        /// <summary>Instances of each variable member, within its spawn limits.</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int MemberCount { get; set; }

        /// <summary>The library whose agents and skills the members use.</summary>
        [Parameter]
        public string LibraryPath { get; set; }

        /// <summary>How often a task is tried when its provider fails transiently.</summary>
        [Parameter]
        [ValidateRange(1, 100)]
        public int MaxAttempts { get; set; } = 3;

        /// <summary>How long one task may run, all its attempts together.</summary>
        [Parameter]
        public TimeSpan TaskTimeout { get; set; }

        /// <summary>How long the whole run may take.</summary>
        [Parameter]
        public TimeSpan Timeout { get; set; }

        /// <summary>Cancels every other task at the first failure.</summary>
        [Parameter]
        public SwitchParameter FailFast { get; set; }

        /// <summary>
        /// The most the run may spend, in US dollars: once its tasks' costs reach it, no more
        /// tasks start. A resumed run keeps its own unless given another.
        /// </summary>
        [Parameter]
        public decimal MaxCost { get; set; }

        /// <summary>Runs in the background as a job; Receive-Job gives the results.</summary>
        [Parameter]
        public SwitchParameter AsJob { get; set; }

        #endregion

        #region Methods

        protected override void ProcessRecord()
        {
            // A piped run is read again: its outputs may have been edited since it was listed.
            var resumed = ParameterSetName == ResumeSet ? ReadRun(Resume)
                : ParameterSetName == ResumeRunSet ? RunReader.Read(Run.Path)
                : null;
            var team = resumed != null ? ReadTeam(resumed.TeamPath)
                : ParameterSetName == PathSet ? ReadTeam(Path)
                : InputObject;
            // A resumed run keeps the library it started with, unless given another.
            var library = LoadLibrary(ResolveLibraryPath(LibraryPath)
                ?? RunSettings.LibraryPath(resumed?.Options) ?? team.LibraryPath);
            var bindings = resumed != null
                ? RunSettings.Bindings(resumed.Options)
                : ReadBindings(Bind);
            var memberCount = resumed != null ? RunSettings.MemberCount(resumed.Options)
                : MemberCount > 0 ? MemberCount : (int?)null;
            var plan = PlanTeam(team, library, bindings, memberCount);
            if (resumed != null)
            {
                CheckTeamUnchanged(resumed, plan);
            }

            // -WhatIf shows the plan and stops before anything is stored or run. The plan is
            // described only when asked for: it builds every task's invocation, and
            // -Verbose would write it all.
            var description = AsksWhatIf()
                ? PlanDescription.Describe(plan, library, Provider, resumed?.Request ?? Request)
                : $"{plan.Tasks.Count} tasks.";
            if (!ShouldProcess(
                $"Running team '{team.Name}':{Environment.NewLine}{description}",
                $"Run team '{team.Name}' ({plan.Tasks.Count} tasks)?", "Start-TeamRun"))
            {
                return;
            }

            var provider = Provider ?? new PlaybookProvider();
            if (resumed != null && resumed.Provider != null
                && !string.Equals(resumed.Provider, provider.ToString(), StringComparison.Ordinal))
            {
                // Limitation: a run does not keep its provider (a scriptblock or a key cannot
                // be stored), so a resume runs on what it is given.
                WriteWarning($"Run '{resumed.Id}' started on provider '{resumed.Provider}'; " +
                    $"what is left of it runs on '{provider}'. Give -Provider to resume " +
                    "on the first one.");
            }

            if (provider is ScriptBlockProvider scriptProvider)
            {
                scriptProvider.Prepare(ThrottleLimit);
            }

            var maxCost = ReadMaxCost(resumed);
            var options = new RunOptions
            {
                RunId = resumed?.Id ?? NewRunId(),
                Request = resumed?.Request ?? Request,
                Library = library,
                ThrottleLimit = ThrottleLimit,
                MaxAttempts = MaxAttempts,
                TaskTimeout = Positive(TaskTimeout),
                Timeout = Positive(Timeout),
                FailFast = FailFast,
                StopBefore = StopBefore,
                MaxCost = maxCost,
                KeepOutputs = false,
                PriorResults = resumed?.Tasks.ToDictionary(
                    task => task.TaskName, StringComparer.OrdinalIgnoreCase),
            };
            var store = resumed != null
                ? RunStore.Open(resumed.Path)
                : CreateStore(plan, options, provider, bindings, memberCount, library.Path);
            options.RunFolder = store.Folder;
            if (resumed != null && maxCost != RunSettings.MaxCost(resumed.Options))
            {
                RunSettings.SaveMaxCost(store.Snapshot.Options, maxCost);
                store.SaveSnapshot();
            }

            var verb = resumed != null ? "Resuming" : "Starting";
            var limit = maxCost.HasValue ? $", spending at most {CostText.Of(maxCost.Value)}" : "";
            WriteVerbose($"{verb} run '{options.RunId}' of team '{team.Name}' with " +
                $"{plan.Tasks.Count} tasks on provider '{provider.Name}'{limit}, stored in " +
                $"'{store.Folder}'.");
            var driver = new RunDriver(plan, options, provider, store);
            if (AsJob)
            {
                StartJob(driver);
                return;
            }

            Drain(driver);
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
                ThrowTerminatingError(Errors.Record(
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

        // The job manager knows the job through its source adapter, which is how Get-Job,
        // Stop-Job and Remove-Job find it.
        private void StartJob(RunDriver driver)
        {
            var team = driver.Plan.Team.Name;
            var command = $"Start-TeamRun ({team}, run {driver.Options.RunId})";
            var job = TeamRunJobSourceAdapter.Create(
                JobManager, new TeamRunJob(driver, command, $"TeamRun-{team}"));
            job.StartJob();
            WriteObject(job);
        }

        private void Drain(RunDriver driver)
        {
            try
            {
                driver.Run(new CmdletSink(this), _cancellation.Token);
            }
            catch (Exception exception) when (!(exception is PipelineStoppedException))
            {
                ThrowTerminatingError(Errors.Record(
                    exception, "RunFailed", ErrorCategory.OperationStopped, driver.Plan.Team));
            }
        }

        private RunStore CreateStore(
            TaskPlan plan, RunOptions options, ITaskProvider provider,
            IDictionary<string, string> bindings, int? memberCount, string libraryPath)
        {
            var snapshot = RunSnapshot.For(plan);
            snapshot.RunId = options.RunId;
            snapshot.Request = options.Request;
            snapshot.Provider = provider.ToString();
            snapshot.Options["throttleLimit"] = options.ThrottleLimit.ToString();
            snapshot.Options["maxAttempts"] = options.MaxAttempts.ToString();
            if (options.TaskTimeout.HasValue)
            {
                snapshot.Options["taskTimeout"] = options.TaskTimeout.Value.ToString();
            }

            if (options.Timeout.HasValue)
            {
                snapshot.Options["timeout"] = options.Timeout.Value.ToString();
            }

            if (StopBefore != null && StopBefore.Length > 0)
            {
                snapshot.Options["stopBefore"] = string.Join(",", StopBefore);
            }

            RunSettings.SaveMaxCost(snapshot.Options, options.MaxCost);
            RunSettings.Save(snapshot.Options, bindings, memberCount);
            RunSettings.SaveLibraryPath(snapshot.Options, libraryPath);
            return RunStore.Create(ResolveRunPath(RunPath), snapshot);
        }

        private TeamRun ReadRun(string id)
        {
            var runs = ResolveRunPath(RunPath);
            var folder = System.IO.Path.Combine(runs, SafeFileName.For(id));
            if (!System.IO.Directory.Exists(folder))
            {
                ThrowTerminatingError(Errors.Record(
                    new ItemNotFoundException($"No run '{id}' is stored in '{runs}'."),
                    "RunNotFound", ErrorCategory.ObjectNotFound, id));
            }

            return RunReader.Read(folder);
        }

        // A resumed run reuses outputs made for the team as it was; a changed team file
        // could make them wrong, so resuming it takes -Force.
        private bool AsksWhatIf()
        {
            var bound = MyInvocation.BoundParameters;
            if (bound.TryGetValue("Confirm", out var confirm) && LanguagePrimitives.IsTrue(confirm))
            {
                return true;
            }

            return bound.TryGetValue("WhatIf", out var whatIf)
                ? LanguagePrimitives.IsTrue(whatIf)
                : LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference", false));
        }

        private void CheckTeamUnchanged(TeamRun run, TaskPlan plan)
        {
            var hash = System.IO.File.Exists(run.TeamPath)
                ? RunStore.HashFile(run.TeamPath)
                : null;
            if (hash == run.TeamHash)
            {
                return;
            }

            var changes = PlanChanges.Between(run.Plan, plan);
            var what = changes.Count > 0 ? string.Join("; ", changes) : "its tasks are the same";
            var message = $"The team file '{run.TeamPath}' changed since run '{run.Id}' " +
                $"started: {what}.";
            if (Force)
            {
                WriteWarning(message + " Resuming anyway (-Force).");
                return;
            }

            ThrowTerminatingError(Errors.Record(
                new InvalidOperationException(message + " Use -Force to resume anyway."),
                "TeamChangedSinceRun", ErrorCategory.InvalidOperation, run));
        }

        // A resumed run keeps the limit it was started with, so that resuming does not spend
        // past it by accident; a new -MaxCost replaces it.
        private decimal? ReadMaxCost(TeamRun resumed)
        {
            if (!MyInvocation.BoundParameters.ContainsKey(nameof(MaxCost)))
            {
                return resumed == null ? null : RunSettings.MaxCost(resumed.Options);
            }

            if (MaxCost < 0)
            {
                ThrowTerminatingError(Errors.Record(
                    new PSArgumentException("-MaxCost is a number of US dollars, 0 or more."),
                    "InvalidMaxCost", ErrorCategory.InvalidArgument, MaxCost));
            }

            return MaxCost;
        }

        // A TimeSpan parameter left out is zero: no limit.
        private static TimeSpan? Positive(TimeSpan limit)
        {
            return limit > TimeSpan.Zero ? limit : (TimeSpan?)null;
        }

        private static string NewRunId()
        {
            var suffix = Guid.NewGuid().ToString("N").Substring(0, 6);
            return $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{suffix}";
        }

        #endregion
    }
}
