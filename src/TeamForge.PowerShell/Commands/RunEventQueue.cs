using System;
using System.Collections.Concurrent;
using TeamForge.Execution;
using TeamForge.Planning;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>
    /// Carries what the scheduler's workers report to the pipeline thread: PowerShell
    /// streams may be written only from the thread that runs the cmdlet.
    /// </summary>
    internal sealed class RunEventQueue : IRunObserver, ITaskProgressObserver, IDisposable
    {
        private readonly BlockingCollection<RunEvent> _events = new BlockingCollection<RunEvent>();

        private CommandProvider _command;

        private Action<TaskContext, string> _errorListener;

        public void TaskStarted(PlannedTask task, DateTimeOffset time)
        {
            _events.Add(new RunEvent { Started = task, Time = time });
        }

        public void TaskRetrying(PlannedTask task, int nextAttempt, string error, TimeSpan delay)
        {
            _events.Add(new RunEvent
            {
                Retrying = task,
                Attempt = nextAttempt,
                Message = error,
                Delay = delay,
                Time = DateTimeOffset.Now,
            });
        }

        // A provider that ignores its token may report after the run is over.
        public void TaskProgressed(PlannedTask task, TaskProgress progress)
        {
            TryAdd(new RunEvent
            {
                Progressed = task,
                Progress = progress,
                Time = DateTimeOffset.Now,
            });
        }

        public void TaskFinished(TaskResult result)
        {
            var time = result.EndTime ?? DateTimeOffset.Now;
            _events.Add(new RunEvent { Finished = result, Time = time });
        }

        /// <summary>
        /// Queues each line a command provider's processes write to standard error during
        /// the run named, until the queue is disposed.
        /// </summary>
        public void HearErrorsOf(ITaskProvider provider, string runId)
        {
            _command = provider as CommandProvider;
            if (_command == null)
            {
                return;
            }

            _errorListener = (context, line) =>
            {
                if (context.RunId == runId)
                {
                    TryAdd(new RunEvent { ErrorLine = line, TaskName = context.TaskName });
                }
            };
            _command.StandardErrorLine += _errorListener;
        }

        /// <summary>Ends the drain once the run is over.</summary>
        public void Complete()
        {
            _events.CompleteAdding();
        }

        /// <summary>Waits for the next event; false once the run is over and drained.</summary>
        public bool TryTake(out RunEvent runEvent)
        {
            try
            {
                return _events.TryTake(out runEvent, -1);
            }
            catch (InvalidOperationException)
            {
                runEvent = null;
                return false;
            }
        }

        public void Dispose()
        {
            if (_command != null)
            {
                _command.StandardErrorLine -= _errorListener;
            }

            _events.Dispose();
        }

        // A cancelled run does not wait for its processes to die; a line they write after
        // the run is over has nowhere to go and is dropped.
        private void TryAdd(RunEvent runEvent)
        {
            try
            {
                if (!_events.IsAddingCompleted)
                {
                    _events.Add(runEvent);
                }
            }
            catch (InvalidOperationException)
            {
                // Completed or disposed between the check and the add (disposed is a kind of
                // invalid operation).
            }
        }
    }

    /// <summary>
    /// A task started, is retrying, made progress (Progressed and Progress) or finished, or
    /// its command wrote a line to standard error (ErrorLine and TaskName): the property set
    /// says which.
    /// </summary>
    internal sealed class RunEvent
    {
        public PlannedTask Started { get; set; }

        public PlannedTask Retrying { get; set; }

        public int Attempt { get; set; }

        public string Message { get; set; }

        public TimeSpan Delay { get; set; }

        public PlannedTask Progressed { get; set; }

        public TaskProgress Progress { get; set; }

        public TaskResult Finished { get; set; }

        public string ErrorLine { get; set; }

        public string TaskName { get; set; }

        public DateTimeOffset Time { get; set; }
    }
}
