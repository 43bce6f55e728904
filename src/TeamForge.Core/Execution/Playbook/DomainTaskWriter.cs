using System;
using System.Collections.Generic;
using System.Linq;
using TeamForge.Integration;

namespace TeamForge.Execution
{
    /// <summary>
    /// Writes a domain task's output: Scope, Approach (a "###" per concern, a "####" per
    /// skill), Open decisions, Acceptance checks, Pitfalls and Uncovered.
    /// </summary>
    internal static class DomainTaskWriter
    {
        // Enough of a skill to act on without pasting it whole.
        private const int MaxSteps = 6;
        private const int MaxChecksPerSkill = 4;
        private const int MaxPitfallsPerSkill = 3;
        private const int PurposeLimit = 320;
        private const int ExpectedLimit = 200;
        private const int ItemLimit = 220;

        public static string Write(TaskContext context, DomainPlan plan)
        {
            var inputs = (context.Inputs ?? new TaskInput[0])
                .Select(input =>
                    DomainOutputReader.Read(
                        input.TaskName,
                        input.Member,
                        input.Role,
                        0,
                        input.Output
                    )
                )
                .ToList();
            var markdown = new MarkdownBuilder();
            WriteScope(markdown, context, plan, inputs);
            WriteApproach(markdown, plan);
            WriteDecisions(markdown, plan, inputs);
            WriteChecks(markdown, plan);
            WritePitfalls(markdown, plan);
            WriteUncovered(markdown, plan);
            return markdown.ToString();
        }

        private static void WriteScope(
            MarkdownBuilder markdown,
            TaskContext context,
            DomainPlan plan,
            List<DomainOutput> inputs
        )
        {
            ScopeBullets.WriteRequestAndTask(markdown, context);
            markdown.Bullet("Member: " + MemberText(context));
            markdown.Bullet("Skills: " + SkillsText(plan));
            foreach (var input in inputs)
            {
                var who = Who(input.Member, input.Role);
                markdown.Bullet($"Builds on: `{input.TaskName}` by {who}: {InputText(input)}");
            }

            markdown.Paragraph("Concerns:");
            var number = 1;
            foreach (var coverage in plan.Coverage)
            {
                markdown.Numbered(number++, coverage.Concern.Text);
            }
        }

        private static void WriteApproach(MarkdownBuilder markdown, DomainPlan plan)
        {
            markdown.Heading(2, DesignHeadings.Approach);
            var described = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var coverage in plan.Coverage)
            {
                markdown.Heading(3, coverage.Concern.Text);
                if (!coverage.IsCovered)
                {
                    markdown.Paragraph(
                        "No skill of the member or of the library fits this clearly; "
                            + "see Uncovered."
                    );
                    continue;
                }

                if (coverage.Unnamed.Count > 0)
                {
                    markdown.Paragraph(
                        "Not named by the chosen skills: "
                            + string.Join(", ", coverage.Unnamed)
                            + "."
                    );
                }

                foreach (var match in coverage.Matches)
                {
                    WriteSkill(markdown, coverage.Concern, match, described);
                }
            }
        }

        private static void WriteSkill(
            MarkdownBuilder markdown,
            Concern concern,
            SkillMatch match,
            Dictionary<string, string> described
        )
        {
            var skill = match.Skill;
            var whose = match.IsOwn ? "own skill" : DomainOutputReader.DrawnMark;
            markdown.Heading(4, $"`{skill.Name}` ({whose})");
            // Plain words such as "go" can match too; they are not what a skill fits on.
            var named = match.MatchedTerms.Where(term => !GenericTerms.Contains(term)).ToList();
            var words = (named.Count > 0 ? named : match.MatchedTerms.ToList())
                .Select(concern.WordFor)
                .Distinct(StringComparer.Ordinal);
            markdown.Paragraph(
                $"Fits on: {string.Join(", ", words)} "
                    + $"{DomainOutputReader.RelevanceMark}{Format(match.Relevance)})."
            );
            if (described.TryGetValue(skill.Name, out var earlier))
            {
                markdown.Paragraph(
                    $"Its purpose and steps are given above, under \"{earlier}\"."
                );
                return;
            }

            described.Add(skill.Name, concern.Text);
            if (!string.IsNullOrWhiteSpace(skill.Description))
            {
                markdown.Paragraph(
                    DomainOutputReader.PurposeMark
                        + MarkdownText.Sentences(skill.Description, PurposeLimit)
                );
            }

            var steps = (skill.Steps ?? new SkillStep[0]).Where(step => step != null).ToList();
            var number = 1;
            foreach (var step in steps.Take(MaxSteps))
            {
                var expected = string.IsNullOrWhiteSpace(step.Expected)
                    ? ""
                    : " Expected: " + MarkdownText.Sentences(step.Expected, ExpectedLimit);
                markdown.Numbered(
                    number++,
                    $"**{MarkdownText.Collapse(step.Title).TrimEnd('.')}.**{expected}"
                );
            }

            if (steps.Count > MaxSteps)
            {
                markdown.Paragraph($"({steps.Count - MaxSteps} more step(s) in the skill.)");
            }
        }

        private static void WriteDecisions(
            MarkdownBuilder markdown,
            DomainPlan plan,
            List<DomainOutput> inputs
        )
        {
            markdown.Heading(2, DesignHeadings.OpenDecisions);
            var decisions = plan
                .Coverage.Select(coverage => coverage.Concern.Decision)
                .Where(decision => decision != null)
                .ToList();
            foreach (var input in inputs)
            {
                decisions.AddRange(
                    input.Decisions.Select(decision =>
                        decision.RaisedByTask(decision.RaisedBy ?? input.Label)
                    )
                );
            }

            if (decisions.Count == 0)
            {
                markdown.Paragraph("None.");
                return;
            }

            foreach (var decision in decisions)
            {
                markdown.Bullet(OpenDecisionFormat.Render(decision));
            }
        }

        private static void WriteChecks(MarkdownBuilder markdown, DomainPlan plan)
        {
            markdown.Heading(2, DesignHeadings.AcceptanceChecks);
            var checks = FromSkills(plan, skill => skill.Validation, MaxChecksPerSkill)
                .Select(item => (Text: StripCheckbox(item.Text), item.Skill))
                .ToList();
            WriteTagged(markdown, checks, "- [ ] ");
        }

        private static void WritePitfalls(MarkdownBuilder markdown, DomainPlan plan)
        {
            markdown.Heading(2, DesignHeadings.Pitfalls);
            WriteTagged(
                markdown,
                FromSkills(plan, skill => skill.Pitfalls, MaxPitfallsPerSkill).ToList(),
                "- "
            );
        }

        private static void WriteUncovered(MarkdownBuilder markdown, DomainPlan plan)
        {
            markdown.Heading(2, DesignHeadings.Uncovered);
            var uncovered = plan.Coverage.Where(coverage => !coverage.IsCovered).ToList();
            if (uncovered.Count == 0)
            {
                markdown.Paragraph("None.");
                return;
            }

            foreach (var coverage in uncovered)
            {
                markdown.Bullet(
                    $"**{coverage.Concern.Text}**: no skill fits clearly ({coverage.Reason})."
                );
            }
        }

        // Items of the chosen skills, each skill once, repeated wording once.
        private static IEnumerable<(string Text, string Skill)> FromSkills(
            DomainPlan plan,
            Func<SkillDefinition, string[]> items,
            int perSkill
        )
        {
            var skills = plan
                .Coverage.SelectMany(coverage => coverage.Matches)
                .Select(match => match.Skill)
                .GroupBy(skill => skill.Name, StringComparer.OrdinalIgnoreCase)
                .Select(group => group.First());
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var skill in skills)
            {
                var taken = 0;
                foreach (var item in items(skill) ?? new string[0])
                {
                    var text = MarkdownText.Sentences(item, ItemLimit);
                    if (taken < perSkill && text.Length > 0 && seen.Add(StripCheckbox(text)))
                    {
                        taken++;
                        yield return (text, skill.Name);
                    }
                }
            }
        }

        private static void WriteTagged(
            MarkdownBuilder markdown,
            List<(string Text, string Skill)> items,
            string prefix
        )
        {
            if (items.Count == 0)
            {
                markdown.Paragraph("None from the chosen skills.");
                return;
            }

            var lines = items.Select(item => $"{prefix}{item.Text} (`{item.Skill}`)");
            markdown.Raw(string.Join("\n", lines));
        }

        private static string StripCheckbox(string text)
        {
            var trimmed = text.TrimStart();
            foreach (var box in new[] { "[ ]", "[x]", "[X]" })
            {
                if (trimmed.StartsWith(box, StringComparison.Ordinal))
                {
                    return trimmed.Substring(box.Length).TrimStart();
                }
            }

            return trimmed;
        }

        private static string MemberText(TaskContext context)
        {
            return Who(ConcernExtractor.AgentId(context), ConcernExtractor.Role(context));
        }

        private static string Who(string agent, string role)
        {
            var name = agent == null ? "an unnamed member" : $"`{agent}`";
            return string.IsNullOrWhiteSpace(role) ? name : $"{name} ({role})";
        }

        private static string SkillsText(DomainPlan plan)
        {
            var parts = new List<string>();
            if (plan.SkillsNote != null)
            {
                parts.Add(plan.SkillsNote);
            }
            else
            {
                parts.Add(
                    $"the member's own {plan.OwnSkills.Count} first, then the library's when "
                        + "they fit clearly better."
                );
            }

            if (plan.UnknownOwnSkills.Count > 0)
            {
                parts.Add(
                    "Named by the agent but not in the library: "
                        + string.Join(", ", plan.UnknownOwnSkills.Select(id => $"`{id}`"))
                        + "."
                );
            }

            return string.Join(" ", parts);
        }

        private static string InputText(DomainOutput input)
        {
            if (!input.IsStructured)
            {
                return string.IsNullOrEmpty(input.Summary)
                    ? "its output is empty."
                    : input.Summary;
            }

            return $"{input.Concerns.Count} concern(s), {input.Decisions.Count} open decision(s), "
                + $"{input.Uncovered.Count} uncovered.";
        }

        private static string Format(double value)
        {
            return SkillSelector.Shown(value);
        }
    }
}
