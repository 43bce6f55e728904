namespace TeamForge.Execution
{
    /// <summary>
    /// What a provider says about a task while it runs: how much of the answer has come, or
    /// what the task is waiting for before it can send its request.
    /// </summary>
    public sealed class TaskProgress
    {
        private TaskProgress(long? tokens, bool estimated, string waitingFor)
        {
            Tokens = tokens;
            TokensEstimated = estimated;
            WaitingFor = waitingFor;
        }

        /// <summary>The tokens of the answer received so far; null for a wait.</summary>
        public long? Tokens { get; }

        /// <summary>
        /// Whether <see cref="Tokens"/> is a guess from the characters received (a quarter
        /// of them), as a server that counts tokens only at the end has not said yet.
        /// </summary>
        public bool TokensEstimated { get; }

        /// <summary>
        /// What the task waits for, as a phrase that follows "waiting for": "the
        /// requests-per-minute window ('60' requests a minute)"; null while it receives.
        /// </summary>
        public string WaitingFor { get; }

        public bool IsWait => WaitingFor != null;

        public static TaskProgress Received(long tokens, bool estimated)
        {
            return new TaskProgress(tokens, estimated, null);
        }

        public static TaskProgress Waiting(string waitingFor)
        {
            return new TaskProgress(null, false, waitingFor);
        }

        public override string ToString()
        {
            if (IsWait)
            {
                return $"waiting for {WaitingFor}";
            }

            return TokensEstimated
                ? $"about {Tokens} tokens received (characters/4)"
                : $"{Tokens} tokens received";
        }
    }
}
