using System;
using System.Collections.Generic;
using TeamForge.Execution;
using TeamForge.Planning;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>Tells several observers of a run what one observer hears.</summary>
    internal sealed class ObserverFanOut : IRunObserver, ITaskProgressObserver
    {
        private readonly List<IRunObserver> _observers = new List<IRunObserver>();

        public ObserverFanOut(IRunObserver first, IEnumerable<IRunObserver> others)
        {
            _observers.Add(first);
            _observers.AddRange(others);
        }

        public void TaskStarted(PlannedTask task, DateTimeOffset time)
        {
            _observers.ForEach(observer => observer.TaskStarted(task, time));
        }

        public void TaskRetrying(PlannedTask task, int nextAttempt, string error, TimeSpan delay)
        {
            _observers.ForEach(observer => observer.TaskRetrying(task, nextAttempt, error, delay));
        }

        public void TaskProgressed(PlannedTask task, TaskProgress progress)
        {
            foreach (var observer in _observers)
            {
                (observer as ITaskProgressObserver)?.TaskProgressed(task, progress);
            }
        }

        public void TaskFinished(TaskResult result)
        {
            _observers.ForEach(observer => observer.TaskFinished(result));
        }
    }
}
