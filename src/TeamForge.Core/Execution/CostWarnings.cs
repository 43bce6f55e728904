using System;
using System.Collections.Generic;

namespace TeamForge.Execution
{
    /// <summary>
    /// What a run says once about its costs, as it hears its results in the order they were
    /// recorded: each model whose tasks have no cost, and the moment it reached its limit.
    /// </summary>
    public sealed class CostWarnings
    {
        private readonly decimal? maxCost;
        private readonly HashSet<string> unpriced =
            new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private decimal spent;
        private bool limitSaid;

        /// <param name="maxCost">The run's limit in dollars; null for none.</param>
        public CostWarnings(decimal? maxCost)
        {
            this.maxCost = maxCost;
        }

        /// <summary>The warning this result calls for, or null when there is nothing new.</summary>
        public string Check(TaskResult result)
        {
            if (result == null)
            {
                return null;
            }

            if (result.Reason == TaskReasons.CostLimit && maxCost.HasValue)
            {
                return LimitReached(result);
            }

            spent += result.Cost ?? 0;
            return result.Cost == null ? Unpriced(result) : null;
        }

        private string LimitReached(TaskResult result)
        {
            if (limitSaid)
            {
                return null;
            }

            limitSaid = true;
            return $"The run's spend of {CostText.Of(spent)} reached its limit of " +
                $"{CostText.Of(maxCost.Value)} (-MaxCost) before task '{result.TaskName}': " +
                "it starts no more tasks, and those running finish. Resume the run with a " +
                "higher -MaxCost to go on.";
        }

        private string Unpriced(TaskResult result)
        {
            var counted = result.InputTokens.HasValue && result.OutputTokens.HasValue;
            if (result.Model == null)
            {
                return counted && unpriced.Add("")
                    ? $"Task '{result.TaskName}' counted tokens but its provider named no " +
                        "model, so their cost is not known."
                    : null;
            }

            if (!unpriced.Add(result.Model))
            {
                return null;
            }

            return counted
                ? $"Model '{result.Model}' has no price in the price table, so its tasks " +
                    "have no Cost and do not count toward -MaxCost; give it a price with " +
                    "New-TeamProvider -PriceTable."
                : $"Model '{result.Model}' did not count the tokens of task " +
                    $"'{result.TaskName}', so the cost of its tasks is not known.";
        }
    }
}
