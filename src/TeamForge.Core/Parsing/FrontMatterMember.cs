using System.Collections.Generic;
using YamlDotNet.RepresentationModel;

namespace TeamForge.Parsing
{
    /// <summary>A member as a team's front matter lists it: id, role, responsibilities.</summary>
    internal sealed class FrontMatterMember
    {
        private static readonly string[] Known = { "id", "agent", "role", "responsibilities" };

        public string Agent { get; private set; }

        public string Role { get; private set; }

        public string Responsibilities { get; private set; }

        public IDictionary<string, object> Extra { get; private set; }

        public int Line { get; private set; }

        /// <summary>Reads the front matter's members; bad entries are reported.</summary>
        public static List<FrontMatterMember> ReadAll(YamlMap frontMatter, DiagnosticBag bag)
        {
            var members = new List<FrontMatterMember>();
            var value = frontMatter.Value("members");
            if (YamlValues.IsEmpty(value))
            {
                return members;
            }

            if (!(value is YamlSequenceNode sequence))
            {
                bag.Error(
                    ParseCodes.FrontMatterYaml, frontMatter.LineOf("members"),
                    "'members' in the front matter must be a list of members (- id: ...)");
                return members;
            }

            foreach (var item in sequence.Children)
            {
                var member = Read(frontMatter, item, bag);
                if (member != null)
                {
                    members.Add(member);
                }
            }

            return members;
        }

        private static FrontMatterMember Read(
            YamlMap frontMatter, YamlNode item, DiagnosticBag bag)
        {
            var line = frontMatter.LineOf(item);
            if (!(item is YamlMappingNode mapping))
            {
                bag.Error(
                    ParseCodes.FrontMatterYaml, line,
                    "a member in the front matter must be a map with an 'id'");
                return null;
            }

            var map = frontMatter.Wrap(mapping);
            var agent = map.Text("id") ?? map.Text("agent");
            if (agent == null)
            {
                bag.Error(
                    ParseCodes.RequiredFieldMissing, line,
                    "a member in the front matter has no 'id' naming its agent");
                return null;
            }

            return new FrontMatterMember
            {
                Agent = agent,
                Role = map.Text("role"),
                Responsibilities = map.Text("responsibilities"),
                Extra = map.Extra(Known),
                Line = line,
            };
        }
    }
}
