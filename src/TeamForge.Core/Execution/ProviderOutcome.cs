using System;

namespace TeamForge.Execution
{
    /// <summary>How one task's provider calls ended: the output, or why there is none.</summary>
    internal sealed class ProviderOutcome
    {
        private ProviderOutcome(string output, Exception error, int attempts, string timeLimit)
        {
            Output = output;
            Error = error;
            Attempts = attempts;
            TimeLimit = timeLimit;
            End = DateTimeOffset.Now;
        }

        public string Output { get; }

        public Exception Error { get; }

        public int Attempts { get; }

        /// <summary>The task's time limit as text, when it ran past it.</summary>
        public string TimeLimit { get; }

        public DateTimeOffset End { get; }

        public bool Succeeded => Error == null;

        public static ProviderOutcome Success(string output, int attempts)
        {
            return new ProviderOutcome(output, null, attempts, null);
        }

        public static ProviderOutcome Failure(Exception error, int attempts)
        {
            return new ProviderOutcome(null, error, attempts, null);
        }

        public static ProviderOutcome TimedOut(Exception error, int attempts, TimeSpan limit)
        {
            return new ProviderOutcome(null, error, attempts, $"{limit.TotalSeconds:0.###} s");
        }

        /// <summary>The provider's own message: results show why, never a stack trace.</summary>
        public static string Describe(Exception error)
        {
            while (error is AggregateException && error.InnerException != null)
            {
                error = error.InnerException;
            }

            if (error == null)
            {
                return null;
            }

            return string.IsNullOrWhiteSpace(error.Message) ? error.GetType().Name : error.Message;
        }
    }
}
