using System;
using System.ClientModel;
using System.ClientModel.Primitives;
using System.Threading;
using Azure.AI.OpenAI;
using Microsoft.Extensions.AI;

namespace TeamForge.Execution
{
    /// <summary>
    /// Makes chat providers for Azure OpenAI, through Azure's extension of the OpenAI
    /// library: each model name a member is sent to is a deployment of the resource.
    /// </summary>
    /// <remarks>
    /// Retries and the network timeout are left to the scheduler, as with
    /// <see cref="OpenAIChat"/>.
    /// </remarks>
    public static class AzureOpenAIChat
    {
        /// <summary>
        /// A provider that sends each member to a deployment of the resource at
        /// <paramref name="endpoint"/> (such as https://contoso.openai.azure.com), with the
        /// key in its api-key header. The key is held by the client only.
        /// </summary>
        public static ChatProvider CreateProvider(
            Uri endpoint, string apiKey, ChatProviderOptions options)
        {
            ChatEndpoints.Check(endpoint, "https://contoso.openai.azure.com");
            if (options == null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            if (string.IsNullOrEmpty(apiKey))
            {
                throw new ArgumentException("Azure OpenAI needs a key for its api-key header.");
            }

            var client = new AzureOpenAIClient(endpoint, new ApiKeyCredential(apiKey),
                new AzureOpenAIClientOptions
                {
                    RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                    NetworkTimeout = Timeout.InfiniteTimeSpan,
                });
            return new ChatProvider(
                deployment => client.GetChatClient(deployment).AsIChatClient(), options,
                options.Endpoint ?? endpoint, text => ChatEndpoints.Blank(text, apiKey));
        }
    }
}
