using System;
using System.Linq;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using YamlDotNet.RepresentationModel;

namespace TeamForge.Parsing
{
    /// <summary>
    /// The machine-readable part of a team file: the yaml fence between the
    /// <c>&lt;!-- CONFIG:START --&gt;</c> and <c>&lt;!-- CONFIG:END --&gt;</c> comments.
    /// </summary>
    internal sealed class ConfigBlock
    {
        private static readonly Regex StartMarker = new Regex(@"<!--\s*CONFIG:START\s*-->");
        private static readonly Regex EndMarker = new Regex(@"<!--\s*CONFIG:END\s*-->");

        private ConfigBlock(int line, YamlMap root, YamlMap team)
        {
            Line = line;
            Root = root;
            Team = team;
        }

        /// <summary>The file line of the block's first YAML line.</summary>
        public int Line { get; }

        /// <summary>The whole YAML of the block; null when it is not valid YAML.</summary>
        public YamlMap Root { get; }

        /// <summary>The <c>team:</c> map; null when it is missing or not a map.</summary>
        public YamlMap Team { get; }

        /// <summary>
        /// Finds and reads the block. Returns null when the file has none or when its
        /// markers are broken; every problem found goes to <paramref name="bag"/>.
        /// </summary>
        public static ConfigBlock Find(DefinitionDocument document, DiagnosticBag bag)
        {
            var start = document.Markdown.Descendants<HtmlBlock>().FirstOrDefault(IsStartMarker);
            if (start == null)
            {
                return null;
            }

            var fence = FenceAfter(start);
            if (fence == null)
            {
                bag.Error(
                    ParseCodes.ConfigNotClosed, MarkerLine(start),
                    "the CONFIG block has no ```yaml fence followed by <!-- CONFIG:END -->");
                return null;
            }

            return Read(fence, bag);
        }

        /// <summary>The yaml fence after the START marker, if an END marker follows.</summary>
        private static FencedCodeBlock FenceAfter(HtmlBlock start)
        {
            var siblings = start.Parent.Skip(start.Parent.IndexOf(start) + 1)
                .TakeWhile(block => !IsStartMarker(block))
                .ToList();
            var fenceIndex = siblings.FindIndex(IsYamlFence);
            if (fenceIndex < 0)
            {
                return null;
            }

            var endFollows = siblings.Skip(fenceIndex + 1)
                .TakeWhile(block => !IsYamlFence(block))
                .Any(IsEndMarker);
            return endFollows ? (FencedCodeBlock)siblings[fenceIndex] : null;
        }

        private static ConfigBlock Read(FencedCodeBlock fence, DiagnosticBag bag)
        {
            var line = fence.Line + 2;
            YamlNode root;
            try
            {
                root = YamlLoader.Load(fence.Lines.ToString(), fence.Line + 1);
            }
            catch (YamlProblem problem)
            {
                bag.Error(
                    ParseCodes.ConfigYaml, problem.Line, problem.Column,
                    $"the CONFIG block is not valid YAML: {problem.Message}");
                return new ConfigBlock(line, null, null);
            }

            var rootMap = root is YamlMappingNode mapping
                ? new YamlMap(mapping, fence.Line + 1)
                : null;
            var team = rootMap?.Map("team");
            if (team == null)
            {
                bag.Error(
                    ParseCodes.ConfigTeamMissing, rootMap?.LineOf("team") ?? line,
                    "the CONFIG block must hold a 'team:' map (name, lead, members, tasks)");
            }

            return new ConfigBlock(line, rootMap, team);
        }

        private static int MarkerLine(HtmlBlock block)
        {
            var lines = block.Lines.ToString().Split('\n');
            var index = Array.FindIndex(lines, text => StartMarker.IsMatch(text));
            return block.Line + 1 + Math.Max(0, index);
        }

        private static bool IsYamlFence(Block block)
        {
            if (!(block is FencedCodeBlock fence))
            {
                return false;
            }

            var info = fence.Info ?? "";
            return info.Length == 0 ||
                info.Equals("yaml", StringComparison.OrdinalIgnoreCase) ||
                info.Equals("yml", StringComparison.OrdinalIgnoreCase);
        }

        private static bool IsStartMarker(Block block)
        {
            return block is HtmlBlock html && StartMarker.IsMatch(html.Lines.ToString());
        }

        private static bool IsEndMarker(Block block)
        {
            return block is HtmlBlock html && EndMarker.IsMatch(html.Lines.ToString());
        }
    }
}
