using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using TeamForge.Execution;
using TeamForge.PowerShell.Providers;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>Makes a provider, the thing that does each task of a run.</summary>
    [Cmdlet(VerbsCommon.New, "TeamProvider", DefaultParameterSetName = PlaybookSet)]
    [OutputType(typeof(ITaskProvider))]
    public sealed class NewTeamProviderCommand : TeamForgeCmdlet
    {
        private const string PlaybookSet = "Playbook";

        private const string ScriptBlockSet = "ScriptBlock";

        private const string CommandSet = "Command";

        /// <summary>The embedded offline provider that writes from the library's skills.</summary>
        [Parameter(ParameterSetName = PlaybookSet)]
        public SwitchParameter Playbook { get; set; }

        /// <summary>
        /// A scriptblock run once per task with the task's context as its first argument.
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ScriptBlockSet)]
        public ScriptBlock ScriptBlock { get; set; }

        /// <summary>
        /// An executable run once per task, never through a shell: the task's prompt on its
        /// standard input, its standard output the task's output.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = CommandSet)]
        [ValidateNotNullOrEmpty]
        public string Command { get; set; }

        /// <summary>
        /// The command's arguments, each passed as one; {model}, {agent}, {task}, {member}
        /// and {run} are filled in per task, {{ and }} are literal braces.
        /// </summary>
        [Parameter(ParameterSetName = CommandSet)]
        [AllowEmptyString]
        public string[] ArgumentList { get; set; }

        /// <summary>Where the command starts. Default: the current location.</summary>
        [Parameter(ParameterSetName = CommandSet)]
        [ValidateNotNullOrEmpty]
        public string WorkingDirectory { get; set; }

        /// <summary>Variables set for the command; a $null value leaves one out.</summary>
        [Parameter(ParameterSetName = CommandSet)]
        public Hashtable Environment { get; set; }

        /// <summary>Names of this session's variables the command may see.</summary>
        [Parameter(ParameterSetName = CommandSet)]
        public string[] InheritEnvironment { get; set; }

        /// <summary>Exit codes that mean "try again later" rather than a failure.</summary>
        [Parameter(ParameterSetName = CommandSet)]
        public int[] TransientExitCode { get; set; }

        protected override void EndProcessing()
        {
            if (ParameterSetName == CommandSet)
            {
                WriteObject(NewCommandProvider());
                return;
            }

            if (ParameterSetName == ScriptBlockSet)
            {
                WriteVerbose("Making a ScriptBlock provider.");
                WriteObject(new ScriptBlockProvider(ScriptBlock));
                return;
            }

            WriteVerbose("Making the embedded playbook provider.");
            WriteObject(new PlaybookProvider());
        }

        private CommandProvider NewCommandProvider()
        {
            var options = new CommandProviderOptions
            {
                Command = ResolveCommand(Command),
                Arguments = ArgumentList ?? new string[0],
                WorkingDirectory = WorkingDirectory == null
                    ? SessionState.Path.CurrentFileSystemLocation.ProviderPath
                    : GetUnresolvedProviderPathFromPSPath(WorkingDirectory),
                Environment = ReadEnvironment(),
                InheritEnvironment = InheritEnvironment ?? new string[0],
                TransientExitCodes = TransientExitCode ?? new int[0],
            };

            try
            {
                var provider = new CommandProvider(options);
                WriteVerbose($"Making a command provider for '{provider.Command}' in " +
                    $"'{provider.WorkingDirectory}'.");
                return provider;
            }
            catch (DirectoryNotFoundException exception)
            {
                ThrowTerminatingError(new ErrorRecord(exception, "WorkingDirectoryNotFound",
                    ErrorCategory.ObjectNotFound, WorkingDirectory));
            }
            catch (ArgumentException exception)
            {
                ThrowTerminatingError(new ErrorRecord(exception, "InvalidCommandProvider",
                    ErrorCategory.InvalidArgument, Command));
            }

            return null;
        }

        // A path is read against the session's location, which the process's own current
        // folder does not follow; a bare name is left for the system to find on PATH.
        private string ResolveCommand(string command)
        {
            var isPath = command.IndexOf('/') >= 0 || command.IndexOf('\\') >= 0;
            return isPath ? GetUnresolvedProviderPathFromPSPath(command) : command;
        }

        private IDictionary<string, string> ReadEnvironment()
        {
            var variables = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (DictionaryEntry entry in Environment ?? new Hashtable())
            {
                var value = entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value;
                variables[entry.Key.ToString()] = value?.ToString();
            }

            return variables;
        }
    }
}
