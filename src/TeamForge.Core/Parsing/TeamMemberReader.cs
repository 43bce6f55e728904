using System;
using System.Collections.Generic;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace TeamForge.Parsing
{
    /// <summary>
    /// Reads a team's member slots: from the CONFIG block when the file has one, merged with
    /// the front matter's responsibilities, otherwise from the front matter alone.
    /// </summary>
    internal static class TeamMemberReader
    {
        private const string Variable = "variable";

        private static readonly string[] Known =
        {
            "agent", "id", "role", "subagent_type", "count", "config", "responsibilities",
        };

        public static TeamMember[] FromFrontMatter(IEnumerable<FrontMatterMember> members)
        {
            return members.Select(member => new TeamMember
            {
                Agent = member.Agent,
                Role = member.Role,
                Responsibilities = member.Responsibilities,
                Extra = new SortedDictionary<string, object>(member.Extra, StringComparer.Ordinal),
                Line = member.Line,
            }).ToArray();
        }

        public static TeamMember[] FromConfig(
            YamlMap team, IReadOnlyList<FrontMatterMember> frontMembers, DiagnosticBag bag)
        {
            var value = team.Value("members");
            if (YamlValues.IsEmpty(value))
            {
                return new TeamMember[0];
            }

            if (!(value is YamlSequenceNode sequence))
            {
                bag.Error(
                    ParseCodes.ConfigYaml, team.LineOf("members"),
                    "'members' in the CONFIG block must be a list of slots (- agent: ...)");
                return new TeamMember[0];
            }

            var unmatched = frontMembers.ToList();
            return sequence.Children
                .Select(item => ReadSlot(team, item, unmatched, bag))
                .Where(member => member != null)
                .ToArray();
        }

        private static TeamMember ReadSlot(
            YamlMap team, YamlNode item, List<FrontMatterMember> unmatched, DiagnosticBag bag)
        {
            var line = team.LineOf(item);
            if (!(item is YamlMappingNode mapping))
            {
                bag.Error(
                    ParseCodes.ConfigYaml, line,
                    "a member slot in the CONFIG block must be a map with an 'agent'");
                return null;
            }

            var slot = team.Wrap(mapping);
            var agent = slot.Text("agent") ?? slot.Text("id");
            if (agent == null)
            {
                bag.Error(
                    ParseCodes.RequiredFieldMissing, line,
                    "a member slot in the CONFIG block has no 'agent'");
                return null;
            }

            var role = slot.Text("role");
            var front = TakeMatch(unmatched, agent, role);
            var count = slot.Text("count");
            var member = new TeamMember
            {
                Agent = agent,
                Role = role ?? front?.Role,
                SubagentType = slot.Text("subagent_type"),
                Responsibilities = front?.Responsibilities ?? slot.Text("responsibilities"),
                Count = count,
                IsVariable = string.Equals(count, Variable, StringComparison.OrdinalIgnoreCase),
                Config = SlotConfig(slot, bag),
                Line = line,
            };
            ExtraKeys.Merge(
                member.Extra, front?.Extra ?? new Dictionary<string, object>(),
                slot.Extra(Known));
            return member;
        }

        /// <summary>
        /// The front-matter member for a slot: same agent and role, else the first unmatched
        /// one of the same agent. Each front-matter member serves one slot.
        /// </summary>
        private static FrontMatterMember TakeMatch(
            List<FrontMatterMember> unmatched, string agent, string role)
        {
            var sameAgent = unmatched.Where(member => Same(member.Agent, agent)).ToList();
            var match = sameAgent.FirstOrDefault(member => Same(member.Role, role))
                ?? sameAgent.FirstOrDefault();
            unmatched.Remove(match);
            return match;
        }

        private static IDictionary<string, object> SlotConfig(YamlMap slot, DiagnosticBag bag)
        {
            var value = slot.Value("config");
            if (value is YamlMappingNode mapping)
            {
                return YamlValues.ToDictionary(mapping);
            }

            if (!YamlValues.IsEmpty(value))
            {
                bag.Error(
                    ParseCodes.ConfigYaml, slot.LineOf("config"),
                    "a member slot's 'config' must be a map of settings");
            }

            return new SortedDictionary<string, object>(StringComparer.Ordinal);
        }

        private static bool Same(string left, string right)
        {
            return string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
        }
    }
}
