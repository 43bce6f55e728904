using TeamForge.Integration;

namespace TeamForge.Execution
{
    /// <summary>The opening of every task's Scope section: its heading, request and task.</summary>
    internal static class ScopeBullets
    {
        public static void WriteRequestAndTask(MarkdownBuilder markdown, TaskContext context)
        {
            markdown.Heading(2, DesignHeadings.Scope);
            var request = string.IsNullOrWhiteSpace(context.Request)
                ? "(none given)"
                : context.Request;
            markdown.Bullet("Request: " + request);
            var description = ConcernExtractor.Description(context);
            markdown.Bullet(
                $"Task: `{context.TaskName}`"
                    + (string.IsNullOrWhiteSpace(description) ? "" : ": " + description));
        }
    }
}
