using System;
using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Integration
{
    /// <summary>
    /// A choice a task leaves open: a topic and the options it names ("Argo CD or Flux"),
    /// with who raised it when decisions of several tasks are gathered.
    /// </summary>
    internal sealed class OpenDecision
    {
        public OpenDecision(string topic, IReadOnlyList<string> options, string raisedBy = null)
        {
            Topic = topic;
            Options = options ?? new string[0];
            RaisedBy = raisedBy;
        }

        public string Topic { get; }

        public IReadOnlyList<string> Options { get; }

        /// <summary>
        /// "task (member)" of the task that raised it; null for a task's own list.
        /// </summary>
        public string RaisedBy { get; }

        /// <summary>The options as a person says them: "KServe, Seldon or custom".</summary>
        public string OptionsText
        {
            get
            {
                if (Options.Count <= 1)
                {
                    return Options.FirstOrDefault() ?? "";
                }

                return string.Join(", ", Options.Take(Options.Count - 1))
                    + " or "
                    + Options.Last();
            }
        }

        /// <summary>True when both name the same options, whatever the order and case.</summary>
        public bool SameOptions(OpenDecision other)
        {
            var mine = new HashSet<string>(Options, StringComparer.OrdinalIgnoreCase);
            return mine.SetEquals(other.Options);
        }

        /// <summary>True when the two share at least one option.</summary>
        public bool SharesOption(OpenDecision other)
        {
            return Options.Any(option =>
                other.Options.Contains(option, StringComparer.OrdinalIgnoreCase)
            );
        }

        public OpenDecision RaisedByTask(string raisedBy)
        {
            return new OpenDecision(Topic, Options, raisedBy);
        }

        public override string ToString() => $"{Topic}: {OptionsText}";
    }
}
