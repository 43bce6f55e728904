using System;
using System.Collections.Generic;
using System.Linq;
using TeamForge.Library;

namespace TeamForge.Planning
{
    /// <summary>
    /// Turns a team definition into the tasks of one run: assignees resolved to member slots,
    /// placeholders bound, variable members expanded, the graph ordered into waves.
    /// </summary>
    public static class TaskPlanner
    {
        /// <exception cref="DefinitionException">
        /// The team cannot run: its graph is broken, a placeholder is unbound, or a member
        /// count is outside the team's limits. The exception carries every such error.
        /// </exception>
        public static TaskPlan Plan(TeamDefinition team, TeamLibrary library, PlanOptions options)
        {
            if (team == null)
            {
                throw new ArgumentNullException(nameof(team));
            }

            var bindings = options?.Bindings;
            var problems = new TeamDiagnostics(team);
            problems.Diagnostics.AddRange(team.ParseDiagnostics ?? new Diagnostic[0]);
            problems.Diagnostics.AddRange(TaskGraphValidator.Validate(team, library, bindings));

            var instances = MemberInstances.Count(team, options?.MemberCount, problems);
            var specs = TaskDependencies.Tasks(team).Count == 0
                ? DefaultTasks.For(team)
                : Specs(team, library, bindings, problems);
            ThrowOnErrors(problems);

            return TaskGraph.Build(team, Expand(specs, instances));
        }

        private static IReadOnlyList<TaskSpec> Specs(
            TeamDefinition team, TeamLibrary library, IDictionary<string, string> bindings,
            TeamDiagnostics problems)
        {
            var tasks = TaskDependencies.Tasks(team);
            var specs = new List<TaskSpec>();
            for (var i = 0; i < tasks.Count; i++)
            {
                var assignee = AssigneeResolver.Resolve(team, tasks[i], bindings, library);
                CheckBinding(tasks[i], assignee, library, problems);
                specs.Add(new TaskSpec(tasks[i], assignee, TaskDependencies.BlockedBy(team, i)));
            }

            return specs;
        }

        private static void CheckBinding(
            TeamTask task, AssigneeResolution assignee, TeamLibrary library,
            TeamDiagnostics problems)
        {
            if (assignee.Kind != AssigneeKind.Placeholder || assignee.Members.Count > 0)
            {
                return;
            }

            if (assignee.BoundAgent == null)
            {
                problems.Error("TF3001", $"Task '{task.Name}' is assigned to the placeholder "
                    + $"'{assignee.Assignee}', which is not bound to an agent. Bind it when you "
                    + $"run the team: -Bind @{{ {assignee.Assignee} = '<agent-id>' }}.",
                    task.Line);
            }
            else
            {
                var where = library?.Path == null ? "" : $" or of the library at '{library.Path}'";
                problems.Error("TF3003", $"Task '{task.Name}': the placeholder "
                    + $"'{assignee.Assignee}' is bound to '{assignee.BoundAgent}', which is no "
                    + $"agent of the team{where}.", task.Line);
            }
        }

        /// <summary>
        /// One planned task per slot instance, in file order. A task that waited on a task
        /// that fans out waits on every copy of it.
        /// </summary>
        private static IReadOnlyList<PlannedTask> Expand(
            IReadOnlyList<TaskSpec> specs, IDictionary<TeamMember, int> instances)
        {
            var copies = new Dictionary<string, List<PlannedTask>>(Names.Comparer);
            foreach (var spec in specs)
            {
                copies[spec.Source.Name.Trim()] = Copies(spec, instances).ToList();
            }

            // Limitation: copies are not paired, so copy #2 of a task waits on every copy of
            // a fanned-out task it waits on, not on copy #2 only; the file cannot say more.
            foreach (var spec in specs)
            {
                var dependsOn = spec.BlockedBy
                    .SelectMany(name => copies[name])
                    .Select(task => task.Name)
                    .Distinct(Names.Comparer)
                    .ToList();
                foreach (var task in copies[spec.Source.Name.Trim()])
                {
                    task.DependsOn = dependsOn;
                }
            }

            return specs.SelectMany(spec => copies[spec.Source.Name.Trim()]).ToList();
        }

        private static IEnumerable<PlannedTask> Copies(
            TaskSpec spec, IDictionary<TeamMember, int> instances)
        {
            var name = spec.Source.Name.Trim();
            if (spec.Assignee.Kind == AssigneeKind.RunLevel)
            {
                yield return new PlannedTask
                {
                    Name = name,
                    Source = spec.Source,
                    Description = spec.Source.Description,
                    Role = spec.Assignee.Assignee,
                    RunLevelReason = spec.Assignee.RunLevelReason,
                };
                yield break;
            }

            var slots = spec.Assignee.Members;
            foreach (var slot in slots)
            {
                var count = instances.TryGetValue(slot, out var n) ? n : 1;
                var slotName = spec.Assignee.FansOut
                    ? $"{name}@{Names.SlotLabel(slot, slots)}"
                    : name;
                for (var instance = 1; instance <= count; instance++)
                {
                    yield return new PlannedTask
                    {
                        Name = count > 1 ? $"{slotName}#{instance}" : slotName,
                        Source = spec.Source,
                        Description = spec.Source.Description,
                        Member = slot,
                        AgentId = slot.Agent,
                        Role = slot.Role,
                        Instance = count > 1 ? instance : 0,
                    };
                }
            }
        }

        private static void ThrowOnErrors(TeamDiagnostics problems)
        {
            var errors = problems.Errors;
            if (errors.Count > 0)
            {
                throw new DefinitionException(errors);
            }
        }
    }
}
