using System;
using System.Collections.Generic;
using System.Linq;
using TeamForge.Execution;
using TeamForge.Tests.Playbook;

namespace TeamForge.Tests.Integration
{
    /// <summary>
    /// Task results of a bakery run, made with the playbook and fixed clock times.
    /// </summary>
    internal static class BakeryResults
    {
        public static readonly DateTimeOffset Start = new DateTimeOffset(
            2026,
            3,
            1,
            8,
            0,
            0,
            TimeSpan.Zero
        );

        public static List<TaskResult> Run(bool integrate = true)
        {
            var provider = new PlaybookProvider();
            var pastry = BakeryTeam.Context("plan-pastry");
            var stores = BakeryTeam.Context("plan-stores");
            var results = new List<TaskResult>
            {
                Result(
                    "plan-pastry",
                    "pastry-cook",
                    "Pastry Cook",
                    provider.Write(pastry),
                    0,
                    0,
                    2
                ),
                Result(
                    "plan-stores",
                    "head-baker",
                    "Head Baker",
                    provider.Write(stores),
                    0,
                    0.5,
                    1.5
                ),
            };
            if (integrate)
            {
                var inputs = results
                    .Select(r => new TaskInput
                    {
                        TaskName = r.TaskName,
                        Member = r.Member,
                        Role = r.Role,
                        Output = r.Output,
                    })
                    .ToList();
                var output = provider.Write(
                    BakeryTeam.Context("integrate-opening", inputs: inputs)
                );
                var integration = Result(
                    "integrate-opening",
                    "head-baker",
                    "Head Baker",
                    output,
                    1,
                    2,
                    3
                );
                integration.IsIntegration = true;
                results.Add(integration);
            }

            for (var i = 0; i < results.Count; i++)
            {
                results[i].PlanIndex = i;
            }

            return results;
        }

        public static TaskResult Result(
            string task,
            string member,
            string role,
            string output,
            int wave,
            double from,
            double to
        )
        {
            return new TaskResult
            {
                RunId = "run-7",
                Team = "bakery",
                TaskName = task,
                Member = member,
                Role = role,
                Status = TaskResultStatus.Succeeded,
                Output = output,
                Request = BakeryTeam.Request,
                Wave = wave,
                StartTime = Start.AddSeconds(from),
                EndTime = Start.AddSeconds(to),
                Duration = TimeSpan.FromSeconds(to - from),
                Provider = "Playbook",
            };
        }

        public static TaskResult Integration(IEnumerable<TaskResult> results)
        {
            return results.Single(result => result.IsIntegration);
        }
    }
}
