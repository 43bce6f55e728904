using System.Collections.Generic;
using System.Linq;
using Markdig.Syntax;

namespace TeamForge.Integration
{
    /// <summary>Reads a roadmap written as a list rather than as "###" phases.</summary>
    internal static class RoadmapItems
    {
        public static RoadmapPhase[] FromList(string body)
        {
            var source = MarkdownText.Normalize(body);
            var items = MarkdownText
                .Parse(source)
                .OfType<ListBlock>()
                .SelectMany(list => list.OfType<ListItemBlock>())
                .ToList();
            if (items.Count == 0)
            {
                return new RoadmapPhase[0];
            }

            if (!items.Any(item => item.OfType<ListBlock>().Any()))
            {
                return new[]
                {
                    new RoadmapPhase
                    {
                        Name = "Roadmap",
                        Items = items
                            .Select(item => MarkdownText.ItemSource(source, item))
                            .ToArray(),
                    },
                };
            }

            var phases = new List<RoadmapPhase>();
            foreach (var item in items)
            {
                var nested = item.OfType<ListBlock>()
                    .SelectMany(list => list.OfType<ListItemBlock>())
                    .Select(inner => MarkdownText.ItemSource(source, inner))
                    .ToArray();
                phases.Add(
                    new RoadmapPhase { Name = MarkdownText.ItemText(item), Items = nested }
                );
            }

            return phases.ToArray();
        }
    }
}
