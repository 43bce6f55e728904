using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using TeamForge.Library;

namespace TeamForge.Execution
{
    /// <summary>
    /// The text of an agent's core skills for its system message: each skill's title,
    /// description, step titles and expected outcomes, whole skills only, within a budget.
    /// </summary>
    internal sealed class SkillDigest
    {
        private SkillDigest(
            string text, IReadOnlyList<string> included, IReadOnlyList<string> cut)
        {
            Text = text;
            Included = included;
            Cut = cut;
        }

        /// <summary>The skills' section with a note of what was cut; empty for none.</summary>
        public string Text { get; }

        public IReadOnlyList<string> Included { get; }

        /// <summary>Skills left out because they did not fit the budget.</summary>
        public IReadOnlyList<string> Cut { get; }

        /// <summary>
        /// Takes the agent's skills in the order it lists them, each while it fits in the
        /// characters left; one that does not fit is left out whole and a later, shorter one
        /// may still go in. A null budget takes them all.
        /// </summary>
        public static SkillDigest For(AgentDefinition agent, TeamLibrary library, int? budget)
        {
            var skills = (agent?.Skills ?? new string[0])
                .Select(name => library?.FindSkill(name))
                .Where(skill => skill != null)
                .ToList();
            var included = new List<string>();
            var cut = new List<string>();
            var body = new StringBuilder();
            var left = budget ?? int.MaxValue;
            foreach (var skill in skills)
            {
                var text = Describe(skill);
                if (text.Length > left)
                {
                    cut.Add(skill.Name);
                    continue;
                }

                body.Append(text);
                left -= text.Length;
                included.Add(skill.Name);
            }

            return new SkillDigest(Compose(body.ToString(), included, cut), included, cut);
        }

        private static string Compose(string body, List<string> included, List<string> cut)
        {
            if (included.Count == 0 && cut.Count == 0)
            {
                return string.Empty;
            }

            var text = new StringBuilder();
            text.Append("# Your core skills\n\n");
            text.Append("Procedures you know; use them where they fit the task.\n\n");
            text.Append(body);
            if (cut.Count > 0)
            {
                text.Append($"Note: {cut.Count} of your core skills were left out to keep "
                    + $"within your context budget: {string.Join(", ", cut)}.\n");
            }

            return text.ToString();
        }

        private static string Describe(SkillDefinition skill)
        {
            var text = new StringBuilder();
            var title = string.IsNullOrWhiteSpace(skill.Title) ? skill.Name : skill.Title.Trim();
            text.Append($"## {title} (`{skill.Name}`)\n\n");
            if (!string.IsNullOrWhiteSpace(skill.Description))
            {
                text.Append(OneLine(skill.Description)).Append("\n\n");
            }

            if (skill.Steps.Length == 0)
            {
                return text.ToString();
            }

            text.Append("Steps:\n");
            foreach (var step in skill.Steps)
            {
                var label = string.IsNullOrWhiteSpace(step.Label)
                    ? step.Number.ToString() : step.Label;
                text.Append($"{label}. {OneLine(step.Title)}");
                if (!string.IsNullOrWhiteSpace(step.Expected))
                {
                    text.Append($" (expected: {OneLine(step.Expected)})");
                }

                text.Append('\n');
            }

            return text.Append('\n').ToString();
        }

        private static string OneLine(string text)
        {
            return string.Join(" ", (text ?? string.Empty)
                .Split(new[] { ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries));
        }
    }
}
