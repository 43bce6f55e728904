using System;
using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Integration
{
    /// <summary>
    /// Orders the domains' concerns into phases: first by the wave of the task that raised
    /// them (work waits on the tasks it builds on), then by stage within a wave
    /// (foundations, delivery, workloads and experience, hardening and debt).
    /// </summary>
    internal static class RoadmapPlanner
    {
        public static List<RoadmapPhase> Plan(IReadOnlyList<DomainOutput> outputs)
        {
            var items = new List<(int Wave, RoadmapStage? Stage, string Text)>();
            foreach (var output in outputs)
            {
                items.AddRange(Items(output));
            }

            if (items.Count == 0)
            {
                return new List<RoadmapPhase>();
            }

            if (items.All(item => item.Stage == null))
            {
                return ByWave(items);
            }

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
                    name += $" (wave {group.Key.Wave + 1})";
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

        /// <summary>
        /// One phase per wave, one item per task: when concerns say nothing of stages.
        /// </summary>
        public static List<RoadmapPhase> ByWave(
            IEnumerable<(int Wave, RoadmapStage? Stage, string Text)> items
        )
        {
            return items
                .GroupBy(item => item.Wave)
                .OrderBy(group => group.Key)
                .Select(
                    (group, i) =>
                        new RoadmapPhase
                        {
                            Name = $"Phase {i + 1}: wave {group.Key + 1}",
                            Items = group.Select(item => item.Text).ToArray(),
                        }
                )
                .ToList();
        }

        private static IEnumerable<(int Wave, RoadmapStage? Stage, string Text)> Items(
            DomainOutput output
        )
        {
            if (output.Concerns.Count == 0)
            {
                var text = string.IsNullOrEmpty(output.Summary)
                    ? $"`{output.TaskName}` ({output.Member})"
                    : $"`{output.TaskName}` ({output.Member}): {output.Summary}";
                yield return (output.Wave, StageClassifier.Classify(output.Summary), text);
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
                yield return (
                    output.Wave,
                    stages[i] ?? usual,
                    Item(output, output.Concerns[i])
                );
            }
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
