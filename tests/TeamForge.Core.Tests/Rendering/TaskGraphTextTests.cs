using System.Linq;
using TeamForge.Planning;
using TeamForge.Rendering;
using TeamForge.Tests.Planning;

namespace TeamForge.Tests.Rendering
{
    public class TaskGraphTextTests
    {
        private static readonly TaskPlan Plan = BuildPlan();

        [Fact]
        public void MermaidGroupsTasksByWaveAndBoldsTheCriticalPath()
        {
            var text = TaskGraphText.Mermaid(Plan);

            Assert.StartsWith("flowchart LR\n", text);
            Assert.Contains("subgraph wave0[\"Wave 0\"]", text);
            Assert.Contains("subgraph wave2[\"Wave 2\"]", text);
            Assert.DoesNotContain("wave3", text);
            Assert.Contains("t1[\"plan #quot;it#quot;<br/>boss\"]", text);
            Assert.Contains("t1 --> t2", text);
            Assert.Contains("class t1 critical", text);
            Assert.Contains("class t4 critical", text);
            Assert.DoesNotContain("class t3 critical", text);
            Assert.Contains("linkStyle 0,2 stroke-width:3px", text);
        }

        [Fact]
        public void DotEscapesQuotesAndMarksTheCriticalEdges()
        {
            var text = TaskGraphText.Dot(Plan);

            Assert.StartsWith("digraph \"graphs\" {", text);
            Assert.Contains("label=\"plan \\\"it\\\"\\nboss\", style=bold", text);
            Assert.Contains("t1 -> t2 [style=bold];", text);
            Assert.Contains("t1 -> t3;", text);
            Assert.Equal(4, text.Split('\n').Count(line => line.Contains(" -> ")));
        }

        [Fact]
        public void PlanDescriptionNamesWavesMembersModelsAndTheCriticalPath()
        {
            var text = PlanDescription.Describe(Plan, TeamBuilder.LibraryFor(Plan.Team));

            Assert.Contains("4 tasks in 3 waves", text);
            Assert.Contains("Wave 1:", text);
            Assert.Contains("build: helper (Helper)", text);
            Assert.Contains("waits on plan \"it\"", text);
            Assert.EndsWith("Critical path: plan \"it\" -> build -> ship", text);
        }

        // plan -> build -> ship, and plan -> check -> ship: build is the longer branch.
        private static TaskPlan BuildPlan()
        {
            var team = new TeamBuilder("graphs", "boss")
                .Member("boss", "Lead").Member("helper", "Helper")
                .Task("plan \"it\"", "boss")
                .Task("build", "helper", "plan \"it\"")
                .Task("check", "helper", "plan \"it\"")
                .Task("ship", "boss", "build", "check")
                .Build();
            return TaskPlanner.Plan(team, TeamBuilder.LibraryFor(team), new PlanOptions());
        }
    }
}
