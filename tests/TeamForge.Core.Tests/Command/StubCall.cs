namespace TeamForge.Tests.Command
{
    /// <summary>One call of the agent CLI stub, as it recorded it.</summary>
    internal sealed class StubCall
    {
        public StubCall(string[] arguments, string input, string systemPrompt)
        {
            Arguments = arguments;
            Input = input;
            SystemPrompt = systemPrompt;
        }

        public string[] Arguments { get; }

        public string Input { get; }

        /// <summary>What the --system-prompt-file= file held; null when none was named.</summary>
        public string SystemPrompt { get; }
    }
}
