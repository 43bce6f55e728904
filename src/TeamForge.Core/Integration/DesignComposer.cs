using System;
using System.Collections.Generic;
using System.Linq;
using TeamForge.Execution;

using TeamForge.Rendering;

namespace TeamForge.Integration
{
    /// <summary>
    /// Merges one run's task results into a team design. When the integrating task
    /// succeeded, its "## Integration points", "## Open decisions" and "## Roadmap" are read
    /// back; whatever it lacks, or all of it when it did not run, is derived from the
    /// domain outputs, and <see cref="TeamDesign.Missing"/> says so. Output of any provider
    /// works: text without the playbook's headings simply becomes its section. Results are
    /// taken in plan order (<see cref="TaskResult.PlanIndex"/>) whatever order they come in,
    /// so the same run always gives the same document.
    /// </summary>
    public static class DesignComposer
    {
        public static TeamDesign Compose(IEnumerable<TaskResult> results)
        {
            if (results == null)
            {
                throw new ArgumentNullException(nameof(results));
            }

            var ordered = Order(results.Where(result => result != null).ToList());
            var integration = ordered.LastOrDefault(result => result.IsIntegration);
            var domains = ordered.Where(result => !result.IsIntegration).ToList();
            var outputs = domains
                .Where(result =>
                    result.Status == TaskResultStatus.Succeeded
                    && !string.IsNullOrWhiteSpace(result.Output)
                )
                .Select(result =>
                    DomainOutputReader.Read(
                        result.TaskName,
                        result.Member,
                        result.Role,
                        result.Wave,
                        result.Output
                    )
                )
                .ToList();
            var missing = MissingTasks(ordered);

            var design = new TeamDesign
            {
                Team = ordered
                    .Select(result => result.Team)
                    .FirstOrDefault(team => !string.IsNullOrEmpty(team)),
                Request = ordered
                    .Select(result => result.Request)
                    .FirstOrDefault(r => !string.IsNullOrEmpty(r)),
                RunId = ordered[0].RunId,
                Sections = ordered.Select(Section).ToArray(),
                Timeline = RunTimelineText.Entries(ordered),
            };
            AddUsage(design, ordered);

            var integrated =
                integration?.Status == TaskResultStatus.Succeeded ? integration : null;
            design.Integration = integrated?.Output;
            var outline = integrated == null ? null : MarkdownOutline.Parse(integrated.Output);
            missing.AddRange(IntegrationGaps(integration, outline));

            design.IntegrationPoints = Read(outline, DesignHeadings.IntegrationPoints)
                ?? IntegrationPointFinder
                    .Find(outputs, distinctive: null, team: null, library: null)
                    .Select(point => point.Render())
                    .ToArray();
            design.OpenDecisions = Read(outline, DesignHeadings.OpenDecisions)
                ?? Decisions(outputs);
            design.Roadmap = ReadRoadmap(outline) ?? RoadmapByWave(outputs);
            design.Missing = missing.ToArray();
            design.Markdown = DesignMarkdownRenderer.Render(design);
            return design;
        }

        private static void AddUsage(TeamDesign design, List<TaskResult> results)
        {
            var usage = UsageTotals.Of(results);
            design.InputTokens = usage.InputTokens;
            design.OutputTokens = usage.OutputTokens;
            design.CachedTokens = usage.CachedTokens;
            design.Cost = usage.Cost;
            design.UnpricedTasks = usage.UnpricedTasks;
        }

        private static List<TaskResult> Order(List<TaskResult> results)
        {
            if (results.Count == 0)
            {
                throw new ArgumentException(
                    "There are no task results to compose.",
                    nameof(results)
                );
            }

            var runs = results
                .Select(result => result.RunId)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (runs.Count > 1)
            {
                throw new ArgumentException(
                    $"The results come from {runs.Count} runs ({string.Join(", ", runs)}); "
                        + "compose one run at a time.",
                    nameof(results)
                );
            }

            // Domain tasks first in plan order, the integrating task last. Results arrive in
            // completion order, which differs between identical runs, so it never counts;
            // wave and name settle results that carry no plan index.
            return results
                .OrderBy(result => result.IsIntegration)
                .ThenBy(result => result.PlanIndex)
                .ThenBy(result => result.Wave)
                .ThenBy(result => result.TaskName, StringComparer.Ordinal)
                .ThenBy(result => result.Member, StringComparer.Ordinal)
                .ToList();
        }

        private static DesignSection Section(TaskResult result)
        {
            return new DesignSection
            {
                Title =
                    result.Member == null
                        ? result.TaskName
                        : $"{result.TaskName} ({result.Member})",
                TaskName = result.TaskName,
                Member = result.Member,
                Role = result.Role,
                Status = result.Status,
                IsIntegration = result.IsIntegration,
                EditedByHand = result.OutputEdited,
                Text =
                    result.Status == TaskResultStatus.Succeeded
                    || !string.IsNullOrWhiteSpace(result.Output)
                        ? result.Output ?? ""
                        : $"This task {Ended(result)}.",
            };
        }

        private static List<string> MissingTasks(List<TaskResult> results)
        {
            var missing = new List<string>();
            foreach (var result in results.Where(result => !result.IsIntegration))
            {
                if (result.Status != TaskResultStatus.Succeeded)
                {
                    missing.Add($"{Name(result)} is missing: it {Ended(result)}.");
                }
                else if (string.IsNullOrWhiteSpace(result.Output))
                {
                    missing.Add($"{Name(result)} succeeded but wrote nothing.");
                }
            }

            return missing;
        }

        private static IEnumerable<string> IntegrationGaps(
            TaskResult integration,
            MarkdownOutline outline
        )
        {
            const string derived =
                "integration points, open decisions and the roadmap are derived from "
                + "the domain outputs.";
            if (integration == null)
            {
                yield return "No integrating task ran in this run: " + derived;
                yield break;
            }

            if (outline == null)
            {
                yield return $"The integrating task {Name(integration)} {Ended(integration)}, so "
                    + derived;
                yield break;
            }

            foreach (
                var heading in new[]
                {
                    DesignHeadings.IntegrationPoints,
                    DesignHeadings.OpenDecisions,
                    DesignHeadings.Roadmap,
                }
            )
            {
                if (outline.Find(heading) == null)
                {
                    yield return $"The integrating output has no \"{heading}\" section; it is "
                        + "derived from the domain outputs.";
                }
            }
        }

        private static string Name(TaskResult result)
        {
            return $"`{result.TaskName}` ({result.Member ?? "no member"})";
        }

        private static string Ended(TaskResult result)
        {
            var reason = string.IsNullOrWhiteSpace(result.Error)
                ? "no reason was given"
                : result.Error.Trim();
            switch (result.Status)
            {
                case TaskResultStatus.Failed:
                    return SayOnce("failed", "failed", reason);
                case TaskResultStatus.Skipped:
                    return SayOnce("was skipped", "skipped", reason);
                case TaskResultStatus.Cancelled:
                    return SayOnce("was cancelled", "cancelled", reason);
                default:
                    return "succeeded";
            }
        }

        // The run words its reasons "skipped because 'x' failed" or "cancelled while it ran":
        // they already say what happened, so the status is not said twice.
        private static string SayOnce(string status, string word, string reason)
        {
            if (reason.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase))
            {
                return status + reason.Substring(word.Length);
            }

            return string.Equals(reason, word, StringComparison.OrdinalIgnoreCase)
                ? status
                : status + ": " + reason;
        }

        private static string[] Read(MarkdownOutline outline, string heading)
        {
            var section = outline?.Find(heading);
            return section?.ItemSources(outline).ToArray();
        }

        // "### Phase" subsections become phases; without them, a top-level item with its own
        // list is a phase, and plain items form one phase.
        private static RoadmapPhase[] ReadRoadmap(MarkdownOutline outline)
        {
            var section = outline?.Find(DesignHeadings.Roadmap);
            if (section == null)
            {
                return null;
            }

            var children = outline.Children(section);
            if (children.Count > 0)
            {
                return children
                    .Select(child => new RoadmapPhase
                    {
                        Name = child.Title,
                        Items = child.ItemSources(outline).ToArray(),
                    })
                    .ToArray();
            }

            return RoadmapItems.FromList(section.OwnBody(outline));
        }

        private static string[] Decisions(List<DomainOutput> outputs)
        {
            var groups = DecisionGrouper.Group(
                outputs.SelectMany(output =>
                    output.Decisions.Select(decision =>
                        decision.RaisedByTask(decision.RaisedBy ?? output.Label)
                    )
                )
            );
            return groups
                .SelectMany(group =>
                    group.Agree ? new[] { group.Merged() } : group.Decisions.ToArray()
                )
                .Select(OpenDecisionFormat.Render)
                .ToArray();
        }

        private static RoadmapPhase[] RoadmapByWave(List<DomainOutput> outputs)
        {
            var items = outputs.Select(output =>
                new RoadmapItem(
                    output.Wave,
                    null,
                    output.TaskName,
                    string.IsNullOrEmpty(output.Summary)
                        ? $"`{output.TaskName}` ({output.Member ?? "no member"})"
                        : $"`{output.TaskName}` ({output.Member ?? "no member"}): {output.Summary}"
                )
            );
            return RoadmapPlanner.ByWave(items).ToArray();
        }
    }
}
