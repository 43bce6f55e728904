using System;
using System.Collections.Generic;

namespace TeamForge.Execution
{
    /// <summary>What a <see cref="CommandProvider"/> runs for each task, and how.</summary>
    public sealed class CommandProviderOptions
    {
        /// <summary>
        /// What kind of program this is, for the provider's name: "Claude Code" makes
        /// "Claude Code 'claude'". Default: "Command".
        /// </summary>
        public string Name { get; set; } = "Command";

        /// <summary>
        /// The executable: a path, or a name looked up on PATH. It is started directly,
        /// never through a shell.
        /// </summary>
        public string Command { get; set; }

        /// <summary>
        /// The arguments, each passed as one argument. {model}, {agent}, {task}, {member},
        /// {run}, {system}, {systemfile} and {tools} are replaced per task; {{ and }} are
        /// literal braces. {name?} is optional: an argument whose optional placeholder has
        /// no value for a task is left out.
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

        /// <summary>
        /// The model {model} stands for when the map does not name the agent's tier. With
        /// neither this nor a map, {model} is the agent's tier as its file names it.
        /// </summary>
        public string Model { get; set; }

        /// <summary>
        /// An agent's model tier (sonnet, opus, haiku, ...) to the model name {model} stands
        /// for; tiers are matched without regard to case.
        /// </summary>
        public IDictionary<string, string> ModelMap { get; set; } =
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// Puts the agent's instructions and core skills on standard input, ahead of the
        /// task's prompt, for a program that takes no system prompt of its own.
        /// </summary>
        public bool InstructionsOnInput { get; set; }
    }
}
