using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace TeamForge.Execution
{
    /// <summary>
    /// Does each task by asking a chat model through an <see cref="IChatClient"/>: the
    /// member's agent and core skills as the system message, the task and its inputs as the
    /// user message. The answer is streamed and its text is the task's output; the model and
    /// the tokens the server counted go to the task's usage.
    /// </summary>
    /// <remarks>
    /// Failures reach the scheduler as it expects them: a rate limit, a server error, a
    /// timeout or a broken stream as <see cref="TransientException"/> (with the server's
    /// Retry-After, when it sent one), a refusal such as a bad key or an unknown model as
    /// <see cref="ChatFailedException"/> with the server's own message.
    /// </remarks>
    public sealed class ChatProvider : ITaskProvider, IInvocationDescriber, IPricedProvider
    {
        private readonly Func<string, IChatClient> clientForModel;

        private readonly ConcurrentDictionary<string, IChatClient> clients =
            new ConcurrentDictionary<string, IChatClient>(StringComparer.Ordinal);

        private readonly ChatFailures failures;

        private const string DesignRequest = "\n\n# Your answer\n\nGive the team's design as "
            + "JSON in the schema '" + DesignSchema.Name + "': a summary; sections, each with a "
            + "title and a Markdown body; the integration points between the parts; the "
            + "decisions left open; and the roadmap's phases, each with its items.\n";

        /// <summary>Sends every member through one client, naming the model per request.</summary>
        public ChatProvider(IChatClient client, ChatProviderOptions options)
            : this(Check(client), options, options?.Endpoint, null)
        {
        }

        /// <summary>
        /// Asks the factory once for each model the members need; it is handed the model's
        /// name and returns the client that serves it.
        /// </summary>
        public ChatProvider(Func<string, IChatClient> clientForModel, ChatProviderOptions options)
            : this(clientForModel, options, options?.Endpoint, null)
        {
        }

        internal ChatProvider(Func<string, IChatClient> clientForModel,
            ChatProviderOptions options, Uri endpoint, Func<string, string> redact)
        {
            if (options == null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            this.clientForModel = clientForModel
                ?? throw new ArgumentNullException(nameof(clientForModel));
            Model = string.IsNullOrWhiteSpace(options.Model) ? null : options.Model.Trim();
            ModelMap = ModelMaps.Read(options.ModelMap);
            Temperature = options.Temperature;
            Prices = options.Prices ?? PriceTable.Default;
            MaxOutputTokens = options.MaxOutputTokens;
            StructuredDesign = options.StructuredDesign;
            Limits = options.Limits ?? RequestLimits.None;
            Endpoint = Displayed(endpoint);
            var kind = string.IsNullOrWhiteSpace(options.Name) ? "Chat" : options.Name.Trim();
            Name = Endpoint == null ? kind : $"{kind} at {Endpoint}";
            failures = new ChatFailures(Name, redact);
            if (Model == null && ModelMap.Count == 0)
            {
                throw new ArgumentException(
                    "Name a model for the members: a model, a model map, or both.");
            }
        }

        public string Name { get; }

        /// <summary>Where the model is served, without credentials or a query string.</summary>
        public Uri Endpoint { get; }

        /// <summary>The model of every member whose tier the map does not name.</summary>
        public string Model { get; }

        /// <summary>Agent model tiers to model names, matched without regard to case.</summary>
        public IReadOnlyDictionary<string, string> ModelMap { get; }

        public float? Temperature { get; }

        /// <summary>What the models cost: the run prices each task's tokens with it.</summary>
        public PriceTable Prices { get; }

        public int? MaxOutputTokens { get; }

        /// <summary>Whether the integrating task is asked for the design's JSON.</summary>
        public bool StructuredDesign { get; }

        /// <summary>
        /// The limits every request of this provider waits for, whichever run sends it.
        /// </summary>
        public RequestLimits Limits { get; }

        /// <summary>
        /// The model a member with this agent is sent to: its tier's entry in the map, else
        /// the one model. Throws <see cref="ChatFailedException"/> when neither names one.
        /// </summary>
        public string ModelFor(AgentDefinition agent)
        {
            var tier = agent?.Model?.Trim();
            var mapped = ModelMaps.Find(ModelMap, tier);
            if (mapped != null)
            {
                return mapped;
            }

            if (Model != null)
            {
                return Model;
            }

            var asks = string.IsNullOrEmpty(tier)
                ? "names no model tier"
                : $"asks for model '{tier}'";
            throw new ChatFailedException($"{Name}: agent '{agent?.Name}' {asks}, which the "
                + $"model map ({string.Join(", ", ModelMap.Keys)}) does not name; give a "
                + "model for every member (-Model) or map the tier (-ModelMap).");
        }

        /// <summary>
        /// Asks the model for one task and returns the text of its answer once the stream has
        /// finished. A stream that ends before the model finished is a transient failure.
        /// The lead's integrating task is asked for the design's JSON (see
        /// <see cref="DesignSchema"/>) and its answer rendered into the design's Markdown.
        /// </summary>
        public async Task<string> RunAsync(
            TaskContext context, CancellationToken cancellationToken)
        {
            if (context == null)
            {
                throw new ArgumentNullException(nameof(context));
            }

            var model = ModelFor(context.Agent);
            var prompt = ChatPrompt.For(context);
            var messages = new List<ChatMessage>
            {
                new ChatMessage(ChatRole.System, prompt.System),
                new ChatMessage(ChatRole.User, prompt.User),
            };
            var answers = new List<ChatAnswer>();
            var warnings = new List<string>();

            var text = AsksForDesign(context)
                ? await DesignAsync(context, model, messages, answers, warnings,
                    cancellationToken).ConfigureAwait(false)
                : (await AskAsync(context, model, messages, null, answers, cancellationToken)
                    .ConfigureAwait(false)).Text;

            // Only the attempt that answers reports: a retried one leaves nothing behind.
            ChatAnswer.Report(answers, context.Usage, model);
            foreach (var warning in warnings)
            {
                context.Warnings.Add(warning);
            }

            return text;
        }

        public override string ToString() => Name;

        /// <summary>For -WhatIf: the model the task's member would be sent to.</summary>
        public IReadOnlyList<string> DescribeInvocation(TaskContext context)
        {
            try
            {
                var model = ModelFor(context?.Agent);
                var design = AsksForDesign(context) ? ", asked for the design's JSON" : "";
                return new[] { $"asks: model '{model}' at {Endpoint?.ToString() ?? Name}{design}" };
            }
            catch (ChatFailedException unmapped)
            {
                return new[] { $"cannot run: {unmapped.Message}" };
            }
        }

        private bool AsksForDesign(TaskContext context)
        {
            return StructuredDesign && context?.Task?.IsIntegration == true;
        }

        // The schema holds the answer's shape; a server that does not take schemas is asked
        // again for Markdown, and an answer that misses the shape is sent back once with what
        // it misses before its text is kept as it came.
        private async Task<string> DesignAsync(TaskContext context, string model,
            List<ChatMessage> messages, List<ChatAnswer> answers, List<string> warnings,
            CancellationToken cancellation)
        {
            var format = ChatResponseFormat.ForJsonSchema(
                DesignSchema.Schema, DesignSchema.Name, DesignSchema.Description);
            var plain = messages[1];
            messages[1] = new ChatMessage(ChatRole.User, plain.Text + DesignRequest);

            ChatAnswer first;
            try
            {
                first = await AskAsync(
                    context, model, messages, format, answers, cancellation)
                    .ConfigureAwait(false);
            }
            catch (ChatFailedException refused) when (RefusesSchema(refused))
            {
                warnings.Add("the server refused the design's JSON schema "
                    + $"({refused.Message}); the design was asked for as Markdown instead.");
                messages[1] = plain;
                return (await AskAsync(context, model, messages, null, answers, cancellation)
                    .ConfigureAwait(false)).Text;
            }

            if (DesignAnswer.TryRead(first.Text, out var design, out var problems))
            {
                return design.ToMarkdown();
            }

            messages.Add(new ChatMessage(ChatRole.Assistant, first.Text));
            messages.Add(new ChatMessage(ChatRole.User, RepairRequest(problems)));
            var second = await AskAsync(
                context, model, messages, format, answers, cancellation).ConfigureAwait(false);
            if (DesignAnswer.TryRead(second.Text, out design, out var left))
            {
                return design.ToMarkdown();
            }

            warnings.Add("the integrating answer does not match the design's JSON "
                + $"schema after one repair ({string.Join("; ", left)}); its text is kept as "
                + "it came.");
            return second.Text;
        }

        // Limitation: a server that refuses the schema is known by a 400 whose words name
        // it; one that refuses it in other words fails the task with its message.
        private static bool RefusesSchema(ChatFailedException refused)
        {
            var words = refused.Message ?? string.Empty;
            return refused.Status == 400 && new[]
            {
                "response_format", "output_config", "schema", "structured",
            }.Any(word => words.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0);
        }

        private static string RepairRequest(IReadOnlyList<string> problems)
        {
            return "Your answer does not match the schema '" + DesignSchema.Name + "': "
                + string.Join("; ", problems) + ". Give the whole design again as JSON that "
                + "matches the schema, and nothing else.";
        }

        private async Task<ChatAnswer> AskAsync(TaskContext context, string model,
            List<ChatMessage> messages, ChatResponseFormat format, List<ChatAnswer> answers,
            CancellationToken cancellation)
        {
            var options = new ChatOptions
            {
                ModelId = model,
                Temperature = Temperature,
                MaxOutputTokens = MaxOutputTokens,
                ResponseFormat = format,
            };

            // The prompt's estimate is reserved against the tokens a minute, and settled
            // with the server's count once the answer is in.
            var estimate = ChatAnswer.Estimate(messages.Sum(m => (long)(m.Text?.Length ?? 0)));
            var answer = new ChatAnswer();
            using (var permit = await Limits.WaitAsync(estimate,
                what => context.ReportProgress(TaskProgress.Waiting(what)), cancellation)
                .ConfigureAwait(false))
            {
                // Limitation: a request that fails keeps its estimate as spent, as what a
                // broken stream used is not known.
                await StreamAsync(model, messages, options, answer, context, cancellation)
                    .ConfigureAwait(false);
                permit.Spent(answer.SpentTokens(estimate));
            }

            if (answer.FinishReason == null)
            {
                throw new TransientException($"{Name}: the answer's stream ended before the "
                    + $"model finished ({answer.Text.Length} characters came).");
            }

            if (string.IsNullOrWhiteSpace(answer.Text))
            {
                throw new ChatFailedException($"{Name}: the model gave no text (it stopped "
                    + $"for '{answer.FinishReason.Value}').");
            }

            // Limitation: an answer cut at the model's length limit is kept as it is; the
            // result does not say that it was cut.
            answers.Add(answer);
            return answer;
        }

        private async Task StreamAsync(string model, IList<ChatMessage> messages,
            ChatOptions options, ChatAnswer answer, TaskContext context,
            CancellationToken cancellationToken)
        {
            // Opened here, in the flow the client's handlers and the translation both see.
            ResponseNote.Open();
            try
            {
                var client = clients.GetOrAdd(model, clientForModel);
                var updates = client.GetStreamingResponseAsync(
                    messages, options, cancellationToken);
                await foreach (var update in updates.WithCancellation(cancellationToken)
                    .ConfigureAwait(false))
                {
                    answer.Add(update);
                    context.ReportProgress(TaskProgress.Received(
                        answer.ReceivedTokens, answer.TokensEstimated));
                }
            }
            catch (Exception error) when (failures.Translates(error, cancellationToken))
            {
                throw failures.Translate(error);
            }
        }

        private static Func<string, IChatClient> Check(IChatClient client)
        {
            if (client == null)
            {
                throw new ArgumentNullException(nameof(client));
            }

            return _ => client;
        }

        // A base address may carry a user name, a password or a key in its query; the name
        // shown in results and logs keeps only where the server is.
        private static Uri Displayed(Uri endpoint)
        {
            if (endpoint == null || !endpoint.IsAbsoluteUri)
            {
                return endpoint;
            }

            return new Uri(endpoint.GetComponents(
                UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped));
        }
    }
}
