using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TeamForge.Integration
{
    /// <summary>
    /// A design as one HTML page that needs nothing else: its Markdown rendered by Markdig,
    /// with the styles inline and no script, font or image fetched from anywhere.
    /// </summary>
    /// <remarks>
    /// Task outputs are a model's text, which a request or an upstream output can steer: the
    /// page shows raw HTML in them as text, keeps only links a reader can follow safely,
    /// and tells the browser, by its content security policy, to fetch and run nothing.
    /// </remarks>
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

            var body = RenderBody(design.Markdown ?? string.Empty);
            var title = WebUtility.HtmlEncode($"{design.Team} design");
            return new StringBuilder()
                .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n")
                .Append("<meta charset=\"utf-8\">\n")
                .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .Append("default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
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

        private static string RenderBody(string markdown)
        {
            var document = Markdown.Parse(markdown, Pipeline);
            foreach (var link in document.Descendants<LinkInline>().ToList())
            {
                if (!IsSafe(link.Url, link.IsImage))
                {
                    link.Url = link.IsImage ? string.Empty : "#";
                }
            }

            using (var writer = new StringWriter())
            {
                var renderer = new HtmlRenderer(writer);
                Pipeline.Setup(renderer);
                renderer.Render(document);
                writer.Flush();
                return writer.ToString();
            }
        }

        // Links may go to the web, to mail and within the page; images only inline (data:),
        // as the page fetches nothing.
        private static bool IsSafe(string url, bool image)
        {
            if (string.IsNullOrWhiteSpace(url))
            {
                return true;
            }

            var trimmed = url.Trim();
            if (image)
            {
                return trimmed.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase);
            }

            if (trimmed.StartsWith("#", StringComparison.Ordinal))
            {
                return true;
            }

            return Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute)
                && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps
                    || absolute.Scheme == Uri.UriSchemeMailto);
        }
    }
}
