using System;

namespace TeamForge.Execution
{
    /// <summary>
    /// A model server refused a task for good: a bad request, a key it does not accept, a
    /// model it does not have, an answer it could not give. The message is the server's own,
    /// with the status, and becomes the task's Error.
    /// </summary>
    public sealed class ChatFailedException : Exception
    {
        public ChatFailedException(string message, int? status = null, Exception inner = null)
            : base(message, inner)
        {
            Status = status;
        }

        /// <summary>The HTTP status the server answered with; null when none applies.</summary>
        public int? Status { get; }
    }
}
