using System;
using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Execution
{
    /// <summary>
    /// One kind of chat service a provider can be made for: what it is called, where it is
    /// served unless told otherwise, where its key is looked for, and the model each agent
    /// tier goes to by default.
    /// </summary>
    public sealed class ChatProviderKind
    {
        private readonly Func<Uri, string, ChatProviderOptions, ChatProvider> create;

        private ChatProviderKind(string id, string name, Uri defaultBaseUri, string keyVariable,
            IReadOnlyDictionary<string, string> defaultMap,
            Func<Uri, string, ChatProviderOptions, ChatProvider> create)
        {
            Id = id;
            Name = name;
            DefaultBaseUri = defaultBaseUri;
            KeyVariable = keyVariable;
            DefaultMap = defaultMap;
            this.create = create;
        }

        public static ChatProviderKind OpenAI { get; } = new ChatProviderKind(
            "OpenAI", "OpenAI", OpenAIChat.OpenAIBaseUri, "OPENAI_API_KEY",
            ChatModels.OpenAIDefaults, OpenAIChat.CreateProvider);

        public static ChatProviderKind Ollama { get; } = new ChatProviderKind(
            "Ollama", "Ollama", OpenAIChat.OllamaBaseUri, null, null,
            OpenAIChat.CreateProvider);

        /// <summary>Has no default address (each resource has its own) nor default map.</summary>
        public static ChatProviderKind AzureOpenAI { get; } = new ChatProviderKind(
            "AzureOpenAI", "Azure OpenAI", null, "AZURE_OPENAI_API_KEY", null,
            AzureOpenAIChat.CreateProvider);

        public static ChatProviderKind Anthropic { get; } = new ChatProviderKind(
            "Anthropic", "Anthropic", AnthropicChat.AnthropicBaseUri, "ANTHROPIC_API_KEY",
            ChatModels.AnthropicDefaults, AnthropicChat.CreateProvider);

        public static IReadOnlyList<ChatProviderKind> All { get; } =
            new[] { OpenAI, Ollama, AzureOpenAI, Anthropic };

        /// <summary>A word without spaces, as a parameter or a file would name the kind.</summary>
        public string Id { get; }

        /// <summary>The name the provider goes by in results and logs.</summary>
        public string Name { get; }

        public Uri DefaultBaseUri { get; }

        /// <summary>The variable the key is read from; null when none is needed.</summary>
        public string KeyVariable { get; }

        /// <summary>The tiers' models when no model or map is given; may be null.</summary>
        public IReadOnlyDictionary<string, string> DefaultMap { get; }

        /// <summary>The kind of that id, without regard to case; null for none.</summary>
        public static ChatProviderKind Find(string id)
        {
            return All.FirstOrDefault(
                kind => string.Equals(kind.Id, id, StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>A provider of this kind at the address, or its default one when null.</summary>
        public ChatProvider Create(Uri baseUri, string apiKey, ChatProviderOptions options)
        {
            var address = baseUri ?? DefaultBaseUri
                ?? throw new ArgumentException($"{Name} needs the address of its endpoint.");
            return create(address, apiKey, options);
        }

        public override string ToString() => Name;
    }
}
