using System.Collections.Generic;
using System.Linq;
using TeamForge.Library;

namespace TeamForge.Tests.Planning
{
    /// <summary>
    /// Builds teams in code, the way the parser would hand them over: every member and task
    /// gets its own line so that tests can check where a diagnostic points.
    /// </summary>
    internal sealed class TeamBuilder
    {
        private readonly TeamDefinition team;
        private readonly List<TeamMember> members = new List<TeamMember>();
        private readonly List<TeamTask> tasks = new List<TeamTask>();
        private int line = 7;

        public TeamBuilder(string name, string lead, string coordination = "hub-and-spoke")
        {
            team = new TeamDefinition
            {
                Name = name,
                Lead = lead,
                Coordination = coordination,
                Path = $"/library/teams/{name}.md",
                ConfigLine = 5,
            };
        }

        public TeamBuilder Member(string agent, string role, string count = null)
        {
            members.Add(new TeamMember
            {
                Agent = agent,
                Role = role,
                Count = count,
                IsVariable = count == "variable",
                Line = NextLine(),
            });
            return this;
        }

        public TeamBuilder Responsible(string responsibilities)
        {
            members.Last().Responsibilities = responsibilities;
            return this;
        }

        public TeamBuilder Task(string name, string assignee, params string[] blockedBy)
        {
            tasks.Add(new TeamTask
            {
                Name = name,
                Assignee = assignee,
                BlockedBy = blockedBy,
                Line = NextLine(),
            });
            return this;
        }

        public TeamBuilder Described(string description)
        {
            tasks.Last().Description = description;
            return this;
        }

        public TeamBuilder Spawn(int? min, int? max, int? @default)
        {
            team.SpawnConfig = new SpawnConfig { Min = min, Max = max, Default = @default };
            return this;
        }

        public TeamDefinition Build()
        {
            team.Members = members.ToArray();
            team.Tasks = tasks.ToArray();
            return team;
        }

        /// <summary>A library that holds the given agents and nothing else.</summary>
        public static TeamLibrary Library(params string[] agents)
        {
            var library = new TeamLibrary { Path = "/library" };
            foreach (var agent in agents)
            {
                library.Agents[agent] = new AgentDefinition
                {
                    Name = agent,
                    Description = $"The {agent} agent.",
                    Path = $"/library/agents/{agent}.md",
                };
            }

            return library;
        }

        /// <summary>A library with every agent the team's members name.</summary>
        public static TeamLibrary LibraryFor(TeamDefinition team)
        {
            return Library(team.Members.Select(m => m.Agent).Distinct().ToArray());
        }

        private int NextLine()
        {
            line += 4;
            return line;
        }
    }
}
