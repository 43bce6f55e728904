using System;
using System.ClientModel;
using System.ClientModel.Primitives;
using System.Threading;
using Microsoft.Extensions.AI;
using OpenAI;

namespace TeamForge.Execution
{
    /// <summary>
    /// Makes chat providers for OpenAI and for servers that speak its chat-completions API
    /// (Ollama, vLLM, LM Studio, llama.cpp, a proxy), through the official OpenAI library.
    /// </summary>
    /// <remarks>
    /// The library's own retries are off, as the scheduler retries a task as a whole with
    /// its own limits; and so is its network timeout, so that a request lasts as long as
    /// the task's cancellation token allows (-TaskTimeout, -Timeout, Ctrl+C).
    /// </remarks>
    public static class OpenAIChat
    {
        /// <summary>OpenAI's own API.</summary>
        public static Uri OpenAIBaseUri { get; } = new Uri("https://api.openai.com/v1");

        /// <summary>Ollama's OpenAI-compatible endpoint on this machine.</summary>
        public static Uri OllamaBaseUri { get; } = new Uri("http://localhost:11434/v1");

        /// <summary>
        /// The key sent to a server that needs none: the library always sends one, and such
        /// servers ignore it.
        /// </summary>
        public const string NoKey = "no-key";

        /// <summary>
        /// A provider that sends each member to <paramref name="baseUri"/> (the API root,
        /// such as https://api.openai.com/v1) with the given key; a null or empty key sends
        /// <see cref="NoKey"/>. The key is held by the client only: no property, name or
        /// message of the provider shows it, and a server that echoes it in an error has it
        /// blanked out of the task's Error.
        /// </summary>
        public static ChatProvider CreateProvider(
            Uri baseUri, string apiKey, ChatProviderOptions options)
        {
            ChatEndpoints.Check(baseUri, "https://api.openai.com/v1");

            if (options == null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            // Limitation: with no -TaskTimeout or -Timeout, a server that stops sending in the
            // middle of an answer holds its task until the run is stopped.
            var key = string.IsNullOrEmpty(apiKey) ? NoKey : apiKey;
            var client = new OpenAIClient(new ApiKeyCredential(key), new OpenAIClientOptions
            {
                Endpoint = baseUri,
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = Timeout.InfiniteTimeSpan,
            });
            return new ChatProvider(
                model => client.GetChatClient(model).AsIChatClient(), options,
                options.Endpoint ?? baseUri, text => ChatEndpoints.Blank(text, key));
        }
    }
}
