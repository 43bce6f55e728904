using System;
using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Integration
{
    /// <summary>
    /// Orders the domains' concerns into phases. Platform concerns go by platform stage
    /// (foundations, delivery, workloads and experience, hardening and debt) within the
    /// wave of the task that raised them; any other team's work follows the task graph's
    /// waves, each phase named after its tasks. An inventory or assessment of debt decides
    /// what the build must fix first, so it opens the roadmap and its remediation follows.
    /// </summary>
    internal static class RoadmapPlanner
    {
        /// <summary>
        /// The share of concerns the stage words must place for the stages to be used: a code
        /// review that mentions "secrets" and "API" is not a platform build.
        /// </summary>
        public const double PlatformShare = 0.6;

        /// <summary>Task names a phase title lists before it says "and N more".</summary>
        public const int NamedTasks = 3;

        // Verbs that open an assessment rather than the work it assesses.
        private static readonly HashSet<string> AssessingVerbs = new HashSet<string>(
            new[] { "inventory", "assess", "audit", "review", "evaluate", "survey", "map" },
            StringComparer.OrdinalIgnoreCase
        );

        public static List<RoadmapPhase> Plan(IReadOnlyList<DomainOutput> outputs)
        {
            var items = outputs.SelectMany(Items).ToList();
            if (items.Count == 0)
            {
                return new List<RoadmapPhase>();
            }

            return IsPlatformWork(outputs) ? ByStage(items) : ByWave(items);
        }

        /// <summary>
        /// One phase per wave of the task graph, named after its tasks: for work the platform
        /// stages do not describe.
        /// </summary>
        public static List<RoadmapPhase> ByWave(IEnumerable<RoadmapItem> items)
        {
            return items
                .GroupBy(item => item.Wave)
                .OrderBy(group => group.Key)
                .Select(
                    (group, i) =>
                        new RoadmapPhase
                        {
                            Name = $"Phase {i + 1}: {Tasks(group)}",
                            Items = group.Select(item => item.Text).ToArray(),
                        }
                )
                .ToList();
        }

        private static List<RoadmapPhase> ByStage(List<RoadmapItem> items)
        {
            var waves = items.Select(item => item.Wave).Distinct().Count();
            var phases = new List<RoadmapPhase>();
            var groups = items
                .GroupBy(item => (item.Wave, Stage: item.Stage ?? RoadmapStage.Other))
                .OrderBy(group => group.Key.Wave)
                .ThenBy(group => (int)group.Key.Stage);
            foreach (var group in groups)
            {
                var name = $"Phase {phases.Count + 1}: {StageClassifier.Name(group.Key.Stage)}";
                if (waves > 1)
                {
                    name += $" (wave {group.Key.Wave})";
                }

                phases.Add(
                    new RoadmapPhase
                    {
                        Name = name,
                        Items = group.Select(item => item.Text).ToArray(),
                    }
                );
            }

            return phases;
        }

        // Most concerns, in their own words, name platform work.
        private static bool IsPlatformWork(IReadOnlyList<DomainOutput> outputs)
        {
            var texts = outputs
                .SelectMany(output => output.Concerns.Count > 0
                    ? output.Concerns.Select(concern => concern.Text)
                    : new[] { output.Summary ?? "" })
                .ToList();
            var classified = texts.Count(text => StageClassifier.Classify(text) != null);
            return texts.Count > 0 && classified >= PlatformShare * texts.Count;
        }

        private static string Tasks(IEnumerable<RoadmapItem> items)
        {
            var tasks = items
                .Select(item => item.Task)
                .Where(task => !string.IsNullOrEmpty(task))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (tasks.Count == 0)
            {
                return "work";
            }

            // "and 1 more" says less than the one name would.
            var shown = tasks.Count == NamedTasks + 1 ? tasks.Count : NamedTasks;
            var named = tasks.Take(shown).Select(task => $"`{task}`").ToList();
            if (tasks.Count > shown)
            {
                return string.Join(", ", named) + $" and {tasks.Count - shown} more";
            }

            return named.Count == 1
                ? named[0]
                : string.Join(", ", named.Take(named.Count - 1)) + " and " + named.Last();
        }

        // Each concern as an item in the stage its own words give, else in the domain's
        // usual stage.
        private static IEnumerable<RoadmapItem> Items(DomainOutput output)
        {
            if (output.Concerns.Count == 0)
            {
                var text = string.IsNullOrEmpty(output.Summary)
                    ? $"`{output.TaskName}` ({output.Member})"
                    : $"`{output.TaskName}` ({output.Member}): {output.Summary}";
                var own = StageClassifier.Classify(output.Summary);
                yield return new RoadmapItem(output.Wave, own, output.TaskName, text);
                yield break;
            }

            var stages = output
                .Concerns.Select(concern => StageClassifier.Classify(concern.Text))
                .ToList();
            var usual = stages
                .Where(stage => stage != null)
                .GroupBy(stage => stage.Value)
                .OrderByDescending(group => group.Count())
                .ThenBy(group => group.Key)
                .Select(group => (RoadmapStage?)group.Key)
                .FirstOrDefault();
            for (var i = 0; i < output.Concerns.Count; i++)
            {
                var concern = output.Concerns[i];
                var item = new RoadmapItem(
                    output.Wave,
                    stages[i] ?? usual,
                    output.TaskName,
                    Item(output, concern)
                );
                if (stages[i] == RoadmapStage.HardeningAndDebt && IsAssessment(concern.Text))
                {
                    // What the build must fix first is only known once the debt is assessed.
                    yield return item.In(RoadmapStage.Foundations);
                    yield return Remediation(output, concern);
                    continue;
                }

                yield return item;
            }
        }

        private static bool IsAssessment(string concern)
        {
            var first = (concern ?? "").TrimStart().Split(' ').FirstOrDefault() ?? "";
            return AssessingVerbs.Contains(first)
                || concern.IndexOf("decide", StringComparison.OrdinalIgnoreCase) >= 0;
        }

        private static RoadmapItem Remediation(DomainOutput output, DomainConcern concern)
        {
            var words = ConcernLabel.Of(concern.Text).Split(' ').ToList();
            if (words.Count > 1 && AssessingVerbs.Contains(words[0]))
            {
                words.RemoveAt(0);
            }

            // "Infrastructure-as-code debt" reads on in lower case; "IaC debt" keeps its case.
            var subject = string.Join(" ", words);
            if (subject.Length > 1 && char.IsLower(subject[1]))
            {
                subject = char.ToLowerInvariant(subject[0]) + subject.Substring(1);
            }
            var text = $"Pay down the {subject} as the first phase's assessment decided "
                + $"({output.Label})";
            return new RoadmapItem(
                output.Wave,
                RoadmapStage.HardeningAndDebt,
                output.TaskName,
                text
            );
        }

        private static string Item(DomainOutput output, DomainConcern concern)
        {
            var text = $"{concern.Text} ({output.Label})";
            var decision = AlternativeFinder.Find(concern.Text);
            if (decision != null)
            {
                text += $"; decide: {decision.OptionsText}";
            }

            if (output.Uncovered.Contains(concern.Text, StringComparer.OrdinalIgnoreCase))
            {
                text += "; no skill covers it yet";
            }

            return text;
        }
    }
}
