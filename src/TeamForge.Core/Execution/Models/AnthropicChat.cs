using System;
using Anthropic;
using Anthropic.Core;
using Microsoft.Extensions.AI;

namespace TeamForge.Execution
{
    /// <summary>
    /// Makes chat providers for Anthropic's Messages API, through Anthropic's official SDK
    /// and its <see cref="IChatClient"/>.
    /// </summary>
    /// <remarks>
    /// As with <see cref="OpenAIChat"/>, the SDK's own retries are off, as the scheduler
    /// retries a task as a whole, and its timeout is as long as the task's cancellation
    /// token allows.
    /// </remarks>
    public static class AnthropicChat
    {
        /// <summary>Anthropic's own API; the SDK adds the /v1 of each path.</summary>
        public static Uri AnthropicBaseUri { get; } = new Uri("https://api.anthropic.com");

        /// <summary>
        /// The answer's length when the options set none: the Messages API needs one, and
        /// a member's part of a design runs to several pages.
        /// </summary>
        public const int DefaultMaxOutputTokens = 8192;

        /// <summary>
        /// A provider that sends each member to <paramref name="baseUri"/> with the given
        /// key. The key is held by the client only, as with <see cref="OpenAIChat"/>.
        /// </summary>
        public static ChatProvider CreateProvider(
            Uri baseUri, string apiKey, ChatProviderOptions options)
        {
            ChatEndpoints.Check(baseUri, "https://api.anthropic.com");
            if (options == null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            // The key is set even when empty, so that the SDK does not go looking for a
            // credential of its own in the environment or on disk.
            var key = string.IsNullOrEmpty(apiKey) ? OpenAIChat.NoKey : apiKey;
            var client = new AnthropicClient(new ClientOptions
            {
                ApiKey = key,
                BaseUrl = baseUri.ToString().TrimEnd('/'),
                MaxRetries = 0,
                Timeout = TimeSpan.FromDays(1),
                Handlers = new[] { new ResponseNoteHandler() },
            });
            var length = options.MaxOutputTokens ?? DefaultMaxOutputTokens;
            return new ChatProvider(
                model => client.AsIChatClient(model, length), options,
                options.Endpoint ?? baseUri, text => ChatEndpoints.Blank(text, key));
        }
    }
}
