using System;
using System.Collections.Generic;
using System.Linq;
using TeamForge.Library;

namespace TeamForge.Integration
{
    /// <summary>Which members of a team have a skill as their own.</summary>
    internal static class SkillOwners
    {
        /// <summary>
        /// The agents of the team's members whose skills or mentions list the skill; empty
        /// without a team or a library.
        /// </summary>
        public static List<string> Of(string skill, TeamDefinition team, TeamLibrary library)
        {
            if (team?.Members == null || library == null)
            {
                return new List<string>();
            }

            return team
                .Members.Where(slot => slot.Agent != null)
                .Select(slot => library.FindAgent(slot.Agent))
                .Where(agent => agent != null)
                .Where(agent =>
                    (agent.Skills ?? new string[0])
                        .Concat(agent.MentionedSkills ?? new string[0])
                        .Contains(skill, StringComparer.OrdinalIgnoreCase)
                )
                .Select(agent => agent.Name)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
        }
    }
}
