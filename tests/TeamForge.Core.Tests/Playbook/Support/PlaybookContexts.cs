using System;
using System.Collections.Generic;
using System.Linq;
using TeamForge.Execution;
using TeamForge.Library;
using TeamForge.Planning;

namespace TeamForge.Tests.Playbook
{
    /// <summary>
    /// Builds task contexts the way the scheduler will, from a team and a library, so the
    /// playbook can be tested before the planner lands: the lead's task that waits on
    /// others is the integrating one, waves follow blocked_by.
    /// </summary>
    internal static class PlaybookContexts
    {
        public const string Request =
            "Design our internal developer platform with Kubernetes, CI/CD, ML serving "
                + "and security";

        public static TaskContext For(
            TeamDefinition team,
            TeamLibrary library,
            string taskName,
            IReadOnlyList<TaskInput> inputs = null,
            string request = Request
        )
        {
            var source = team.Tasks.Single(task => task.Name == taskName);
            var member = team.Members.FirstOrDefault(m =>
                string.Equals(m.Agent, source.Assignee, StringComparison.OrdinalIgnoreCase)
                || string.Equals(m.Role, source.Assignee, StringComparison.OrdinalIgnoreCase)
            );
            var planned = new PlannedTask
            {
                Name = source.Name,
                Source = source,
                Description = source.Description,
                Member = member,
                AgentId = member?.Agent,
                Role = member?.Role,
                DependsOn = source.BlockedBy,
                IsIntegration = member?.Agent == team.Lead && source.BlockedBy.Length > 0,
                Wave = Wave(team, source),
            };
            return new TaskContext
            {
                RunId = "run-1",
                Request = request,
                Team = team,
                Task = planned,
                Member = member,
                Agent = library.FindAgent(member?.Agent),
                Library = library,
                Inputs = inputs ?? new TaskInput[0],
            };
        }

        public static TaskInput InputFrom(TaskContext context, string output)
        {
            return new TaskInput
            {
                TaskName = context.TaskName,
                Member = context.Member?.Agent,
                Role = context.Member?.Role,
                Output = output,
            };
        }

        public static int Wave(TeamDefinition team, TeamTask task)
        {
            return task.BlockedBy.Length == 0
                ? 0
                : 1
                    + task.BlockedBy.Max(name =>
                        Wave(team, team.Tasks.Single(t => t.Name == name))
                    );
        }
    }
}
