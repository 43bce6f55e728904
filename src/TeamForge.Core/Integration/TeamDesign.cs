using System.Collections.Generic;

namespace TeamForge
{
    /// <summary>
    /// A team's design for one run: the task outputs as sections, what integration found
    /// across them, the roadmap, the run's timeline, and what is missing and why.
    /// </summary>
    public sealed class TeamDesign
    {
        public string Team { get; set; }

        public string Request { get; set; }

        public string RunId { get; set; }

        /// <summary>
        /// One section per task in plan order: domain tasks first, the integrating task last.
        /// </summary>
        public DesignSection[] Sections { get; set; } = new DesignSection[0];

        /// <summary>
        /// Concepts more than one domain raises (shared domain terms and skills), as Markdown
        /// lines that say which domains raise each and what to settle.
        /// </summary>
        public string[] IntegrationPoints { get; set; } = new string[0];

        /// <summary>
        /// Choices the tasks leave open, as Markdown lines naming who raised them.
        /// </summary>
        public string[] OpenDecisions { get; set; } = new string[0];

        public RoadmapPhase[] Roadmap { get; set; } = new RoadmapPhase[0];

        /// <summary>When each task ran, in start order.</summary>
        public TimelineEntry[] Timeline { get; set; } = new TimelineEntry[0];

        /// <summary>
        /// What the design lacks and why: failed or skipped tasks, no integration.
        /// </summary>
        public string[] Missing { get; set; } = new string[0];

        /// <summary>The prompt tokens of the run's tasks; null when none counted any.</summary>
        public long? InputTokens { get; set; }

        /// <summary>The answer tokens of the run's tasks.</summary>
        public long? OutputTokens { get; set; }

        /// <summary>The prompt tokens read from the server's cache.</summary>
        public long? CachedTokens { get; set; }

        /// <summary>What the run's tasks cost in dollars; null when no task has a cost.</summary>
        public decimal? Cost { get; set; }

        /// <summary>Tasks that counted tokens but have no cost: their model has no price.</summary>
        public int UnpricedTasks { get; set; }

        /// <summary>The integrating task's output when it succeeded, else null.</summary>
        public string Integration { get; set; }

        /// <summary>The whole design as one Markdown document.</summary>
        public string Markdown { get; set; }

        /// <summary>The design as JSON in the schema of schemas/design.schema.json.</summary>
        public string ToJson() => TeamForge.Integration.DesignJson.Write(this);

        /// <summary>The design as one self-contained HTML page.</summary>
        public string ToHtml() => TeamForge.Integration.DesignHtmlRenderer.Render(this);

        /// <summary>
        /// Reads a design back from <see cref="ToJson"/>'s text; throws
        /// <see cref="System.FormatException"/> saying what is wrong with other text.
        /// </summary>
        public static TeamDesign FromJson(string json) =>
            TeamForge.Integration.DesignJson.Read(json);

        public override string ToString() => $"{Team} design ({RunId})";
    }
}
