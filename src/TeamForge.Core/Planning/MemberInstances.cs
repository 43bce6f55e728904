using System.Collections.Generic;

namespace TeamForge.Planning
{
    /// <summary>How many instances each member slot has in a run.</summary>
    internal static class MemberInstances
    {
        public static IDictionary<TeamMember, int> Count(
            TeamDefinition team, int? memberCount, TeamDiagnostics diagnostics)
        {
            var counts = new Dictionary<TeamMember, int>();
            foreach (var member in TaskDependencies.Members(team))
            {
                counts[member] = IsVariable(member)
                    ? Variable(team, member, memberCount, diagnostics)
                    : Fixed(member);
            }

            return counts;
        }

        private static bool IsVariable(TeamMember member)
        {
            return member.IsVariable || Names.Same(member.Count, "variable");
        }

        private static int Fixed(TeamMember member)
        {
            // Limitation: a count that is no number (nor "variable") is taken as one instance;
            // reading the count is the parser's concern.
            return int.TryParse(member.Count?.Trim(), out var count) && count > 1 ? count : 1;
        }

        private static int Variable(
            TeamDefinition team, TeamMember member, int? memberCount,
            TeamDiagnostics diagnostics)
        {
            var spawn = team.SpawnConfig;
            var count = memberCount ?? spawn?.Default ?? spawn?.Min ?? 1;
            var min = System.Math.Max(1, spawn?.Min ?? 1);
            var max = spawn?.Max ?? int.MaxValue;
            if (count >= min && count <= max)
            {
                return count;
            }

            var limits = spawn?.Max == null ? $"at least {min}" : $"{min} to {max}";
            diagnostics.Error("TF3002", $"Member '{member.Agent}' ({member.Role}) has a variable "
                + $"count and would get {count} instances; team '{team.Name}' allows {limits}. "
                + "Pass -MemberCount within those limits.", member.Line);
            return 1;
        }
    }
}
