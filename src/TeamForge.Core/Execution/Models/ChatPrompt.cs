using System;
using System.Text;

namespace TeamForge.Execution
{
    /// <summary>
    /// The two messages a member is sent: the system message, which is who the member is
    /// (its agent's instructions and core skills), and the user message, which is the work
    /// (the request, the task and the upstream outputs, as <see cref="PromptBuilder"/> writes
    /// them, each output in a named block marked as material, not instructions).
    /// </summary>
    internal sealed class ChatPrompt
    {
        /// <summary>The estimate of characters per token the budget is counted in.</summary>
        public const int CharactersPerToken = 4;

        private ChatPrompt(string system, string user, SkillDigest skills)
        {
            System = system;
            User = user;
            Skills = skills;
        }

        public string System { get; }

        public string User { get; }

        public SkillDigest Skills { get; }

        // Limitation: the budget holds the instructions, the skills and the user message,
        // counted at 4 characters a token; nothing is kept back for the answer, and the
        // instructions and the task's own text are never cut, only skills.
        public static ChatPrompt For(TaskContext context)
        {
            var user = string.IsNullOrEmpty(context.Prompt)
                ? PromptBuilder.Build(context)
                : context.Prompt;
            var identity = Identity(context);

            int? budget = null;
            var tokens = context.Agent?.MaxContextTokens;
            if (tokens.HasValue && tokens.Value > 0)
            {
                var total = (long)tokens.Value * CharactersPerToken;
                var left = total - identity.Length - user.Length;
                budget = (int)Math.Max(0, Math.Min(int.MaxValue, left));
            }

            var skills = SkillDigest.For(context.Agent, context.Library, budget);
            var system = skills.Text.Length == 0
                ? identity
                : identity + "\n\n" + skills.Text.TrimEnd('\n');
            return new ChatPrompt(system, user, skills);
        }

        private static string Identity(TaskContext context)
        {
            var instructions = context.Agent?.Instructions?.Trim();
            if (!string.IsNullOrEmpty(instructions))
            {
                return instructions;
            }

            var text = new StringBuilder();
            text.Append($"You are the {context.Task?.Role ?? context.Member?.Role} of team ");
            text.Append($"'{context.Team?.Name}'");
            if (!string.IsNullOrWhiteSpace(context.Agent?.Description))
            {
                text.Append($": {context.Agent.Description.Trim()}");
            }

            return text.Append('.').ToString();
        }
    }
}
