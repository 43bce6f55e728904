using System.Collections.Generic;
using System.Linq;
using TeamForge.Library;
using TeamForge.Planning;

namespace TeamForge.Validation
{
    /// <summary>
    /// Checks a team against its file format and its library: what the parser noticed, the
    /// task graph, and the agents and skills its members rely on.
    /// </summary>
    public static class TeamValidator
    {
        public static IReadOnlyList<Diagnostic> Validate(TeamDefinition team, TeamLibrary library)
        {
            var diagnostics = new List<Diagnostic>(team.ParseDiagnostics);
            diagnostics.AddRange(TaskGraphValidator.Validate(team, library));
            diagnostics.AddRange(CheckMemberSkills(team, library));

            return diagnostics
                .OrderBy(d => d.Line)
                .ThenBy(d => d.Code, System.StringComparer.Ordinal)
                .ToList();
        }

        public static bool HasErrors(IEnumerable<Diagnostic> diagnostics)
        {
            return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        }

        // A skill an agent lists but the library lacks only thins out what the playbook can
        // say, so it is a warning about the agent's file, not the team's.
        private static IEnumerable<Diagnostic> CheckMemberSkills(
            TeamDefinition team, TeamLibrary library)
        {
            if (library == null || library.Skills.Count == 0)
            {
                yield break;
            }

            var agents = team.Members
                .Select(member => library.FindAgent(member.Agent))
                .Where(agent => agent != null)
                .Distinct();
            foreach (var agent in agents)
            {
                foreach (var skill in agent.Skills.Where(id => library.FindSkill(id) == null))
                {
                    yield return new Diagnostic(
                        DiagnosticSeverity.Warning, "TF2011",
                        $"Agent '{agent.Name}' lists the skill '{skill}', which the library " +
                        "does not have.",
                        agent.Path, agent.SkillsLine);
                }
            }
        }
    }
}
