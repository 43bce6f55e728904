using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.Extensions.AI;

namespace TeamForge.Execution
{
    /// <summary>An answer as its stream comes in: its text, and what the updates say.</summary>
    internal sealed class ChatAnswer
    {
        private readonly StringBuilder text = new StringBuilder();

        public string Text => text.ToString();

        /// <summary>The model the server says answered; null until an update names it.</summary>
        public string Model { get; private set; }

        /// <summary>Why the model stopped; null while the answer is not finished.</summary>
        public ChatFinishReason? FinishReason { get; private set; }

        public UsageDetails Usage { get; private set; }

        public void Add(ChatResponseUpdate update)
        {
            text.Append(update.Text);
            Model = update.ModelId ?? Model;
            FinishReason = update.FinishReason ?? FinishReason;

            // The usage comes in the last update of the stream, after the finish.
            var usage = update.Contents.OfType<UsageContent>().LastOrDefault();
            Usage = usage?.Details ?? Usage;
        }

        /// <summary>
        /// Reports the answers of one task (a repaired answer takes two requests): the model
        /// of the last, and the tokens of all, each count null when no answer had it.
        /// </summary>
        public static void Report(
            IReadOnlyList<ChatAnswer> answers, TaskUsage usage, string requestedModel)
        {
            usage.Model = answers.LastOrDefault()?.Model ?? requestedModel;
            usage.InputTokens = Sum(answers.Select(a => a.Usage?.InputTokenCount));
            usage.OutputTokens = Sum(answers.Select(a => a.Usage?.OutputTokenCount));
            usage.CachedTokens = Sum(answers.Select(a => a.Usage?.CachedInputTokenCount));
        }

        private static int? Sum(IEnumerable<long?> counts)
        {
            var known = counts.Where(count => count.HasValue).ToList();
            if (known.Count == 0)
            {
                return null;
            }

            var total = known.Sum(count => count.Value);
            return total > int.MaxValue ? int.MaxValue : (int)total;
        }
    }
}
