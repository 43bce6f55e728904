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

        /// <summary>A failure whose cause said when to try again, such as a rate limit.</summary>
        public TransientException(string message, TimeSpan? retryAfter, Exception inner = null)
            : base(message, inner)
        {
            RetryAfter = retryAfter;
        }

        /// <summary>
        /// How long to wait before the next try, when the cause said so (a Retry-After
        /// header); the scheduler waits this long instead of its own backoff.
        /// </summary>
        public TimeSpan? RetryAfter { get; }
    }
}
