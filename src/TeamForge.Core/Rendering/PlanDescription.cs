using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using TeamForge.Execution;
using TeamForge.Library;
using TeamForge.Planning;

namespace TeamForge.Rendering
{
    /// <summary>
    /// A plan in words, for -WhatIf: each wave's tasks with the member and model that would
    /// do them and what they wait on, then the critical path. A provider that describes its
    /// invocations (<see cref="IInvocationDescriber"/>) has its lines under each task.
    /// </summary>
    public static class PlanDescription
    {
        private const string TaskIndent = "  ";

        private const string InvocationIndent = "      ";

        public static string Describe(TaskPlan plan, TeamLibrary library)
        {
            return Describe(plan, library, null, null);
        }

        /// <summary>
        /// The plan, and under each task how the provider would do it when the provider can
        /// say: the request goes into each task's prompt as the run would write it.
        /// </summary>
        public static string Describe(
            TaskPlan plan, TeamLibrary library, ITaskProvider provider, string request)
        {
            var text = new StringBuilder();
            text.AppendLine($"Team '{plan.Team.Name}': {plan.Tasks.Count} tasks in " +
                $"{plan.Waves.Count} waves.");
            var byName = plan.Tasks.ToDictionary(task => task.Name);
            for (var wave = 0; wave < plan.Waves.Count; wave++)
            {
                text.AppendLine($"Wave {wave}:");
                foreach (var name in plan.Waves[wave])
                {
                    var task = byName[name];
                    text.AppendLine(TaskIndent + DescribeTask(task, library));
                    if (provider is IInvocationDescriber describer && task.RunLevelReason == null)
                    {
                        foreach (var line in Invocation(describer,
                            PreviewContext(plan, task, library, request)))
                        {
                            text.AppendLine(InvocationIndent + line);
                        }
                    }
                }
            }

            text.Append("Critical path: ").Append(string.Join(" -> ", plan.CriticalPath));
            return text.ToString();
        }

        // A plan is shown whatever a provider makes of a task: what it cannot describe, it
        // says instead.
        private static IEnumerable<string> Invocation(
            IInvocationDescriber describer, TaskContext context)
        {
            try
            {
                return describer.DescribeInvocation(context).ToList();
            }
            catch (Exception error)
            {
                return new[] { $"cannot say how it would run: {error.Message}" };
            }
        }

        // The context the run would give the task, but for what only the run can know: its
        // id, its folder and the outputs of the tasks it waits on.
        private static TaskContext PreviewContext(
            TaskPlan plan, PlannedTask task, TeamLibrary library, string request)
        {
            var context = new TaskContext
            {
                Request = request,
                Team = plan.Team,
                Task = task,
                Member = task.Member,
                Agent = library?.FindAgent(task.AgentId),
                Library = library,
            };
            context.Prompt = PromptBuilder.Build(context);
            return context;
        }

        private static string DescribeTask(PlannedTask task, TeamLibrary library)
        {
            if (task.RunLevelReason != null)
            {
                return $"{task.Name}: not run by a member ({task.RunLevelReason})";
            }

            var model = library?.FindAgent(task.AgentId)?.Model ?? "no model named";
            var waits = task.DependsOn.Count == 0
                ? "waits on nothing"
                : "waits on " + string.Join(", ", task.DependsOn);
            var integration = task.IsIntegration ? ", integrates the others" : string.Empty;
            return $"{task.Name}: {task.AgentId} ({task.Role}), model {model}; " +
                $"{waits}{integration}";
        }
    }
}
