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
    internal sealed class RunEventQueue : IRunObserver, IDisposable
    {
        private readonly BlockingCollection<RunEvent> _events = new BlockingCollection<RunEvent>();

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

        public void TaskFinished(TaskResult result)
        {
            var time = result.EndTime ?? DateTimeOffset.Now;
            _events.Add(new RunEvent { Finished = result, Time = time });
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
            _events.Dispose();
        }
    }

    /// <summary>A task started, is retrying or finished: the property set says which.</summary>
    internal sealed class RunEvent
    {
        public PlannedTask Started { get; set; }

        public PlannedTask Retrying { get; set; }

        public int Attempt { get; set; }

        public string Message { get; set; }

        public TimeSpan Delay { get; set; }

        public TaskResult Finished { get; set; }

        public DateTimeOffset Time { get; set; }
    }
}
