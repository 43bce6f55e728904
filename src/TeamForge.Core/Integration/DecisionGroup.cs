using System;
using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Integration
{
    /// <summary>Decisions of several tasks that are about the same choice.</summary>
    internal sealed class DecisionGroup
    {
        public DecisionGroup(OpenDecision first)
        {
            Decisions.Add(first);
        }

        public List<OpenDecision> Decisions { get; } = new List<OpenDecision>();

        public string Topic => Decisions[0].Topic;

        /// <summary>True when every task lists the same options.</summary>
        public bool Agree => Decisions.All(decision => decision.SameOptions(Decisions[0]));

        public IEnumerable<string> Raisers =>
            Decisions
                .Select(decision => decision.RaisedBy)
                .Where(raiser => raiser != null)
                .Distinct(StringComparer.Ordinal);

        /// <summary>The group as one decision, every raiser named.</summary>
        public OpenDecision Merged()
        {
            var raisers = Raisers.ToList();
            return new OpenDecision(
                Topic,
                Decisions[0].Options,
                raisers.Count == 0 ? null : string.Join("; ", raisers)
            );
        }
    }
}
