using System;
using System.ComponentModel;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.PowerShell.Commands;

namespace TeamForge.PowerShell.Jobs
{
    /// <summary>
    /// A team run as a PowerShell job: Receive-Job gives its TaskResults, Stop-Job cancels
    /// its running tasks, and its state follows the run (Completed when every task
    /// succeeded or was skipped by design, Failed when one failed, Stopped when cancelled).
    /// </summary>
    public sealed class TeamRunJob : Job2
    {
        internal const string JobTypeName = "TeamForgeRun";

        private readonly RunDriver _driver;

        private readonly CancellationTokenSource _cancellation = new CancellationTokenSource();

        private Task _run;

        private string _statusMessage = string.Empty;

        internal TeamRunJob(RunDriver driver, string command, string name)
            : base(command, name)
        {
            _driver = driver;
            PSJobTypeName = JobTypeName;
        }

        /// <summary>The run's id, as its results carry it.</summary>
        public string RunId => _driver.Options.RunId;

        /// <summary>The team that runs.</summary>
        public string Team => _driver.Plan.Team.Name;

        public override string Location => "localhost";

        public override bool HasMoreData =>
            Output.Count > 0 || Error.Count > 0 || Verbose.Count > 0 || Progress.Count > 0
            || Warning.Count > 0;

        public override string StatusMessage => _statusMessage;

        public override void StartJob()
        {
            SetJobState(JobState.Running);
            _run = Task.Factory.StartNew(
                Run, CancellationToken.None, TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }

        public override void StopJob()
        {
            _cancellation.Cancel();
            _run?.Wait();
        }

        public override void StopJob(bool force, string reason)
        {
            StopJob();
        }

        public override void StartJobAsync()
        {
            StartJob();
            OnStartJobCompleted(new AsyncCompletedEventArgs(null, false, null));
        }

        // Stop-Job calls this and waits for the completion event.
        public override void StopJobAsync()
        {
            Task.Run(() =>
            {
                StopJob();
                OnStopJobCompleted(new AsyncCompletedEventArgs(null, false, null));
            });
        }

        public override void StopJobAsync(bool force, string reason)
        {
            StopJobAsync();
        }

        private void Run()
        {
            try
            {
                var results = _driver.Run(new JobSink(this), _cancellation.Token);
                var failed = results.Count(r => r.Status == TaskResultStatus.Failed);
                var cancelled = results.Any(r => r.Status == TaskResultStatus.Cancelled);
                _statusMessage = $"{results.Count(r => r.Status == TaskResultStatus.Succeeded)}" +
                    $" of {results.Count} tasks succeeded";
                SetJobState(_cancellation.IsCancellationRequested ? JobState.Stopped
                    : failed > 0 || cancelled ? JobState.Failed
                    : JobState.Completed);
            }
            catch (Exception exception)
            {
                Error.Add(Errors.Record(
                    exception, "RunFailed", ErrorCategory.OperationStopped, _driver.Plan.Team));
                SetJobState(JobState.Failed);
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _cancellation.Dispose();
            }

            base.Dispose(disposing);
        }

        #region Not supported

        public override void SuspendJob() => throw Unsupported("SuspendJob");

        public override void SuspendJobAsync() => throw Unsupported("SuspendJobAsync");

        public override void SuspendJob(bool force, string reason) =>
            throw Unsupported("SuspendJob");

        public override void SuspendJobAsync(bool force, string reason) =>
            throw Unsupported("SuspendJobAsync");

        public override void ResumeJob() => throw Unsupported("ResumeJob");

        public override void ResumeJobAsync() => throw Unsupported("ResumeJobAsync");

        public override void UnblockJob() => throw Unsupported("UnblockJob");

        public override void UnblockJobAsync() => throw Unsupported("UnblockJobAsync");

        private static NotSupportedException Unsupported(string operation)
        {
            return new NotSupportedException(
                $"A team run job does not support {operation}; resume a run with " +
                "Start-TeamRun -Resume.");
        }

        #endregion
    }
}
