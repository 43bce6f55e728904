using System.Linq;
using TeamForge.Planning;

namespace TeamForge.Tests.Planning
{
    /// <summary>The corpus' real teams plan without false errors.</summary>
    public class CorpusPlanningTests
    {
        [Fact]
        public void EveryCorpusTeamValidatesWithoutErrorsOrWarnings()
        {
            var library = CorpusTeams.Library();
            var teams = CorpusTeams.All().Where(t => !System.IO.Path.GetFileName(t.Path)
                .StartsWith("_")).ToList();

            Assert.True(teams.Count >= 12, $"found {teams.Count} teams");
            foreach (var team in teams)
            {
                var found = TaskGraphValidator.Validate(team, library)
                    .Where(d => d.Severity != DiagnosticSeverity.Information);
                Assert.True(!found.Any(), $"{team.Name}: {string.Join("; ", found)}");
            }
        }

        [Fact]
        public void EveryCorpusTeamPlansWithItsDefaults()
        {
            var library = CorpusTeams.Library();

            foreach (var team in CorpusTeams.All())
            {
                var plan = TaskPlanner.Plan(team, library, new PlanOptions());

                Assert.True(plan.Tasks.Count >= team.Tasks.Length, team.Name);
                Assert.Equal(plan.Tasks.Count, plan.Waves.Sum(w => w.Count));
            }
        }

        [Fact]
        public void ShapeShiftingCorpusTeamExpandsItsVariableMember()
        {
            var team = CorpusTeams.Named("opaque-team");

            var plan = TaskPlanner.Plan(team, CorpusTeams.Library(), new PlanOptions());

            var lead = team.Members.Single(m => !m.IsVariable);
            var variable = team.Members.Single(m => m.IsVariable);
            var copies = plan.Tasks.Where(t => t.Member == variable).ToList();
            Assert.Equal(team.SpawnConfig.Default, copies.Count);
            Assert.All(copies, copy => Assert.Equal(1, copy.Wave));
            var integration = plan.Tasks.Single(t => t.IsIntegration);
            Assert.Same(lead, integration.Member);
            Assert.Equal(copies.Select(c => c.Name), integration.DependsOn);
        }

        [Fact]
        public void RunLevelCorpusTaskIsPlannedAsRunLevel()
        {
            var team = CorpusTeams.Named("tending");

            var plan = TaskPlanner.Plan(team, CorpusTeams.Library(), new PlanOptions());

            var runLevel = plan.Tasks.Where(t => t.RunLevelReason != null).ToList();
            Assert.Single(runLevel);
            Assert.Null(runLevel[0].Member);
            Assert.Equal(team.Lead, plan.Tasks.Single(t => t.IsIntegration).AgentId);
        }

        [Fact]
        public void LeadWhosePlanningTaskStandsApartStillIntegratesAtItsJoin()
        {
            var team = CorpusTeams.Named("analytical-chemistry");

            var plan = TaskPlanner.Plan(team, CorpusTeams.Library(), new PlanOptions());

            Assert.Equal("synthesize-report", plan.Tasks.Single(t => t.IsIntegration).Name);
        }
    }
}
