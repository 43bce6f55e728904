using System;
using System.Threading;

namespace TeamForge.Execution
{
    /// <summary>
    /// What the last HTTP response of a chat request said about waiting: its status and its
    /// Retry-After. Some client libraries keep the headers out of the errors they throw, so
    /// a handler in their pipeline notes them here for the failure's translation.
    /// </summary>
    internal sealed class ResponseNote
    {
        private static readonly AsyncLocal<ResponseNote> current = new AsyncLocal<ResponseNote>();

        /// <summary>
        /// The note of the request being made on this flow; the provider opens one before
        /// each request, and the handler, running in the same flow, fills it in.
        /// </summary>
        public static ResponseNote Current => current.Value;

        public int Status { get; set; }

        public TimeSpan? RetryAfter { get; set; }

        public static ResponseNote Open()
        {
            var note = new ResponseNote();
            current.Value = note;
            return note;
        }
    }
}
