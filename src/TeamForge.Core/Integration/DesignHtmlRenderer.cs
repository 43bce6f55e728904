using System;
using System.Net;
using System.Text;
using Markdig;

namespace TeamForge.Integration
{
    /// <summary>
    /// A design as one HTML page that needs nothing else: its Markdown rendered by Markdig,
    /// with the styles inline and no script, font or image fetched from anywhere.
    /// </summary>
    public static class DesignHtmlRenderer
    {
        private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoIdentifiers()
            .UseTaskLists()
            .DisableHtml()
            .Build();

        private const string Styles = @"
body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 60rem;
  margin: 2rem auto; padding: 0 1rem; color: #1f2328; }
h1, h2, h3 { line-height: 1.25; }
h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .3rem; }
code, pre { font-family: ui-monospace, monospace; background: #f6f8fa; }
pre { padding: 1rem; overflow: auto; }
table { border-collapse: collapse; }
th, td { border: 1px solid #d0d7de; padding: .3rem .6rem; text-align: left; }
blockquote { color: #59636e; border-left: .25rem solid #d0d7de; margin: 0; padding: 0 1rem; }
";

        public static string Render(TeamDesign design)
        {
            if (design == null)
            {
                throw new ArgumentNullException(nameof(design));
            }

            // Raw HTML in a task's output is shown as text, never run as part of the page.
            var body = Markdown.ToHtml(design.Markdown ?? string.Empty, Pipeline);
            var title = WebUtility.HtmlEncode($"{design.Team} design");
            return new StringBuilder()
                .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n")
                .Append("<meta charset=\"utf-8\">\n")
                .Append("<meta name=\"viewport\" ")
                .Append("content=\"width=device-width, initial-scale=1\">\n")
                .Append("<meta name=\"generator\" content=\"TeamForge\">\n")
                .Append($"<title>{title}</title>\n")
                .Append("<style>").Append(Styles).Append("</style>\n")
                .Append("</head>\n<body>\n")
                .Append(body)
                .Append("</body>\n</html>\n")
                .ToString();
        }
    }
}
