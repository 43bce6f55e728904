using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TeamForge.Planning
{
    /// <summary>
    /// How the planner compares, suggests and builds names of agents, roles and tasks.
    /// </summary>
    internal static class Names
    {
        public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

        public static bool Same(string left, string right)
        {
            return left != null && right != null && Comparer.Equals(left.Trim(), right.Trim());
        }

        /// <summary>
        /// A lower-case name for use inside task names: "Scrum Master" becomes scrum-master.
        /// </summary>
        public static string Slug(string text)
        {
            var slug = new StringBuilder();
            foreach (var c in (text ?? "").Trim().ToLowerInvariant())
            {
                slug.Append(char.IsLetterOrDigit(c) ? c : '-');
            }

            return string.Join("-", slug.ToString().Split(new[] { '-' },
                StringSplitOptions.RemoveEmptyEntries));
        }

        /// <summary>
        /// A slot's name among others: its agent id, with the role when the agent fills
        /// several of the slots, and with its position when even the roles are the same.
        /// </summary>
        public static string SlotLabel(TeamMember slot, IReadOnlyList<TeamMember> slots)
        {
            var sameAgent = slots.Where(other => Same(other.Agent, slot.Agent)).ToList();
            if (sameAgent.Count == 1)
            {
                return slot.Agent;
            }

            var label = $"{slot.Agent}.{Slug(slot.Role)}";
            var sameRole = sameAgent.Where(other => Same(other.Role, slot.Role)).ToList();
            return sameRole.Count == 1 ? label : $"{label}-{sameRole.IndexOf(slot) + 1}";
        }

        /// <summary>
        /// The edit distance that decides which names are close enough to suggest.
        /// </summary>
        public static int Distance(string left, string right)
        {
            left = left.ToLowerInvariant();
            right = right.ToLowerInvariant();
            var previous = Enumerable.Range(0, right.Length + 1).ToArray();
            for (var i = 1; i <= left.Length; i++)
            {
                var current = new int[right.Length + 1];
                current[0] = i;
                for (var j = 1; j <= right.Length; j++)
                {
                    var change = left[i - 1] == right[j - 1] ? 0 : 1;
                    current[j] = Math.Min(
                        Math.Min(current[j - 1] + 1, previous[j] + 1),
                        previous[j - 1] + change);
                }

                previous = current;
            }

            return previous[right.Length];
        }

        public static bool IsClose(string wanted, string candidate)
        {
            var lowerWanted = wanted.ToLowerInvariant();
            var lowerCandidate = candidate.ToLowerInvariant();
            return lowerCandidate.Contains(lowerWanted) || lowerWanted.Contains(lowerCandidate)
                || Distance(wanted, candidate) <= Math.Max(2, wanted.Length / 3);
        }
    }
}
