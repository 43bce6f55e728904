using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.Store;

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
    public sealed class CommandProvider : ITaskProvider, IInvocationDescriber
    {
        /// <summary>The folder of a run folder that {systemfile} files are written to.</summary>
        public const string SystemFolder = "system";

        /// <summary>What -WhatIf shows for the run folder, which a run makes only later.</summary>
        public const string RunFolderShown = "<run folder>";

        // Between the agent's instructions and the task's prompt when both go on input.
        private const string InstructionsEnd = "\n\n---\n\n";

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
            Kind = string.IsNullOrWhiteSpace(options.Name) ? "Command" : options.Name.Trim();
            Model = string.IsNullOrWhiteSpace(options.Model) ? null : options.Model.Trim();
            ModelMap = ModelMaps.Read(options.ModelMap);
            InstructionsOnInput = options.InstructionsOnInput;
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

        public string Name => $"{Kind} '{Command}'";

        /// <summary>What kind of program it is: Command, Claude Code, Codex, Gemini CLI.</summary>
        public string Kind { get; }

        public string Command { get; }

        /// <summary>The arguments as given, placeholders not yet filled in.</summary>
        public IReadOnlyList<string> Arguments { get; }

        /// <summary>Where each process starts; null for this process's current one.</summary>
        public string WorkingDirectory { get; }

        /// <summary>The names of the variables set for the process, not their values.</summary>
        public IReadOnlyList<string> EnvironmentNames { get; }

        public IReadOnlyList<string> InheritEnvironment { get; }

        public IReadOnlyCollection<int> TransientExitCodes => transientExitCodes;

        /// <summary>The model {model} stands for where the map does not name the tier.</summary>
        public string Model { get; }

        /// <summary>Agent model tiers to the model names {model} stands for.</summary>
        public IReadOnlyDictionary<string, string> ModelMap { get; }

        /// <summary>True when the agent's instructions go on input, ahead of the prompt.</summary>
        public bool InstructionsOnInput { get; }

        /// <summary>
        /// What {model} stands for with this agent: its tier's entry in the map, else the one
        /// model; with neither a map nor a model, the tier itself. Null when none applies.
        /// </summary>
        public string ModelFor(AgentDefinition agent)
        {
            var tier = agent?.Model?.Trim();
            var mapped = ModelMaps.Find(ModelMap, tier);
            if (mapped != null)
            {
                return mapped;
            }

            if (Model != null || ModelMap.Count > 0)
            {
                return Model;
            }

            return string.IsNullOrEmpty(tier) ? null : tier;
        }

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

            var invocation = Prepare(context, context.RunFolder);
            var startInfo = CommandProcess.NewStartInfo(
                Command, CommandLine.Join(invocation.Arguments));
            startInfo.WorkingDirectory = WorkingDirectory ?? string.Empty;
            environment.Apply(startInfo.Environment);

            var outcome = await RunProcessAsync(context, invocation, startInfo, cancellationToken)
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

        /// <summary>
        /// The program and the arguments the task would run with, each quoted; what the
        /// system prompt file would hold; what would go to standard input.
        /// </summary>
        public IReadOnlyList<string> DescribeInvocation(TaskContext context)
        {
            if (context == null)
            {
                throw new ArgumentNullException(nameof(context));
            }

            try
            {
                var invocation = Prepare(context, context.RunFolder ?? RunFolderShown);
                return InvocationText.Describe(Command, invocation, context);
            }
            catch (CommandFailedException failure)
            {
                return new[] { "would not start: " + failure.Message };
            }
        }

        public override string ToString() => Name;

        /// <summary>
        /// Fills in the arguments and writes the input for one task, writing no file. The
        /// run folder is the context's, or for a description the text shown in its place.
        /// </summary>
        private CommandInvocation Prepare(TaskContext context, string runFolder)
        {
            var prompt = new Lazy<ChatPrompt>(() => ChatPrompt.For(context));
            var usesSystemFile = templates.Any(t => t.HasPlaceholder("systemfile"));
            var temporary = usesSystemFile && runFolder == null;
            var systemFile = !usesSystemFile ? null
                : temporary ? Path.Combine(Path.GetTempPath(), $"teamforge-{Guid.NewGuid():N}.md")
                : Path.Combine(runFolder, SystemFolder, SafeFileName.For(
                    context.TaskName ?? "task") + ".md");

            var arguments = templates
                .Select(template => template.Expand((placeholder, optional) => ValueOf(
                    placeholder, optional, context, runFolder, prompt, systemFile)))
                .Where(argument => argument != null)
                .ToList();
            var input = InstructionsOnInput
                ? prompt.Value.System + InstructionsEnd + prompt.Value.User
                : context.Prompt;
            var usesSystem = usesSystemFile || InstructionsOnInput
                || templates.Any(t => t.HasPlaceholder("system"));
            return new CommandInvocation(arguments, input,
                usesSystem ? prompt.Value.System : null, systemFile, temporary);
        }

        private async Task<CommandOutcome> RunProcessAsync(TaskContext context,
            CommandInvocation invocation, System.Diagnostics.ProcessStartInfo startInfo,
            CancellationToken cancellationToken)
        {
            WriteSystemFile(invocation);
            try
            {
                var process = new CommandProcess(
                    startInfo, Command, line => Report(context, line));
                return await process.RunAsync(invocation.Input, cancellationToken)
                    .ConfigureAwait(false);
            }
            finally
            {
                if (invocation.SystemFileIsTemporary)
                {
                    TryDelete(invocation.SystemFile);
                }
            }
        }

        // The system prompt goes by file because it can be long: an agent's body and its
        // skills may pass the 32,767 characters a whole command line may hold on Windows.
        private void WriteSystemFile(CommandInvocation invocation)
        {
            if (invocation.SystemFile == null)
            {
                return;
            }

            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(invocation.SystemFile));
                File.WriteAllText(invocation.SystemFile, invocation.SystemPrompt,
                    new UTF8Encoding(false));
            }
            catch (Exception failure) when (failure is IOException
                || failure is UnauthorizedAccessException)
            {
                throw new CommandFailedException($"Did not start '{Command}': could not " +
                    $"write the system prompt to '{invocation.SystemFile}': {failure.Message}",
                    Command, null, null, failure);
            }
        }

        private static void TryDelete(string path)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception failure) when (failure is IOException
                || failure is UnauthorizedAccessException)
            {
                // Limitation: a temporary system prompt file that cannot be deleted (still
                // held open by a process that outlived its parent) stays in the temp folder.
            }
        }

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
        /// than hand the command an empty argument it would misread, unless the placeholder
        /// is optional: then the argument is left out.
        /// </summary>
        private string ValueOf(string placeholder, bool optional, TaskContext context,
            string runFolder, Lazy<ChatPrompt> prompt, string systemFile)
        {
            var value = Lookup(placeholder, context, runFolder, prompt, systemFile, out var lack);
            if (string.IsNullOrEmpty(value))
            {
                if (optional)
                {
                    return null;
                }

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

        private string Lookup(string placeholder, TaskContext context, string runFolder,
            Lazy<ChatPrompt> prompt, string systemFile, out string lack)
        {
            var agent = context.Task?.AgentId ?? context.Member?.Agent;
            var noAgent = $"the library has no agent '{agent}'";
            switch (placeholder)
            {
                case "model":
                    lack = context.Agent == null ? noAgent : LackOfModel(context.Agent);
                    return ModelFor(context.Agent);
                case "agent":
                    lack = "the task has no agent";
                    return agent;
                case "task":
                    lack = "the task has no name";
                    return context.TaskName;
                case "member":
                    lack = "the task's member has no role";
                    return context.Task?.Role ?? context.Member?.Role;
                case "system":
                    lack = "the agent has no instructions";
                    return prompt.Value.System;
                case "systemfile":
                    lack = "there is no file for the system prompt";
                    return systemFile;
                case "tools":
                    lack = context.Agent == null ? noAgent : $"agent '{agent}' lists no tools";
                    return ToolsOf(context.Agent);
                default:
                    lack = "this run has no run folder";
                    return runFolder;
            }
        }

        /// <summary>The agent's tools, comma-separated as the agent CLIs take them.</summary>
        private static string ToolsOf(AgentDefinition agent)
        {
            var tools = (agent?.Tools ?? new string[0])
                .Where(tool => !string.IsNullOrWhiteSpace(tool))
                .Select(tool => tool.Trim());
            return string.Join(",", tools);
        }

        private string LackOfModel(AgentDefinition agent)
        {
            var tier = agent.Model?.Trim();
            if (Model == null && ModelMap.Count > 0 && !string.IsNullOrEmpty(tier))
            {
                return $"the model map ({string.Join(", ", ModelMap.Keys)}) does not name " +
                    $"tier '{tier}' of agent '{agent.Name}'";
            }

            return $"agent '{agent.Name}' names no model";
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
