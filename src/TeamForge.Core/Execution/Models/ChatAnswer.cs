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

        /// <summary>
        /// The answer's tokens so far: the server's count once the answer has finished and
        /// the server has counted, else a quarter of the characters.
        /// </summary>
        public long ReceivedTokens =>
            TokensEstimated ? Estimate(text.Length) : Usage.OutputTokenCount.Value;

        // A count sent before the finish (Anthropic's opening event has one) is stale at
        // once: the estimate says more while the answer streams.
        public bool TokensEstimated => FinishReason == null || Usage?.OutputTokenCount == null;

        /// <summary>
        /// The tokens the request spent, input and output, as the server counted them; where
        /// it did not, the prompt's estimate and the answer's characters stand in.
        /// </summary>
        public long SpentTokens(int promptEstimate)
        {
            if (Usage?.TotalTokenCount is long total)
            {
                return total;
            }

            var input = Usage?.InputTokenCount ?? promptEstimate;
            return input + ReceivedTokens;
        }

        /// <summary>A rough count of the tokens in so many characters: a quarter of them.</summary>
        public static int Estimate(long characters)
        {
            var tokens = (characters + 3) / 4;
            return tokens > int.MaxValue ? int.MaxValue : (int)tokens;
        }

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
