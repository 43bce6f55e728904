using System;
using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Execution
{
    /// <summary>
    /// The command provider's presets for agent CLIs: each tool's program, the arguments
    /// that run it once without a conversation, with plain text on standard output, and the
    /// model names its members' tiers go to.
    /// </summary>
    /// <remarks>
    /// Flags as the tools' own documentation gives them: claude -p, --output-format,
    /// --model, --system-prompt-file (print mode only) and --allowedTools; codex exec with
    /// -m/--model and "-" for a prompt read from standard input, which prints only its final
    /// message on standard output; gemini -p (whose text is added after standard input),
    /// --output-format and --model. Every flag with a value is one argument, --flag=value,
    /// so that an optional one is left out whole.
    /// </remarks>
    public static class AgentCli
    {
        /// <summary>
        /// What gemini -p is given: the CLI needs a value after -p and adds it after what
        /// came on standard input, where the task already is.
        /// </summary>
        public const string GeminiPrompt = "Do the task described above.";

        /// <summary>Claude Code takes the tiers' own names as model aliases.</summary>
        public static IReadOnlyDictionary<string, string> ClaudeCodeModels { get; } =
            Map(("opus", "opus"), ("sonnet", "sonnet"), ("haiku", "haiku"));

        /// <summary>Codex gets the same OpenAI models as the OpenAI chat provider.</summary>
        public static IReadOnlyDictionary<string, string> CodexModels { get; } =
            ChatModels.OpenAIDefaults;

        /// <summary>The largest Gemini model for opus, the fast one for sonnet, the
        /// lightest for haiku.</summary>
        public static IReadOnlyDictionary<string, string> GeminiCliModels { get; } = Map(
            ("opus", "gemini-2.5-pro"), ("sonnet", "gemini-2.5-flash"),
            ("haiku", "gemini-2.5-flash-lite"));

        /// <summary>The program a preset runs when no other is named: its name on PATH.</summary>
        public static string DefaultCommand(AgentCliKind kind)
        {
            switch (kind)
            {
                case AgentCliKind.ClaudeCode:
                    return "claude";
                case AgentCliKind.Codex:
                    return "codex";
                default:
                    return "gemini";
            }
        }

        /// <summary>The name the provider goes by: Claude Code, Codex, Gemini CLI.</summary>
        public static string DisplayName(AgentCliKind kind)
        {
            return kind == AgentCliKind.ClaudeCode ? "Claude Code"
                : kind == AgentCliKind.Codex ? "Codex"
                : "Gemini CLI";
        }

        /// <summary>Model tiers to the tool's model names, used when no model is given.</summary>
        public static IReadOnlyDictionary<string, string> DefaultModels(AgentCliKind kind)
        {
            return kind == AgentCliKind.ClaudeCode ? ClaudeCodeModels
                : kind == AgentCliKind.Codex ? CodexModels
                : GeminiCliModels;
        }

        /// <summary>
        /// The preset's arguments, with the extra ones where the tool still reads flags:
        /// after its own, before the "-" that ends codex's.
        /// </summary>
        public static IReadOnlyList<string> Arguments(
            AgentCliKind kind, IEnumerable<string> extra = null)
        {
            var more = (extra ?? new string[0]).ToList();
            switch (kind)
            {
                case AgentCliKind.ClaudeCode:
                    // The instructions go by file: on Windows a whole command line holds
                    // at most 32,767 characters, fewer than an agent and its skills may take.
                    return new[]
                    {
                        "-p", "--output-format=text", "--model={model?}",
                        "--system-prompt-file={systemfile}", "--allowedTools={tools?}",
                    }.Concat(more).ToList();
                case AgentCliKind.Codex:
                    // codex exec has no flag for a system prompt; the instructions go on
                    // standard input ahead of the task (see InstructionsOnInput).
                    return new[] { "exec", "--model={model?}" }
                        .Concat(more).Concat(new[] { "-" }).ToList();
                default:
                    // Nor has gemini: its system prompt is replaced only through a file
                    // named in an environment variable, which is one for the whole provider.
                    return new[] { "--output-format=text", "--model={model?}" }
                        .Concat(more).Concat(new[] { "-p", GeminiPrompt }).ToList();
            }
        }

        /// <summary>
        /// Options for a command provider that runs the tool: its program, its arguments, its
        /// default model map and where its instructions go. The caller may change any of them
        /// (Command to run another program, Model and ModelMap, the environment...).
        /// </summary>
        public static CommandProviderOptions Options(
            AgentCliKind kind, IEnumerable<string> extraArguments = null)
        {
            return new CommandProviderOptions
            {
                Name = DisplayName(kind),
                Command = DefaultCommand(kind),
                Arguments = Arguments(kind, extraArguments).ToList(),
                ModelMap = new Dictionary<string, string>(
                    DefaultModels(kind).ToDictionary(e => e.Key, e => e.Value),
                    StringComparer.OrdinalIgnoreCase),
                InstructionsOnInput = kind != AgentCliKind.ClaudeCode,
            };
        }

        private static IReadOnlyDictionary<string, string> Map(
            params (string Tier, string Model)[] entries)
        {
            return entries.ToDictionary(
                entry => entry.Tier, entry => entry.Model, StringComparer.OrdinalIgnoreCase);
        }
    }
}
