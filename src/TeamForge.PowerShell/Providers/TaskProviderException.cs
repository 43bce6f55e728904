using System;

namespace TeamForge.PowerShell.Providers
{
    /// <summary>A provider could not do a task; its message becomes the task's Error.</summary>
    public sealed class TaskProviderException : Exception
    {
        public TaskProviderException(string message, Exception inner)
            : base(message, inner)
        {
        }
    }
}
