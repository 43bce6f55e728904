using System;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>A task of a run failed; the run goes on with what does not depend on it.</summary>
    public sealed class TaskFailedException : Exception
    {
        public TaskFailedException(TaskResult result)
            : base($"Task '{result.TaskName}' of member '{result.Member}' failed: {result.Error}")
        {
            Result = result;
        }

        public TaskResult Result { get; }
    }
}
