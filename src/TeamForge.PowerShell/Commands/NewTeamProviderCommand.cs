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

        private const string AzureOpenAISet = "AzureOpenAI";

        private const string AnthropicSet = "Anthropic";

        private const string ClaudeCodeSet = "ClaudeCode";

        private const string CodexSet = "Codex";

        private const string GeminiCliSet = "GeminiCli";

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

        /// <summary>Deployments of an Azure OpenAI resource.</summary>
        [Parameter(Mandatory = true, ParameterSetName = AzureOpenAISet)]
        public SwitchParameter AzureOpenAI { get; set; }

        /// <summary>Anthropic's Claude models, through its Messages API.</summary>
        [Parameter(Mandatory = true, ParameterSetName = AnthropicSet)]
        public SwitchParameter Anthropic { get; set; }

        /// <summary>
        /// The model of every member, or of those whose tier -ModelMap does not name. With
        /// -OpenAI or -Anthropic and no -Model, the default map sends each tier to a model.
        /// </summary>
        [Parameter(ParameterSetName = OpenAISet)]
        [Parameter(Mandatory = true, ParameterSetName = OllamaSet)]
        [Parameter(ParameterSetName = AnthropicSet)]
        [Parameter(ParameterSetName = CommandSet)]
        [Parameter(ParameterSetName = ClaudeCodeSet)]
        [Parameter(ParameterSetName = CodexSet)]
        [Parameter(ParameterSetName = GeminiCliSet)]
        [ValidateNotNullOrEmpty]
        public string Model { get; set; }

        /// <summary>The Azure OpenAI resource, such as https://contoso.openai.azure.com.</summary>
        [Parameter(Mandatory = true, ParameterSetName = AzureOpenAISet)]
        [ValidateNotNull]
        public Uri Endpoint { get; set; }

        /// <summary>The deployment of every member whose tier -ModelMap does not name.</summary>
        [Parameter(ParameterSetName = AzureOpenAISet)]
        [ValidateNotNullOrEmpty]
        public string Deployment { get; set; }

        /// <summary>Agent model tiers to model names: @{ sonnet = 'gpt-5-mini' }.</summary>
        [Parameter(ParameterSetName = OpenAISet)]
        [Parameter(ParameterSetName = OllamaSet)]
        [Parameter(ParameterSetName = AzureOpenAISet)]
        [Parameter(ParameterSetName = AnthropicSet)]
        [Parameter(ParameterSetName = CommandSet)]
        [Parameter(ParameterSetName = ClaudeCodeSet)]
        [Parameter(ParameterSetName = CodexSet)]
        [Parameter(ParameterSetName = GeminiCliSet)]
        public Hashtable ModelMap { get; set; }

        /// <summary>
        /// The API root: with its /v1 for -OpenAI and -Ollama, without for -Anthropic.
        /// Default: OpenAI's, local Ollama's, Anthropic's.
        /// </summary>
        [Parameter(ParameterSetName = OpenAISet)]
        [Parameter(ParameterSetName = OllamaSet)]
        [Parameter(ParameterSetName = AnthropicSet)]
        [ValidateNotNull]
        public Uri BaseUri { get; set; }

        /// <summary>
        /// The environment variable holding the key. Default: OPENAI_API_KEY,
        /// AZURE_OPENAI_API_KEY or ANTHROPIC_API_KEY.
        /// </summary>
        [Parameter(ParameterSetName = OpenAISet)]
        [Parameter(ParameterSetName = AzureOpenAISet)]
        [Parameter(ParameterSetName = AnthropicSet)]
        [ValidateNotNullOrEmpty]
        public string ApiKeyVariable { get; set; }

        /// <summary>The key itself; an empty one for a server that needs none.</summary>
        [Parameter(ParameterSetName = OpenAISet)]
        [Parameter(ParameterSetName = AzureOpenAISet)]
        [Parameter(ParameterSetName = AnthropicSet)]
        [ValidateNotNull]
        public SecureString ApiKey { get; set; }

        /// <summary>The name of the key in a SecretManagement vault.</summary>
        [Parameter(ParameterSetName = OpenAISet)]
        [Parameter(ParameterSetName = AzureOpenAISet)]
        [Parameter(ParameterSetName = AnthropicSet)]
        [ValidateNotNullOrEmpty]
        public string Secret { get; set; }

        /// <summary>The vault that holds -Secret. Default: the registered default vault.</summary>
        [Parameter(ParameterSetName = OpenAISet)]
        [Parameter(ParameterSetName = AzureOpenAISet)]
        [Parameter(ParameterSetName = AnthropicSet)]
        [ValidateNotNullOrEmpty]
        public string Vault { get; set; }

        /// <summary>The sampling temperature. Default: none sent, the server's own.</summary>
        [Parameter(ParameterSetName = OpenAISet)]
        [Parameter(ParameterSetName = OllamaSet)]
        [Parameter(ParameterSetName = AzureOpenAISet)]
        [ValidateRange(0.0, 2.0)]
        public double? Temperature { get; set; }

        /// <summary>The longest answer a member may give, in tokens.</summary>
        [Parameter(ParameterSetName = OpenAISet)]
        [Parameter(ParameterSetName = OllamaSet)]
        [Parameter(ParameterSetName = AzureOpenAISet)]
        [Parameter(ParameterSetName = AnthropicSet)]
        [ValidateRange(1, int.MaxValue)]
        public int? MaxOutputTokens { get; set; }

        /// <summary>
        /// The most requests of this provider in flight at once, over every run that shares
        /// it. Default: no limit.
        /// </summary>
        [Parameter(ParameterSetName = OpenAISet)]
        [Parameter(ParameterSetName = OllamaSet)]
        [Parameter(ParameterSetName = AzureOpenAISet)]
        [Parameter(ParameterSetName = AnthropicSet)]
        [ValidateRange(1, int.MaxValue)]
        public int? MaxConcurrency { get; set; }

        /// <summary>
        /// The most requests of this provider sent in any minute, over every run that shares
        /// it. Default: no limit.
        /// </summary>
        [Parameter(ParameterSetName = OpenAISet)]
        [Parameter(ParameterSetName = OllamaSet)]
        [Parameter(ParameterSetName = AzureOpenAISet)]
        [Parameter(ParameterSetName = AnthropicSet)]
        [ValidateRange(1, int.MaxValue)]
        public int? MaxRequestsPerMinute { get; set; }

        /// <summary>
        /// The most input and output tokens of this provider's requests in any minute.
        /// Default: no limit.
        /// </summary>
        [Parameter(ParameterSetName = OpenAISet)]
        [Parameter(ParameterSetName = OllamaSet)]
        [Parameter(ParameterSetName = AzureOpenAISet)]
        [Parameter(ParameterSetName = AnthropicSet)]
        [ValidateRange(1, int.MaxValue)]
        public int? MaxTokensPerMinute { get; set; }

        /// <summary>
        /// Prices laid over the default table: a hashtable such as
        /// @{ 'my-model' = @{ Input = 1.0; Output = 2.0; CachedInput = 0.1 } }, or the path of
        /// a .json or .psd1 file holding one. Dollars per million tokens.
        /// </summary>
        [Parameter(ParameterSetName = OpenAISet)]
        [Parameter(ParameterSetName = OllamaSet)]
        [Parameter(ParameterSetName = AzureOpenAISet)]
        [Parameter(ParameterSetName = AnthropicSet)]
        [ValidateNotNull]
        public object PriceTable { get; set; }

        protected override void EndProcessing()
        {
            if (ChatProviderKind.Find(ParameterSetName) != null)
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
                ModelMap = ReadUserModelMap(),
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
            foreach (var entry in ReadUserModelMap())
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
                ThrowTerminatingError(Errors.Record(exception, "WorkingDirectoryNotFound",
                    ErrorCategory.ObjectNotFound, WorkingDirectory));
            }
            catch (ArgumentException exception)
            {
                ThrowTerminatingError(Errors.Record(exception, "InvalidCommandProvider",
                    ErrorCategory.InvalidArgument, options.Command));
            }

            return null;
        }

        private ChatProvider NewChatProvider()
        {
            var kind = ChatProviderKind.Find(ParameterSetName);
            var options = new ChatProviderOptions
            {
                Name = kind.Name,
                Model = ParameterSetName == AzureOpenAISet ? Deployment : Model,
                ModelMap = ReadModelMap(kind),
                Temperature = (float?)Temperature,
                MaxOutputTokens = MaxOutputTokens,
                Prices = PriceTableInput.Read(this, PriceTable),
            };
            if (ParameterSetName == AzureOpenAISet && Deployment == null
                && (ModelMap == null || ModelMap.Count == 0))
            {
                ThrowTerminatingError(Errors.Record(new PSArgumentException(
                        "Name the resource's deployments for the members: -Deployment for " +
                        "every member, -ModelMap @{ opus = '<deployment>' } per tier, or both."),
                    "DeploymentNotGiven", ErrorCategory.InvalidArgument, Endpoint));
            }

            var keySource = "is not needed";
            var key = kind.KeyVariable == null ? null : ReadKey(kind, out keySource);

            // Made last, once nothing else can stop the cmdlet: the limits run timers.
            options.Limits = new RequestLimits(
                MaxConcurrency, MaxRequestsPerMinute, MaxTokensPerMinute);
            try
            {
                var provider = kind.Create(Endpoint ?? BaseUri, key, options);
                var map = string.Join(", ", provider.ModelMap.Select(e => $"{e.Key}={e.Value}"));
                var others = provider.Model == null
                    ? "no model for other tiers"
                    : $"every other member on '{provider.Model}'";
                WriteVerbose($"Making the provider '{provider.Name}': tiers {{{map}}}, " +
                    $"{others}; the key {keySource}; {provider.Limits}; " +
                    $"{provider.Prices.Prices.Count} model prices (the default table of " +
                    $"{provider.Prices.Date} with any given).");
                return provider;
            }
            catch (ArgumentException exception)
            {
                options.Limits.Dispose();

                // The kind is the target: a base address may carry credentials of its own.
                ThrowTerminatingError(Errors.Record(exception, "InvalidChatProvider",
                    ErrorCategory.InvalidArgument, kind.Name));
            }

            return null;
        }

        private IDictionary<string, string> ReadModelMap(ChatProviderKind kind)
        {
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var named = ParameterSetName == AzureOpenAISet ? Deployment : Model;
            if (named == null && kind.DefaultMap != null)
            {
                foreach (var entry in kind.DefaultMap)
                {
                    map[entry.Key] = entry.Value;
                }
            }

            foreach (var entry in ReadUserModelMap())
            {
                map[entry.Key] = entry.Value;
            }

            return map;
        }

        /// <summary>The entries of -ModelMap as given, values unwrapped.</summary>
        private IDictionary<string, string> ReadUserModelMap()
        {
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (DictionaryEntry entry in ModelMap ?? new Hashtable())
            {
                var value = entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value;
                map[entry.Key.ToString()] = value?.ToString();
            }

            return map;
        }

        // The key is read once, here, and handed to the client; it is never written to a
        // stream, an error or the provider's name. Only where it came from is said.
        private string ReadKey(ChatProviderKind kind, out string source)
        {
            var ways = (ApiKey != null ? 1 : 0) + (ApiKeyVariable != null ? 1 : 0)
                + (Secret != null ? 1 : 0);
            if (ways > 1)
            {
                ThrowTerminatingError(Errors.Record(new PSArgumentException(
                        "Give the key one way: -ApiKey, -ApiKeyVariable or -Secret."),
                    "ApiKeyTwice", ErrorCategory.InvalidArgument, kind.Name));
            }

            if (Vault != null && Secret == null)
            {
                ThrowTerminatingError(Errors.Record(new PSArgumentException(
                        "-Vault names where -Secret is kept: give -Secret as well."),
                    "VaultWithoutSecret", ErrorCategory.InvalidArgument, Vault));
            }

            if (ApiKey != null)
            {
                source = ApiKey.Length == 0 ? "is not sent (an empty -ApiKey)" : "is -ApiKey";
                return new NetworkCredential(string.Empty, ApiKey).Password;
            }

            if (Secret != null)
            {
                var vault = Vault == null ? "the default vault" : $"vault '{Vault}'";
                source = $"comes from secret '{Secret}' in {vault}";
                return new SecretReader(this).Read(Secret, Vault);
            }

            var name = ApiKeyVariable ?? kind.KeyVariable;
            var key = System.Environment.GetEnvironmentVariable(name);
            if (string.IsNullOrEmpty(key))
            {
                ThrowTerminatingError(Errors.Record(new PSArgumentException(
                        $"The environment variable '{name}' holds no key. Set it, name another " +
                        "with -ApiKeyVariable, give -Secret to read it from a vault, or give " +
                        "-ApiKey (an empty SecureString, [securestring]::new(), for a server " +
                        "that needs no key)."),
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
