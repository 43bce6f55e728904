using System;

namespace TeamForge
{
    /// <summary>
    /// A provider could not do a task this time, for a reason that may pass (a rate limit, a
    /// service briefly down): the scheduler's retry policy may try the task again. Any other
    /// exception from a provider is a permanent failure.
    /// </summary>
    public sealed class TransientException : Exception
    {
        public TransientException(string message)
            : base(message)
        {
        }

        public TransientException(string message, Exception inner)
            : base(message, inner)
        {
        }
    }
}
