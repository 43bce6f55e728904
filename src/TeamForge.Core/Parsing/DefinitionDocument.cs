using System.Linq;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.RepresentationModel;

namespace TeamForge.Parsing
{
    /// <summary>
    /// A definition file split by Markdig into its YAML front matter and its Markdown body.
    /// Line endings are made LF first, so offsets and slices need no care for CR.
    /// </summary>
    internal sealed class DefinitionDocument
    {
        // Building a pipeline is costly and a built one is safe to share across threads.
        private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UseTaskLists()
            .UsePipeTables()
            .UsePreciseSourceLocation()
            .Build();

        private DefinitionDocument(
            string path, string text, MarkdownDocument markdown, YamlFrontMatterBlock frontBlock,
            YamlMap frontMatter)
        {
            Path = path;
            Text = text;
            Markdown = markdown;
            FrontMatter = frontMatter;
            BodyStart = frontBlock.Span.End + 1;
        }

        public string Path { get; }

        /// <summary>The whole file with LF line endings and no byte-order mark.</summary>
        public string Text { get; }

        public MarkdownDocument Markdown { get; }

        public YamlMap FrontMatter { get; }

        /// <summary>The Markdown after the front matter, as written.</summary>
        public string Body => Text.Substring(BodyStart).Trim('\n').TrimEnd();

        private int BodyStart { get; }

        /// <summary>
        /// Splits the file. Throws when it has no front matter or the front matter is not
        /// YAML, since nothing of the definition can be read then.
        /// </summary>
        public static DefinitionDocument Parse(string path, string text)
        {
            var bag = new DiagnosticBag(path);
            var normal = Normalize(text ?? "");

            var markdown = Markdig.Markdown.Parse(normal, Pipeline);
            var frontBlock = markdown.FirstOrDefault() as YamlFrontMatterBlock;
            if (frontBlock == null)
            {
                throw bag.Fail(
                    ParseCodes.NoFrontMatter, 1, 0,
                    "the file has no front matter: it must start with a '---' line, " +
                    "the YAML fields, and a closing '---' line");
            }

            var frontMatter = ReadFrontMatter(frontBlock, bag);
            return new DefinitionDocument(path, normal, markdown, frontBlock, frontMatter);
        }

        private static YamlMap ReadFrontMatter(YamlFrontMatterBlock block, DiagnosticBag bag)
        {
            var firstLine = block.Line + 2;
            YamlNode root;
            try
            {
                root = YamlLoader.Load(block.Lines.ToString(), block.Line + 1);
            }
            catch (YamlProblem problem)
            {
                throw bag.Fail(
                    ParseCodes.FrontMatterYaml, problem.Line, problem.Column,
                    $"the front matter is not valid YAML: {problem.Message}");
            }

            switch (root)
            {
                case null:
                    return YamlMap.Empty(firstLine);
                case YamlMappingNode mapping:
                    return new YamlMap(mapping, block.Line + 1);
                default:
                    throw bag.Fail(
                        ParseCodes.FrontMatterYaml, firstLine, 1,
                        "the front matter must be a YAML map of fields (key: value)");
            }
        }

        private static string Normalize(string text)
        {
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text.Substring(1);
            }

            return text.Replace("\r\n", "\n").Replace('\r', '\n');
        }
    }
}
