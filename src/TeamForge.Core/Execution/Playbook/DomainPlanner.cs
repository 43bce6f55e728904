using System;
using System.Collections.Generic;
using System.Linq;
using TeamForge.Library;

namespace TeamForge.Execution
{
    /// <summary>Finds a domain task's concerns and the skills that cover each.</summary>
    internal static class DomainPlanner
    {
        public static DomainPlan Plan(TaskContext context)
        {
            var library = context.Library;
            var agent = context.Agent ?? library?.FindAgent(ConcernExtractor.AgentId(context));
            var named = Named(agent);
            var own = named.Where(id => library?.FindSkill(id) != null).ToList();
            var unknown = named.Where(id => library?.FindSkill(id) == null).ToList();

            var index = new SkillIndex(library);
            var selector = new SkillSelector(index, own, FamiliarDomains(context, own));
            var coverage = ConcernExtractor.Extract(context).Select(selector.Select).ToList();
            return new DomainPlan(
                coverage,
                own,
                unknown,
                SkillsNote(context, agent, own, index)
            );
        }

        private static List<string> Named(AgentDefinition agent)
        {
            var ids = (agent?.Skills ?? new string[0]).Concat(
                agent?.MentionedSkills ?? new string[0]
            );
            return ids.Where(id => !string.IsNullOrWhiteSpace(id))
                .Select(id => id.Trim())
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
        }

        // The domains of the skills the whole team brings: a library skill from one of them
        // is a colleague's kind of work, one from elsewhere is a stranger's.
        private static IEnumerable<string> FamiliarDomains(
            TaskContext context,
            List<string> own
        )
        {
            var library = context.Library;
            var teamSkills = (context.Team?.Members ?? new TeamMember[0])
                .Select(member => library?.FindAgent(member.Agent))
                .SelectMany(Named);
            return own.Concat(teamSkills)
                .Select(id => library?.FindSkill(id)?.Domain)
                .Where(domain => !string.IsNullOrWhiteSpace(domain))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderBy(domain => domain, StringComparer.Ordinal)
                .ToList();
        }

        private static string SkillsNote(
            TaskContext context,
            AgentDefinition agent,
            List<string> own,
            SkillIndex index
        )
        {
            var agentId = ConcernExtractor.AgentId(context) ?? "(unnamed)";
            if (index.Count == 0)
            {
                return "No skill library was given, so no skill could be matched to any concern.";
            }

            if (agent == null)
            {
                return $"The agent `{agentId}` is not in the library, so only library skills "
                    + "were considered.";
            }

            return own.Count == 0
                ? $"The agent `{agentId}` has no skills of its own in the library, so only "
                    + "library skills were considered."
                : null;
        }
    }
}
