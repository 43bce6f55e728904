using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace TeamForge.Execution
{
    /// <summary>
    /// Does each task by running one external process: an agent CLI, a script, any program.
    /// The task's prompt goes to the process's standard input as UTF-8 and what it writes
    /// to standard output is the task's output. The process is started directly, never
    /// through a shell, and sees only the environment the user lets through.
    /// </summary>
    /// <remarks>
    /// Limitation: the whole of standard output is held in memory until the process ends;
    /// a task's output is not streamed.
    /// </remarks>
    public sealed class CommandProvider : ITaskProvider
    {
        private readonly IReadOnlyList<ArgumentTemplate> templates;

        private readonly ChildEnvironment environment;

        private readonly HashSet<int> transientExitCodes;

        /// <summary>
        /// Checks the options now, so that a mistake stops the caller before any run: an
        /// unknown placeholder or a bad variable name is an ArgumentException, a working
        /// folder that does not exist a DirectoryNotFoundException.
        /// </summary>
        public CommandProvider(CommandProviderOptions options)
        {
            if (options == null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            Command = CheckCommand(options.Command);
            Arguments = (options.Arguments ?? new string[0])
                .Select(argument => argument ?? string.Empty)
                .ToList();
            templates = Arguments.Select(ParseArgument).ToList();
            WorkingDirectory = CheckWorkingDirectory(options.WorkingDirectory);
            var set = options.Environment ?? new Dictionary<string, string>();
            environment = new ChildEnvironment(options.InheritEnvironment, set);
            EnvironmentNames = set.Keys.ToList();
            InheritEnvironment = (options.InheritEnvironment ?? new string[0]).ToList();
            transientExitCodes = new HashSet<int>(options.TransientExitCodes ?? new int[0]);
        }

        /// <summary>
        /// The variables every process gets from this one when they are set here: enough to
        /// find and run programs, a home, a temp folder and the locale.
        /// </summary>
        public static IReadOnlyList<string> DefaultEnvironment => ChildEnvironment.DefaultNames;

        /// <summary>
        /// Raised for each line a process writes to standard error, as it comes, on a worker
        /// thread: the task's context and the line. A listener that throws fails the task.
        /// </summary>
        public event Action<TaskContext, string> StandardErrorLine;

        public string Name => $"Command '{Command}'";

        public string Command { get; }

        /// <summary>The arguments as given, placeholders not yet filled in.</summary>
        public IReadOnlyList<string> Arguments { get; }

        /// <summary>Where each process starts; null for this process's current one.</summary>
        public string WorkingDirectory { get; }

        /// <summary>The names of the variables set for the process, not their values.</summary>
        public IReadOnlyList<string> EnvironmentNames { get; }

        public IReadOnlyList<string> InheritEnvironment { get; }

        public IReadOnlyCollection<int> TransientExitCodes => transientExitCodes;

        /// <summary>
        /// Runs the command for one task. A non-zero exit code throws
        /// CommandFailedException, or TransientException when the code is marked transient;
        /// cancelling kills the process tree and throws OperationCanceledException.
        /// </summary>
        public async Task<string> RunAsync(
            TaskContext context, CancellationToken cancellationToken)
        {
            if (context == null)
            {
                throw new ArgumentNullException(nameof(context));
            }

            var arguments = templates.Select(template => template.Expand(
                placeholder => ValueOf(placeholder, context)));
            var startInfo = CommandProcess.NewStartInfo(Command, CommandLine.Join(arguments));
            startInfo.WorkingDirectory = WorkingDirectory ?? string.Empty;
            environment.Apply(startInfo.Environment);

            var process = new CommandProcess(startInfo, Command, line => Report(context, line));
            var outcome = await process.RunAsync(context.Prompt, cancellationToken)
                .ConfigureAwait(false);
            if (outcome.ExitCode == 0)
            {
                return outcome.Output;
            }

            var failure = new CommandFailedException(
                Describe(outcome), Command, outcome.ExitCode, outcome.Errors.ToString());
            if (transientExitCodes.Contains(outcome.ExitCode))
            {
                throw new TransientException(failure.Message, failure);
            }

            throw failure;
        }

        public override string ToString() => Name;

        private void Report(TaskContext context, string line)
        {
            StandardErrorLine?.Invoke(context, line);
        }

        private string Describe(CommandOutcome outcome)
        {
            var exited = $"Command '{Command}' exited with code {outcome.ExitCode}";
            if (outcome.Errors.IsEmpty)
            {
                return exited + " and wrote nothing to standard error.";
            }

            var which = outcome.Errors.IsCut
                ? "the end of its standard error"
                : "its standard error";
            return $"{exited}; {which}:\n{outcome.Errors}";
        }

        /// <summary>
        /// What a placeholder stands for in this task. A task without the value fails rather
        /// than hand the command an empty argument it would misread.
        /// </summary>
        private string ValueOf(string placeholder, TaskContext context)
        {
            var value = Lookup(placeholder, context, out var lack);
            if (string.IsNullOrEmpty(value))
            {
                throw new CommandFailedException($"Did not start '{Command}': its arguments " +
                    $"use {{{placeholder}}}, and {lack}.", Command, null, null);
            }

            if (value.IndexOf('\0') >= 0)
            {
                throw new CommandFailedException($"Did not start '{Command}': the value of " +
                    $"{{{placeholder}}} holds a NUL character.", Command, null, null);
            }

            return value;
        }

        private static string Lookup(string placeholder, TaskContext context, out string lack)
        {
            var agent = context.Task?.AgentId ?? context.Member?.Agent;
            switch (placeholder)
            {
                case "model":
                    lack = context.Agent == null
                        ? $"the library has no agent '{agent}'"
                        : $"agent '{agent}' names no model";
                    return context.Agent?.Model;
                case "agent":
                    lack = "the task has no agent";
                    return agent;
                case "task":
                    lack = "the task has no name";
                    return context.TaskName;
                case "member":
                    lack = "the task's member has no role";
                    return context.Task?.Role ?? context.Member?.Role;
                default:
                    lack = "this run has no run folder";
                    return context.RunFolder;
            }
        }

        private static string CheckCommand(string command)
        {
            if (string.IsNullOrWhiteSpace(command) || command.IndexOf('\0') >= 0)
            {
                throw new ArgumentException(
                    "Name the command to run: an executable's path or its name on PATH.");
            }

            return command;
        }

        private static ArgumentTemplate ParseArgument(string argument, int index)
        {
            if (argument.IndexOf('\0') >= 0)
            {
                throw new ArgumentException(
                    $"Argument {index + 1} holds a NUL character, which no argument can carry.");
            }

            return ArgumentTemplate.Parse(argument, index + 1);
        }

        private static string CheckWorkingDirectory(string folder)
        {
            if (string.IsNullOrEmpty(folder))
            {
                return null;
            }

            var path = Path.GetFullPath(folder);
            if (!Directory.Exists(path))
            {
                throw new DirectoryNotFoundException(
                    $"The working folder '{path}' does not exist.");
            }

            return path;
        }
    }
}
