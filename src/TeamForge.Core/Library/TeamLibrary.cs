using System;
using System.Collections.Generic;

namespace TeamForge.Library
{
    /// <summary>
    /// The agents, skills and teams of one library folder (agents/, skills/&lt;id&gt;/SKILL.md,
    /// teams/), indexed by id, with what loading them found.
    /// </summary>
    public sealed class TeamLibrary
    {
        public string Path { get; set; }

        public IDictionary<string, AgentDefinition> Agents { get; } =
            new Dictionary<string, AgentDefinition>(StringComparer.OrdinalIgnoreCase);

        public IDictionary<string, SkillDefinition> Skills { get; } =
            new Dictionary<string, SkillDefinition>(StringComparer.OrdinalIgnoreCase);

        public IList<TeamDefinition> Teams { get; } = new List<TeamDefinition>();

        public IList<Diagnostic> Diagnostics { get; } = new List<Diagnostic>();

        public AgentDefinition FindAgent(string id)
        {
            return id != null && Agents.TryGetValue(id, out var agent) ? agent : null;
        }

        public SkillDefinition FindSkill(string id)
        {
            return id != null && Skills.TryGetValue(id, out var skill) ? skill : null;
        }
    }
}
