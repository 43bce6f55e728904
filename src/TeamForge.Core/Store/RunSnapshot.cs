using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TeamForge.Planning;

namespace TeamForge.Store
{
    /// <summary>
    /// What run.json holds: what was run, against which team file, how, and the plan. It is
    /// written once, when the run starts.
    /// </summary>
    public sealed class RunSnapshot
    {
        /// <summary>The store's layout version; a reader refuses a newer one.</summary>
        public int FormatVersion { get; set; } = RunLayout.FormatVersion;

        public string RunId { get; set; }

        public string Team { get; set; }

        public string TeamPath { get; set; }

        /// <summary>The SHA-256 of the team file's bytes, lowercase hex.</summary>
        public string TeamHash { get; set; }

        public string Request { get; set; }

        /// <summary>The caller's description of the provider; never a secret.</summary>
        public string Provider { get; set; }

        /// <summary>
        /// How the run was asked to go, as the caller puts it: throttle limit, attempts,
        /// timeouts, bindings, member counts, the tasks to stop before.
        /// </summary>
        public IDictionary<string, string> Options { get; set; } =
            new SortedDictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Set to now by <see cref="RunStore.Create"/> when left unset.</summary>
        public DateTimeOffset StartTime { get; set; }

        /// <summary>The plan's tasks in plan order.</summary>
        public PlanEntry[] Plan { get; set; } = new PlanEntry[0];

        /// <summary>
        /// A snapshot of a plan: its team, the team file's path and hash (when the file is
        /// there) and its tasks. The caller adds the run id, request, provider and options.
        /// </summary>
        public static RunSnapshot For(TaskPlan plan)
        {
            if (plan == null)
            {
                throw new ArgumentNullException(nameof(plan));
            }

            var path = plan.Team?.Path;
            return new RunSnapshot
            {
                Team = plan.Team?.Name,
                TeamPath = path,
                TeamHash = path != null && File.Exists(path) ? RunStore.HashFile(path) : null,
                Plan = plan.Tasks.Select(PlanEntry.From).ToArray(),
            };
        }
    }
}
