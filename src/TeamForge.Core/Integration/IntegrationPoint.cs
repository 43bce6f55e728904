using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Integration
{
    /// <summary>A term several domains raise, and where each raises it.</summary>
    internal sealed class IntegrationPoint
    {
        public IntegrationPoint(string word, IReadOnlyList<IntegrationMention> mentions)
        {
            Word = word;
            Mentions = mentions;
        }

        public string Word { get; }

        public IReadOnlyList<IntegrationMention> Mentions { get; }

        /// <summary>
        /// "**secrets**: task, member (concern); task, member (skills for concern)".
        /// </summary>
        public string Render()
        {
            var places = Mentions.Select(mention =>
            {
                var where = mention.Output.IsStructured
                    ? (mention.InConcern ? mention.Concern : "skills for " + mention.Concern)
                    : "its text";
                return $"{mention.Output.Label} ({where})";
            });
            return $"**{Word}**: " + string.Join("; ", places);
        }

        public override string ToString() => Word;
    }
}
