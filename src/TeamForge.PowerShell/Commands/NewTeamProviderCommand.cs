using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Net;
using System.Security;
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

        private const string OpenAISet = "OpenAI";

        private const string OllamaSet = "Ollama";

        private const string ClaudeCodeSet = "ClaudeCode";

        private const string CodexSet = "Codex";

        private const string GeminiCliSet = "GeminiCli";

        private const string DefaultKeyVariable = "OPENAI_API_KEY";

        /// <summary>The embedded offline provider that writes from the library's skills.</summary>
        [Parameter(ParameterSetName = PlaybookSet)]
        public SwitchParameter Playbook { get; set; }

        /// <summary>
        /// A scriptblock run once per task with the task's context as its first argument.
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ScriptBlockSet)]
        public ScriptBlock ScriptBlock { get; set; }

        /// <summary>Claude Code, run as claude -p once per task.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ClaudeCodeSet)]
        public SwitchParameter ClaudeCode { get; set; }

        /// <summary>OpenAI's Codex CLI, run as codex exec once per task.</summary>
        [Parameter(Mandatory = true, ParameterSetName = CodexSet)]
        public SwitchParameter Codex { get; set; }

        /// <summary>Google's Gemini CLI, run as gemini -p once per task.</summary>
        [Parameter(Mandatory = true, ParameterSetName = GeminiCliSet)]
        public SwitchParameter GeminiCli { get; set; }

        /// <summary>
        /// An executable run once per task, never through a shell: the task's prompt on its
        /// standard input, its standard output the task's output. With a preset, the program
        /// to run instead of the tool's name on PATH.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = CommandSet)]
        [Parameter(ParameterSetName = ClaudeCodeSet)]
        [Parameter(ParameterSetName = CodexSet)]
        [Parameter(ParameterSetName = GeminiCliSet)]
        [ValidateNotNullOrEmpty]
        public string Command { get; set; }

        /// <summary>
        /// The command's arguments, each passed as one; {model}, {agent}, {task}, {member},
        /// {run}, {system}, {systemfile} and {tools} are filled in per task, {name?} leaves
        /// its argument out when the task has no value, {{ and }} are literal braces. With a
        /// preset, arguments added to the preset's own.
        /// </summary>
        [Parameter(ParameterSetName = CommandSet)]
        [Parameter(ParameterSetName = ClaudeCodeSet)]
        [Parameter(ParameterSetName = CodexSet)]
        [Parameter(ParameterSetName = GeminiCliSet)]
        [AllowEmptyString]
        public string[] ArgumentList { get; set; }

        /// <summary>Where the command starts. Default: the current location.</summary>
        [Parameter(ParameterSetName = CommandSet)]
        [Parameter(ParameterSetName = ClaudeCodeSet)]
        [Parameter(ParameterSetName = CodexSet)]
        [Parameter(ParameterSetName = GeminiCliSet)]
        [ValidateNotNullOrEmpty]
        public string WorkingDirectory { get; set; }

        /// <summary>Variables set for the command; a $null value leaves one out.</summary>
        [Parameter(ParameterSetName = CommandSet)]
        [Parameter(ParameterSetName = ClaudeCodeSet)]
        [Parameter(ParameterSetName = CodexSet)]
        [Parameter(ParameterSetName = GeminiCliSet)]
        public Hashtable Environment { get; set; }

        /// <summary>Names of this session's variables the command may see.</summary>
        [Parameter(ParameterSetName = CommandSet)]
        [Parameter(ParameterSetName = ClaudeCodeSet)]
        [Parameter(ParameterSetName = CodexSet)]
        [Parameter(ParameterSetName = GeminiCliSet)]
        public string[] InheritEnvironment { get; set; }

        /// <summary>Exit codes that mean "try again later" rather than a failure.</summary>
        [Parameter(ParameterSetName = CommandSet)]
        [Parameter(ParameterSetName = ClaudeCodeSet)]
        [Parameter(ParameterSetName = CodexSet)]
        [Parameter(ParameterSetName = GeminiCliSet)]
        public int[] TransientExitCode { get; set; }

        /// <summary>
        /// OpenAI's chat models, or any server that speaks OpenAI's chat-completions API at
        /// -BaseUri (vLLM, LM Studio, llama.cpp, a proxy).
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = OpenAISet)]
        public SwitchParameter OpenAI { get; set; }

        /// <summary>Models served by Ollama, through its OpenAI-compatible endpoint.</summary>
        [Parameter(Mandatory = true, ParameterSetName = OllamaSet)]
        public SwitchParameter Ollama { get; set; }

        /// <summary>
        /// The model of every member, or of those whose tier -ModelMap does not name. With
        /// -OpenAI and no -Model, the default map sends each tier to an OpenAI model.
        /// </summary>
        [Parameter(ParameterSetName = OpenAISet)]
        [Parameter(Mandatory = true, ParameterSetName = OllamaSet)]
        [Parameter(ParameterSetName = CommandSet)]
        [Parameter(ParameterSetName = ClaudeCodeSet)]
        [Parameter(ParameterSetName = CodexSet)]
        [Parameter(ParameterSetName = GeminiCliSet)]
        [ValidateNotNullOrEmpty]
        public string Model { get; set; }

        /// <summary>Agent model tiers to model names: @{ sonnet = 'gpt-5-mini' }.</summary>
        [Parameter(ParameterSetName = OpenAISet)]
        [Parameter(ParameterSetName = OllamaSet)]
        [Parameter(ParameterSetName = CommandSet)]
        [Parameter(ParameterSetName = ClaudeCodeSet)]
        [Parameter(ParameterSetName = CodexSet)]
        [Parameter(ParameterSetName = GeminiCliSet)]
        public Hashtable ModelMap { get; set; }

        /// <summary>The API root, with its /v1. Default: OpenAI's, or local Ollama's.</summary>
        [Parameter(ParameterSetName = OpenAISet)]
        [Parameter(ParameterSetName = OllamaSet)]
        [ValidateNotNull]
        public Uri BaseUri { get; set; }

        /// <summary>The environment variable holding the key. Default: OPENAI_API_KEY.</summary>
        [Parameter(ParameterSetName = OpenAISet)]
        [ValidateNotNullOrEmpty]
        public string ApiKeyVariable { get; set; }

        /// <summary>The key itself; an empty one for a server that needs none.</summary>
        [Parameter(ParameterSetName = OpenAISet)]
        [ValidateNotNull]
        public SecureString ApiKey { get; set; }

        /// <summary>The sampling temperature. Default: none sent, the server's own.</summary>
        [Parameter(ParameterSetName = OpenAISet)]
        [Parameter(ParameterSetName = OllamaSet)]
        [ValidateRange(0.0, 2.0)]
        public double? Temperature { get; set; }

        protected override void EndProcessing()
        {
            if (ParameterSetName == OpenAISet || ParameterSetName == OllamaSet)
            {
                WriteObject(NewChatProvider());
                return;
            }

            if (ParameterSetName == CommandSet)
            {
                WriteObject(NewCommandProvider(CommandOptions()));
                return;
            }

            if (Preset.HasValue)
            {
                WriteObject(NewCommandProvider(PresetOptions(Preset.Value)));
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

        private AgentCliKind? Preset => ParameterSetName == ClaudeCodeSet
            ? AgentCliKind.ClaudeCode
            : ParameterSetName == CodexSet ? AgentCliKind.Codex
            : ParameterSetName == GeminiCliSet ? AgentCliKind.GeminiCli
            : (AgentCliKind?)null;

        private CommandProviderOptions CommandOptions()
        {
            var options = new CommandProviderOptions
            {
                Command = ResolveCommand(Command),
                Arguments = ArgumentList ?? new string[0],
                Model = Model,
                ModelMap = ReadModelMap(useDefaults: false),
            };
            return WithProcessOptions(options);
        }

        // A preset's default map goes only where no -Model is given: -Model alone sends
        // every member to that one model, as it does with -OpenAI.
        private CommandProviderOptions PresetOptions(AgentCliKind kind)
        {
            var options = AgentCli.Options(kind, ArgumentList);
            if (Command != null)
            {
                options.Command = ResolveCommand(Command);
            }

            var map = Model == null
                ? new Dictionary<string, string>(options.ModelMap, StringComparer.OrdinalIgnoreCase)
                : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in ReadModelMap(useDefaults: false))
            {
                map[entry.Key] = entry.Value;
            }

            options.Model = Model;
            options.ModelMap = map;
            return WithProcessOptions(options);
        }

        private CommandProviderOptions WithProcessOptions(CommandProviderOptions options)
        {
            options.WorkingDirectory = WorkingDirectory == null
                ? SessionState.Path.CurrentFileSystemLocation.ProviderPath
                : GetUnresolvedProviderPathFromPSPath(WorkingDirectory);
            options.Environment = ReadEnvironment();
            options.InheritEnvironment = InheritEnvironment ?? new string[0];
            options.TransientExitCodes = TransientExitCode ?? new int[0];
            return options;
        }

        private CommandProvider NewCommandProvider(CommandProviderOptions options)
        {
            try
            {
                var provider = new CommandProvider(options);
                var map = string.Join(", ", provider.ModelMap.Select(e => $"{e.Key}={e.Value}"));
                var models = provider.ModelMap.Count == 0
                    ? (provider.Model == null
                        ? "{model} is each agent's tier"
                        : $"every member on {provider.Model}")
                    : $"tiers {{{map}}}, " + (provider.Model == null
                        ? "no model for other tiers"
                        : $"every other member on {provider.Model}");
                WriteVerbose($"Making the provider {provider.Name} in " +
                    $"'{provider.WorkingDirectory}'; {models}.");
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
                    ErrorCategory.InvalidArgument, options.Command));
            }

            return null;
        }

        private ChatProvider NewChatProvider()
        {
            var ollama = ParameterSetName == OllamaSet;
            var options = new ChatProviderOptions
            {
                Name = ollama ? "Ollama" : "OpenAI",
                Model = Model,
                ModelMap = ReadModelMap(useDefaults: !ollama && Model == null),
                Temperature = (float?)Temperature,
            };
            var baseUri = BaseUri
                ?? (ollama ? OpenAIChat.OllamaBaseUri : OpenAIChat.OpenAIBaseUri);
            var keySource = "is not needed";
            var key = ollama ? null : ReadKey(out keySource);

            try
            {
                var provider = OpenAIChat.CreateProvider(baseUri, key, options);
                var map = string.Join(", ", provider.ModelMap.Select(e => $"{e.Key}={e.Value}"));
                var others = provider.Model == null
                    ? "no model for other tiers"
                    : $"every other member on {provider.Model}";
                WriteVerbose($"Making the provider '{provider.Name}': tiers {{{map}}}, " +
                    $"{others}; the key {keySource}.");
                return provider;
            }
            catch (ArgumentException exception)
            {
                // No target: a base address may carry credentials of its own.
                ThrowTerminatingError(new ErrorRecord(exception, "InvalidChatProvider",
                    ErrorCategory.InvalidArgument, null));
            }

            return null;
        }

        private IDictionary<string, string> ReadModelMap(bool useDefaults)
        {
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (useDefaults)
            {
                foreach (var entry in ChatModels.OpenAIDefaults)
                {
                    map[entry.Key] = entry.Value;
                }
            }

            foreach (DictionaryEntry entry in ModelMap ?? new Hashtable())
            {
                var value = entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value;
                map[entry.Key.ToString()] = value?.ToString();
            }

            return map;
        }

        // The key is read once, here, and handed to the client; it is never written to a
        // stream, an error or the provider's name. Only where it came from is said.
        private string ReadKey(out string source)
        {
            if (ApiKey != null && ApiKeyVariable != null)
            {
                ThrowTerminatingError(new ErrorRecord(new PSArgumentException(
                        "Give the key one way: -ApiKey or -ApiKeyVariable, not both."),
                    "ApiKeyTwice", ErrorCategory.InvalidArgument, null));
            }

            if (ApiKey != null)
            {
                source = ApiKey.Length == 0 ? "is not sent (an empty -ApiKey)" : "is -ApiKey";
                return new NetworkCredential(string.Empty, ApiKey).Password;
            }

            var name = ApiKeyVariable ?? DefaultKeyVariable;
            var key = System.Environment.GetEnvironmentVariable(name);
            if (string.IsNullOrEmpty(key))
            {
                ThrowTerminatingError(new ErrorRecord(new PSArgumentException(
                        $"The environment variable '{name}' holds no key. Set it, name another " +
                        "with -ApiKeyVariable, or give -ApiKey (an empty SecureString, " +
                        "[securestring]::new(), for a server that needs no key)."),
                    "ApiKeyNotFound", ErrorCategory.ObjectNotFound, name));
            }

            source = $"comes from $env:{name}";
            return key;
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
