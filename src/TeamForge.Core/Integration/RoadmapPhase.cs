namespace TeamForge
{
    /// <summary>One phase of a design's roadmap and the work in it, in order.</summary>
    public sealed class RoadmapPhase
    {
        public string Name { get; set; }

        /// <summary>The work items, as Markdown lines.</summary>
        public string[] Items { get; set; } = new string[0];

        public override string ToString() => Name;
    }
}
