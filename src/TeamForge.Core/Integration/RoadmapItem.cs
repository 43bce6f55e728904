namespace TeamForge.Integration
{
    /// <summary>One piece of work on its way into a roadmap phase.</summary>
    internal sealed class RoadmapItem
    {
        public RoadmapItem(int wave, RoadmapStage? stage, string task, string text)
        {
            Wave = wave;
            Stage = stage;
            Task = task;
            Text = text;
        }

        /// <summary>The wave of the task that raised it: work waits on its inputs.</summary>
        public int Wave { get; }

        /// <summary>Its platform stage; null when none of the stage words describe it.</summary>
        public RoadmapStage? Stage { get; }

        public string Task { get; }

        /// <summary>The item as a Markdown line.</summary>
        public string Text { get; }

        /// <summary>The same work in another stage.</summary>
        public RoadmapItem In(RoadmapStage stage)
        {
            return new RoadmapItem(Wave, stage, Task, Text);
        }
    }
}
