using System.Collections.Generic;
using System.Linq;
using TeamForge.Planning;

namespace TeamForge.Tests.Planning
{
    public class TaskPlannerTests
    {
        [Fact]
        public void HubAndSpokeTeamRunsItsSpokesFirstAndTheLeadIntegrates()
        {
            var team = new TeamBuilder("review", "chief")
                .Member("chief", "Lead").Member("tester", "Tester").Member("critic", "Critic")
                .Task("test", "tester").Task("criticise", "critic")
                .Task("merge", "chief", "test", "criticise")
                .Build();

            var plan = Plan(team);

            Assert.Equal(new[] { "test", "criticise", "merge" }, Names(plan));
            Assert.Equal(new[] { new[] { "test", "criticise" }, new[] { "merge" } }, plan.Waves);
            Assert.Equal(new[] { "test", "criticise" }, Task(plan, "merge").DependsOn);
            Assert.Equal(new[] { 0, 0, 1 }, plan.Tasks.Select(t => t.Wave));
            Assert.Equal(new[] { "merge" }, plan.Tasks.Where(t => t.IsIntegration).Select(Name));
            Assert.Equal("Tester", Task(plan, "test").Role);
            Assert.Same(team.Members[1], Task(plan, "test").Member);
        }

        [Fact]
        public void TasksComeInDependencyOrderAndFileOrderWithinAWave()
        {
            var team = new TeamBuilder("order", "a")
                .Member("a", "Lead").Member("b", "Helper")
                .Task("late", "a", "early").Task("early", "b").Task("other", "b")
                .Build();

            var plan = Plan(team);

            Assert.Equal(new[] { "early", "other", "late" }, Names(plan));
        }

        [Fact]
        public void SequentialTeamWithoutBlockedByIsAChainInListOrder()
        {
            var team = new TeamBuilder("line", "first", "sequential")
                .Member("first", "Lead").Member("second", "Next").Member("third", "Last")
                .Task("one", "first").Task("two", "second").Task("three", "third")
                .Build();

            var plan = Plan(team);

            Assert.Equal(new[] { "one" }, Task(plan, "two").DependsOn);
            Assert.Equal(new[] { "two" }, Task(plan, "three").DependsOn);
            Assert.Equal(3, plan.Waves.Count);
            Assert.Equal(new[] { "one", "two", "three" }, plan.CriticalPath);
        }

        [Fact]
        public void SequentialTeamThatNamesDependenciesUsesThemOnly()
        {
            var team = new TeamBuilder("fork", "first", "sequential")
                .Member("first", "Lead").Member("second", "Next")
                .Task("one", "first").Task("two", "second").Task("three", "second", "one")
                .Build();

            var plan = Plan(team);

            Assert.Empty(Task(plan, "two").DependsOn);
            Assert.Equal(new[] { "one" }, Task(plan, "three").DependsOn);
        }

        [Fact]
        public void TeamWithoutTasksGetsAContributionPerMemberAndTheLeadsIntegration()
        {
            var team = new TeamBuilder("Quiet Team", "boss")
                .Member("boss", "Lead")
                .Member("writer", "Writer").Responsible("Drafts the text.")
                .Member("checker", "Checker")
                .Build();

            var plan = Plan(team);

            Assert.Equal(
                new[] { "contribute-writer", "contribute-checker", "integrate-quiet-team" },
                Names(plan));
            Assert.Equal("Drafts the text.", Task(plan, "contribute-writer").Description);
            Assert.Contains("Checker", Task(plan, "contribute-checker").Description);
            var integration = Task(plan, "integrate-quiet-team");
            Assert.Equal("boss", integration.AgentId);
            var contributions = new[] { "contribute-writer", "contribute-checker" };
            Assert.Equal(contributions, integration.DependsOn);
            Assert.True(integration.IsIntegration);
        }

        [Fact]
        public void TeamOfOneWithoutTasksGetsJustItsTask()
        {
            var team = new TeamBuilder("solo", "only").Member("only", "Lead").Build();

            var plan = Plan(team);

            Assert.Equal(new[] { "contribute-only" }, Names(plan));
            Assert.Equal("only", plan.Tasks[0].AgentId);
        }

        [Fact]
        public void VariableMemberExpandsToTheDefaultAndTheAgentsMiddleTaskFansOut()
        {
            var team = ShapeShiftingTeam().Spawn(2, 8, 3).Build();

            var plan = Plan(team);

            Assert.Equal(
                new[] { "survey", "carry-out#1", "carry-out#2", "carry-out#3", "merge" },
                Names(plan));
            Assert.Equal("Lead", Task(plan, "survey").Role);
            Assert.All(plan.Tasks.Where(t => t.Name.StartsWith("carry-out")), task =>
            {
                Assert.Same(team.Members[1], task.Member);
                Assert.Equal(new[] { "survey" }, task.DependsOn);
            });
            Assert.Equal(new[] { 1, 2, 3 }, plan.Tasks.Skip(1).Take(3).Select(t => t.Instance));
            Assert.Equal(
                new[] { "carry-out#1", "carry-out#2", "carry-out#3" },
                Task(plan, "merge").DependsOn);
            Assert.Same(team.Members[0], Task(plan, "merge").Member);
            Assert.True(Task(plan, "merge").IsIntegration);
            Assert.Equal(3, plan.Waves.Count);
        }

        [Fact]
        public void MemberCountOverridesTheDefault()
        {
            var team = ShapeShiftingTeam().Spawn(2, 8, 3).Build();

            var plan = Plan(team, memberCount: 5);

            Assert.Equal(5, plan.Tasks.Count(t => t.Name.StartsWith("carry-out#")));
            Assert.Equal(5, Task(plan, "merge").DependsOn.Count);
        }

        [Theory]
        [InlineData(9)]
        [InlineData(1)]
        public void MemberCountOutsideTheSpawnLimitsIsTF3002(int count)
        {
            var team = ShapeShiftingTeam().Spawn(2, 8, 3).Build();

            var error = Assert.Throws<DefinitionException>(() => Plan(team, memberCount: count));

            var diagnostic = Assert.Single(error.Diagnostics);
            Assert.Equal("TF3002", diagnostic.Code);
            Assert.Equal(team.Members[1].Line, diagnostic.Line);
            Assert.Equal(team.Path, diagnostic.Path);
            Assert.Contains("2 to 8", diagnostic.Message);
        }

        [Fact]
        public void VariableMemberWithoutSpawnLimitsOrCountIsOneInstance()
        {
            var team = ShapeShiftingTeam().Build();

            var plan = Plan(team);

            Assert.Equal(new[] { "survey", "carry-out", "merge" }, Names(plan));
            Assert.Equal(0, Task(plan, "carry-out").Instance);
        }

        [Fact]
        public void NumericCountExpandsToThatManyInstances()
        {
            var team = new TeamBuilder("pair", "lead")
                .Member("lead", "Lead").Member("worker", "Worker", "2")
                .Task("work", "worker").Task("gather", "lead", "work")
                .Build();

            var plan = Plan(team, memberCount: 7);

            Assert.Equal(new[] { "work#1", "work#2", "gather" }, Names(plan));
        }

        [Fact]
        public void SlotWhoseRoleTheTaskNamesDoesIt()
        {
            var team = new TeamBuilder("twins", "dual")
                .Member("dual", "Lead").Member("dual", "Auditor")
                .Task("check", "dual").Described("Act as the auditor and check the books.")
                .Build();

            var plan = Plan(team);

            Assert.Equal("Auditor", plan.Tasks[0].Role);
        }

        [Fact]
        public void BothFansOutToEveryMemberAndDependentsWaitOnEveryCopy()
        {
            var team = new TeamBuilder("duo", "left")
                .Member("left", "Lead").Member("right", "Partner")
                .Task("draft", "both").Task("decide", "left", "draft")
                .Build();

            var plan = Plan(team);

            Assert.Equal(new[] { "draft@left", "draft@right", "decide" }, Names(plan));
            Assert.Equal("right", Task(plan, "draft@right").AgentId);
            Assert.Equal(new[] { "draft@left", "draft@right" }, Task(plan, "decide").DependsOn);
            Assert.True(Task(plan, "decide").IsIntegration);
        }

        [Fact]
        public void RoleFansOutToEverySlotWithThatRole()
        {
            var team = new TeamBuilder("sprint", "master")
                .Member("master", "Scrum Master")
                .Member("backend", "Developer").Member("frontend", "developer")
                .Task("build", "Developer")
                .Build();

            var plan = Plan(team);

            Assert.Equal(new[] { "build@backend", "build@frontend" }, Names(plan));
        }

        [Fact]
        public void FanOutNamesTheRoleWhenTheSameAgentFillsTwoSlots()
        {
            var team = new TeamBuilder("mirror", "self")
                .Member("self", "Lead").Member("self", "Shadow")
                .Task("reflect", "all")
                .Build();

            var plan = Plan(team);

            Assert.Equal(new[] { "reflect@self.lead", "reflect@self.shadow" }, Names(plan));
        }

        [Fact]
        public void PlaceholderBoundToAMemberUsesThatMember()
        {
            var team = PlaceholderTeam("any");

            var plan = Plan(team, new Dictionary<string, string> { ["ANY"] = "helper" });

            Assert.Same(team.Members[1], Task(plan, "extra").Member);
            Assert.Equal("helper", Task(plan, "extra").AgentId);
        }

        [Fact]
        public void PlaceholderBoundToALibraryAgentOutsideTheTeamIsAGuest()
        {
            var team = PlaceholderTeam("someone");
            var library = TeamBuilder.Library("boss", "helper", "visitor");
            var options = new PlanOptions
            {
                Bindings = new Dictionary<string, string> { ["someone"] = "visitor" },
            };

            var plan = TaskPlanner.Plan(team, library, options);

            Assert.Equal("visitor", Task(plan, "extra").AgentId);
            Assert.Equal(AssigneeResolver.GuestRole, Task(plan, "extra").Role);
        }

        [Fact]
        public void AnyNameInTheBindingsIsAPlaceholder()
        {
            var team = PlaceholderTeam("second-opinion");

            var plan = Plan(team, new Dictionary<string, string> { ["second-opinion"] = "boss" });

            Assert.Equal("boss", Task(plan, "extra").AgentId);
        }

        [Fact]
        public void UnboundPlaceholderIsTF3001AndSaysHowToBindIt()
        {
            var team = PlaceholderTeam("tbd");

            var error = Assert.Throws<DefinitionException>(() => Plan(team));

            var diagnostic = Assert.Single(error.Diagnostics);
            Assert.Equal("TF3001", diagnostic.Code);
            Assert.Equal(team.Path, diagnostic.Path);
            Assert.Equal(team.Tasks[1].Line, diagnostic.Line);
            Assert.Contains("'tbd'", diagnostic.Message);
            Assert.Contains("-Bind @{ tbd = '<agent-id>' }", diagnostic.Message);
            Assert.Contains($"{team.Path}:{team.Tasks[1].Line}", error.Message);
        }

        [Fact]
        public void PlaceholderBoundToAnUnknownAgentIsTF3003()
        {
            var team = PlaceholderTeam("any");
            var bindings = new Dictionary<string, string> { ["any"] = "nobody" };

            var error = Assert.Throws<DefinitionException>(() => Plan(team, bindings));

            Assert.Equal("TF3003", error.Code);
            Assert.Contains("'nobody'", error.Message);
        }

        [Fact]
        public void RunLevelTaskIsPlannedWithItsReasonAndDoesNotTakeTheIntegration()
        {
            var team = new TeamBuilder("ritual", "keeper", "sequential")
                .Member("keeper", "Lead").Member("helper", "Helper")
                .Task("open", "keeper").Task("work", "helper", "open")
                .Task("close", "keeper", "work").Task("archive", "Orchestrator", "close")
                .Build();

            var plan = Plan(team);

            var archive = Task(plan, "archive");
            Assert.Null(archive.Member);
            Assert.Null(archive.AgentId);
            Assert.Contains("run-level role 'Orchestrator'", archive.RunLevelReason);
            Assert.Equal(new[] { "close" }, archive.DependsOn);
            Assert.True(Task(plan, "close").IsIntegration);
            Assert.Null(Task(plan, "work").RunLevelReason);
        }

        [Fact]
        public void NoIntegrationWhenTheLeadsLastTaskIsNotReachedByAll()
        {
            var team = new TeamBuilder("loose", "boss")
                .Member("boss", "Lead").Member("helper", "Helper")
                .Task("plan", "boss").Task("do", "helper")
                .Build();

            var plan = Plan(team);

            Assert.DoesNotContain(plan.Tasks, t => t.IsIntegration);
        }

        [Fact]
        public void CriticalPathIsTheLongestChainAndTheFirstOfEqualChains()
        {
            var team = new TeamBuilder("paths", "boss")
                .Member("boss", "Lead").Member("helper", "Helper")
                .Task("a1", "helper").Task("b1", "helper")
                .Task("a2", "helper", "a1").Task("b2", "helper", "b1")
                .Task("b3", "helper", "b2").Task("end", "boss", "a2", "b3")
                .Build();

            var plan = Plan(team);

            Assert.Equal(new[] { "b1", "b2", "b3", "end" }, plan.CriticalPath);

            var even = new TeamBuilder("even", "boss")
                .Member("boss", "Lead").Member("helper", "Helper")
                .Task("x1", "helper").Task("y1", "helper")
                .Task("x2", "helper", "x1").Task("y2", "helper", "y1")
                .Build();
            Assert.Equal(new[] { "x1", "x2" }, Plan(even).CriticalPath);
        }

        [Fact]
        public void StructuralErrorsAllComeInOneDefinitionException()
        {
            var team = new TeamBuilder("broken", "boss")
                .Member("boss", "Lead")
                .Task("one", "boss", "missing").Task("two", "stranger")
                .Build();

            var error = Assert.Throws<DefinitionException>(() => Plan(team));

            var codes = error.Diagnostics.Select(d => d.Code).OrderBy(c => c);
            Assert.Equal(new[] { "TF2001", "TF2004" }, codes);
            Assert.All(error.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        }

        [Fact]
        public void UnboundPlaceholderAndGraphErrorsComeTogether()
        {
            var team = new TeamBuilder("mixed", "boss")
                .Member("boss", "Lead")
                .Task("one", "any", "nothing")
                .Build();

            var error = Assert.Throws<DefinitionException>(() => Plan(team));

            var codes = error.Diagnostics.Select(d => d.Code).OrderBy(c => c);
            Assert.Equal(new[] { "TF2001", "TF3001" }, codes);
        }

        private static TeamBuilder ShapeShiftingTeam()
        {
            return new TeamBuilder("shifting", "morph", "adaptive")
                .Member("morph", "Lead").Member("morph", "Member", "variable")
                .Task("survey", "morph").Described("Split the work among the team's members.")
                .Task("carry-out", "morph", "survey").Described("Do one part of the work.")
                .Task("merge", "morph", "carry-out").Described("Join the parts.");
        }

        private static TeamDefinition PlaceholderTeam(string placeholder)
        {
            return new TeamBuilder("open", "boss")
                .Member("boss", "Lead").Member("helper", "Helper")
                .Task("start", "boss").Task("extra", placeholder, "start")
                .Build();
        }

        private static TaskPlan Plan(
            TeamDefinition team, IDictionary<string, string> bindings = null,
            int? memberCount = null)
        {
            var options = new PlanOptions { MemberCount = memberCount };
            if (bindings != null)
            {
                options.Bindings = bindings;
            }

            return TaskPlanner.Plan(team, TeamBuilder.LibraryFor(team), options);
        }

        private static string Name(PlannedTask task)
        {
            return task.Name;
        }

        private static string[] Names(TaskPlan plan)
        {
            return plan.Tasks.Select(t => t.Name).ToArray();
        }

        private static PlannedTask Task(TaskPlan plan, string name)
        {
            return plan.Tasks.Single(t => t.Name == name);
        }
    }
}
