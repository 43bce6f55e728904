using System;
using System.Diagnostics;
using TeamForge.Planning;

namespace TeamForge.Execution
{
    /// <summary>
    /// Passes a task's progress on to the observer, token counts at most once per interval:
    /// a fast stream reports after every few characters, which would flood the host. A wait,
    /// and the first report after a change of kind (such as the server's own count at the
    /// end of an estimated stream), always go through.
    /// </summary>
    internal sealed class ProgressThrottle : IProgress<TaskProgress>
    {
        private readonly object gate = new object();

        private readonly PlannedTask task;

        private readonly ITaskProgressObserver observer;

        private readonly TimeSpan interval;

        private readonly Stopwatch clock = Stopwatch.StartNew();

        private TaskProgress last;

        private TimeSpan lastTime;

        public ProgressThrottle(PlannedTask task, ITaskProgressObserver observer, TimeSpan interval)
        {
            this.task = task;
            this.observer = observer;
            this.interval = interval;
        }

        public void Report(TaskProgress progress)
        {
            if (progress == null)
            {
                return;
            }

            lock (gate)
            {
                var now = clock.Elapsed;
                if (!Passes(progress, now))
                {
                    return;
                }

                last = progress;
                lastTime = now;
            }

            observer.TaskProgressed(task, progress);
        }

        private bool Passes(TaskProgress progress, TimeSpan now)
        {
            if (last == null || progress.IsWait)
            {
                return true;
            }

            if (last.IsWait || last.TokensEstimated != progress.TokensEstimated)
            {
                return true;
            }

            return progress.Tokens != last.Tokens && now - lastTime >= interval;
        }
    }
}
