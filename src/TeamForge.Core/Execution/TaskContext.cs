using System;
using System.Collections.Generic;
using TeamForge.Library;
using TeamForge.Planning;

namespace TeamForge.Execution
{
    /// <summary>Everything a provider is given for one task.</summary>
    public sealed class TaskContext
    {
        public string RunId { get; set; }

        /// <summary>The run's own folder for files a provider writes; null when none.</summary>
        public string RunFolder { get; set; }

        public string Request { get; set; }

        public TeamDefinition Team { get; set; }

        public PlannedTask Task { get; set; }

        public string TaskName => Task?.Name;

        /// <summary>The member slot doing the task.</summary>
        public TeamMember Member { get; set; }

        /// <summary>The member's agent, null when the library has no such agent.</summary>
        public AgentDefinition Agent { get; set; }

        /// <summary>The outputs of the tasks this one waits on, in dependency order.</summary>
        public IReadOnlyList<TaskInput> Inputs { get; set; } = new TaskInput[0];

        public TeamLibrary Library { get; set; }

        /// <summary>The task as one text: request, task, and each input in a named block.</summary>
        public string Prompt { get; set; }

        /// <summary>The model and tokens the provider reports for the task, if any.</summary>
        public TaskUsage Usage { get; } = new TaskUsage();

        /// <summary>
        /// What the provider warns of, such as an answer kept in a form other than asked;
        /// the task's result carries them and Start-TeamRun writes each as a warning.
        /// </summary>
        public IList<string> Warnings { get; } = new List<string>();

        /// <summary>
        /// Where the provider reports how the task goes while it runs (tokens received, a
        /// wait for a request limit); the scheduler sets it and passes reports on to the
        /// run's observers. Null when nobody listens: use <see cref="ReportProgress"/>.
        /// </summary>
        public IProgress<TaskProgress> Progress { get; set; }

        /// <summary>Reports progress when somebody listens, and does nothing otherwise.</summary>
        public void ReportProgress(TaskProgress progress)
        {
            Progress?.Report(progress);
        }
    }

    /// <summary>The output of an upstream task, handed on as material to work on.</summary>
    public sealed class TaskInput
    {
        public string TaskName { get; set; }

        public string Member { get; set; }

        public string Role { get; set; }

        public string Output { get; set; }
    }
}
