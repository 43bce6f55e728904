using System.Collections.Generic;

namespace TeamForge.Execution
{
    /// <summary>What a <see cref="CommandProvider"/> runs for each task, and how.</summary>
    public sealed class CommandProviderOptions
    {
        /// <summary>
        /// The executable: a path, or a name looked up on PATH. It is started directly,
        /// never through a shell.
        /// </summary>
        public string Command { get; set; }

        /// <summary>
        /// The arguments, each passed as one argument. {model}, {agent}, {task}, {member}
        /// and {run} are replaced per task; {{ and }} are literal braces.
        /// </summary>
        public IList<string> Arguments { get; set; } = new List<string>();

        /// <summary>Where the process starts; null for this process's current folder.</summary>
        public string WorkingDirectory { get; set; }

        /// <summary>
        /// Variables set for the process, over the default and inherited ones; a null value
        /// leaves the variable out.
        /// </summary>
        public IDictionary<string, string> Environment { get; set; } =
            new Dictionary<string, string>();

        /// <summary>Names copied from this process's environment beside the default set.</summary>
        public IList<string> InheritEnvironment { get; set; } = new List<string>();

        /// <summary>
        /// Exit codes that mean "try again later": the task throws a
        /// <see cref="TeamForge.TransientException"/> instead of failing for good.
        /// </summary>
        public IList<int> TransientExitCodes { get; set; } = new List<int>();
    }
}
