using System;

namespace TeamForge.Tests.Models
{
    /// <summary>What the test server does instead of a plain answer, for one request.</summary>
    internal sealed class ChatFault
    {
        private ChatFault(string kind)
        {
            Kind = kind;
        }

        public string Kind { get; }

        public int Status { get; private set; }

        public string Message { get; private set; }

        /// <summary>The Retry-After header as sent; null sends none.</summary>
        public string RetryAfter { get; private set; }

        public TimeSpan Delay { get; private set; }

        /// <summary>The error's type in an Anthropic error body or event.</summary>
        public string ErrorType { get; private set; }

        /// <summary>Only a request for this task meets the fault; null for any request.</summary>
        public string TaskName { get; private set; }

        public static ChatFault TooManyRequests(string retryAfter)
        {
            return new ChatFault("status")
            {
                Status = 429,
                Message = "Rate limit reached for requests",
                RetryAfter = retryAfter,
            };
        }

        public static ChatFault Answer(int status, string message)
        {
            return new ChatFault("status") { Status = status, Message = message };
        }

        /// <summary>Sends part of the answer, then drops the connection.</summary>
        public static ChatFault CutStream() => new ChatFault("cut");

        /// <summary>Sends part of the answer, then ends the stream without finishing it.</summary>
        public static ChatFault EndEarly() => new ChatFault("end-early");

        /// <summary>Sends one chunk per delay, for far longer than any test waits.</summary>
        public static ChatFault Slow(TimeSpan delay) => new ChatFault("slow") { Delay = delay };

        /// <summary>
        /// Sends part of the answer, then an error event of the given type (Anthropic's
        /// streams only; OpenAI's have no such event).
        /// </summary>
        public static ChatFault StreamError(string type, string message)
        {
            return new ChatFault("stream-error") { Message = message, ErrorType = type };
        }

        /// <summary>Answers 200 with an event whose data is not JSON.</summary>
        public static ChatFault MalformedJson() => new ChatFault("malformed");

        public ChatFault ForTask(string taskName)
        {
            TaskName = taskName;
            return this;
        }

        public override string ToString() => Status > 0 ? $"{Kind} {Status}" : Kind;
    }
}
