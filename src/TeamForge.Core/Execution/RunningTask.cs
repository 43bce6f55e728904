using System;
using TeamForge.Planning;

namespace TeamForge.Execution
{
    /// <summary>A task the scheduler has handed to its provider, and what it was given.</summary>
    internal readonly struct RunningTask
    {
        public RunningTask(PlannedTask task, TaskContext context, DateTimeOffset start)
        {
            Task = task;
            Context = context;
            Start = start;
        }

        public PlannedTask Task { get; }

        public TaskContext Context { get; }

        public DateTimeOffset Start { get; }

        public void Deconstruct(
            out PlannedTask task, out TaskContext context, out DateTimeOffset start)
        {
            task = Task;
            context = Context;
            start = Start;
        }
    }
}
