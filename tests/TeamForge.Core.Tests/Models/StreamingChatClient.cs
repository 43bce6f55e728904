using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace TeamForge.Tests.Models
{
    /// <summary>
    /// An IChatClient in memory: it streams the updates it is given for each request and
    /// keeps the options each request came with.
    /// </summary>
    internal sealed class StreamingChatClient : IChatClient
    {
        private readonly Func<ChatOptions, IEnumerable<ChatResponseUpdate>> updates;

        public StreamingChatClient(Func<ChatOptions, IEnumerable<ChatResponseUpdate>> updates)
        {
            this.updates = updates;
        }

        public List<ChatOptions> Options { get; } = new List<ChatOptions>();

        public List<IList<ChatMessage>> Messages { get; } = new List<IList<ChatMessage>>();

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages,
            ChatOptions options = null, CancellationToken cancellationToken = default)
        {
            throw new NotSupportedException("The provider streams.");
        }

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
            IEnumerable<ChatMessage> messages, ChatOptions options = null,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            lock (Options)
            {
                Options.Add(options);
                Messages.Add(new List<ChatMessage>(messages));
            }

            foreach (var update in updates(options))
            {
                await Task.Yield();
                yield return update;
            }
        }

        public object GetService(Type serviceType, object serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
