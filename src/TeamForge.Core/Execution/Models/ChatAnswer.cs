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

        public void Report(TaskUsage usage, string requestedModel)
        {
            usage.Model = Model ?? requestedModel;
            usage.InputTokens = ToInt(Usage?.InputTokenCount);
            usage.OutputTokens = ToInt(Usage?.OutputTokenCount);
            usage.CachedTokens = ToInt(Usage?.CachedInputTokenCount);
        }

        private static int? ToInt(long? count)
        {
            if (!count.HasValue)
            {
                return null;
            }

            return count.Value > int.MaxValue ? int.MaxValue : (int)count.Value;
        }
    }
}
