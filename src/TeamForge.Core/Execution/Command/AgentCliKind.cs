namespace TeamForge.Execution
{
    /// <summary>The agent command-line tools a command provider has a preset for.</summary>
    public enum AgentCliKind
    {
        /// <summary>Anthropic's Claude Code, run as claude -p.</summary>
        ClaudeCode,

        /// <summary>OpenAI's Codex CLI, run as codex exec.</summary>
        Codex,

        /// <summary>Google's Gemini CLI, run as gemini -p.</summary>
        GeminiCli,
    }
}
