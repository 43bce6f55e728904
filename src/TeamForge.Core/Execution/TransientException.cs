using System;

namespace TeamForge
{
    /// <summary>
    /// A failure worth another try: a timeout, a rate limit, a dropped connection. The
    /// scheduler retries a task that throws it, with backoff, up to its attempt limit; any
    /// other exception fails the task at once.
    /// </summary>
    public class TransientException : Exception
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
