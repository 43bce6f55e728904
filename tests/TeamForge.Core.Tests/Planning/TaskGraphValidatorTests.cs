using System.Linq;
using TeamForge.Library;
using TeamForge.Planning;

namespace TeamForge.Tests.Planning
{
    public class TaskGraphValidatorTests
    {
        [Fact]
        public void SoundTeamHasNoDiagnostics()
        {
            var team = new TeamBuilder("sound", "boss")
                .Member("boss", "Lead").Member("helper", "Helper")
                .Task("do", "helper").Task("sum-up", "boss", "do")
                .Build();

            Assert.Empty(Validate(team));
        }

        [Fact]
        public void UnknownBlockedByIsTF2001AndSuggestsCloseNames()
        {
            var team = new TeamBuilder("typo", "boss")
                .Member("boss", "Lead")
                .Task("review-code", "boss").Task("report", "boss", "reveiw-code")
                .Build();

            var diagnostic = Assert.Single(Validate(team));

            Assert.Equal("TF2001", diagnostic.Code);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(team.Tasks[1].Line, diagnostic.Line);
            Assert.Equal(team.Path, diagnostic.Path);
            Assert.Contains("'reveiw-code'", diagnostic.Message);
            Assert.Contains("Did you mean 'review-code'?", diagnostic.Message);
        }

        [Fact]
        public void CycleIsTF2002AndNamesTheCycle()
        {
            var team = new TeamBuilder("loop", "boss")
                .Member("boss", "Lead")
                .Task("start", "boss").Task("a", "boss", "b").Task("b", "boss", "a")
                .Build();

            var diagnostic = Assert.Single(Validate(team));

            Assert.Equal("TF2002", diagnostic.Code);
            Assert.Contains("a -> b -> a", diagnostic.Message);
            Assert.Equal(team.Tasks[1].Line, diagnostic.Line);
        }

        [Fact]
        public void DuplicateTaskNameIsTF2003AtTheSecondOne()
        {
            var team = new TeamBuilder("twice", "boss")
                .Member("boss", "Lead")
                .Task("same", "boss").Task("other", "boss").Task("Same", "boss")
                .Build();

            var diagnostic = Assert.Single(Validate(team));

            Assert.Equal("TF2003", diagnostic.Code);
            Assert.Equal(team.Tasks[2].Line, diagnostic.Line);
            Assert.Contains($"line {team.Tasks[0].Line}", diagnostic.Message);
        }

        [Fact]
        public void AssigneeThatResolvesToNothingIsTF2004()
        {
            var team = new TeamBuilder("lost", "boss")
                .Member("boss", "Lead").Member("helper", "Helper")
                .Task("do", "stranger")
                .Build();

            var diagnostic = Assert.Single(Validate(team));

            Assert.Equal("TF2004", diagnostic.Code);
            Assert.Equal(team.Tasks[0].Line, diagnostic.Line);
            Assert.Contains("'stranger'", diagnostic.Message);
            Assert.Contains("helper (Helper)", diagnostic.Message);
        }

        [Fact]
        public void MemberMissingFromTheLibraryIsTF2005Warning()
        {
            var team = new TeamBuilder("unknown", "boss")
                .Member("boss", "Lead").Member("ghost", "Helper")
                .Build();

            var diagnostic = Assert.Single(
                TaskGraphValidator.Validate(team, TeamBuilder.Library("boss")));

            Assert.Equal("TF2005", diagnostic.Code);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal(team.Members[1].Line, diagnostic.Line);
            Assert.Contains("'ghost'", diagnostic.Message);
        }

        [Fact]
        public void TeamWithoutMembersIsTF2006()
        {
            var team = new TeamBuilder("empty", "boss").Build();

            var diagnostic = Assert.Single(Validate(team));

            Assert.Equal("TF2006", diagnostic.Code);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(team.ConfigLine, diagnostic.Line);
        }

        [Fact]
        public void LeadWhoIsNoMemberIsTF2007Warning()
        {
            var team = new TeamBuilder("headless", "absent")
                .Member("helper", "Helper")
                .Build();

            var diagnostic = Assert.Single(Validate(team));

            Assert.Equal("TF2007", diagnostic.Code);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal(team.ConfigLine, diagnostic.Line);
        }

        [Fact]
        public void PlaceholderIsTF2008InformationAndNoError()
        {
            var team = new TeamBuilder("open", "boss")
                .Member("boss", "Lead")
                .Task("start", "boss").Task("extra", "Anyone", "start")
                .Build();

            var diagnostic = Assert.Single(Validate(team));

            Assert.Equal("TF2008", diagnostic.Code);
            Assert.Equal(DiagnosticSeverity.Information, diagnostic.Severity);
            Assert.Equal(team.Tasks[1].Line, diagnostic.Line);
            Assert.Contains("-Bind", diagnostic.Message);
        }

        [Fact]
        public void TaskThatWaitsOnItselfIsTF2009()
        {
            var team = new TeamBuilder("self", "boss")
                .Member("boss", "Lead")
                .Task("start", "boss").Task("spin", "boss", "start", "spin")
                .Build();

            var diagnostic = Assert.Single(Validate(team));

            Assert.Equal("TF2009", diagnostic.Code);
            Assert.Equal(team.Tasks[1].Line, diagnostic.Line);
        }

        [Fact]
        public void TaskWithoutNameIsTF2010()
        {
            var team = new TeamBuilder("nameless", "boss")
                .Member("boss", "Lead")
                .Task(null, "boss")
                .Build();

            var diagnostic = Assert.Single(Validate(team));

            Assert.Equal("TF2010", diagnostic.Code);
            Assert.Equal(team.Tasks[0].Line, diagnostic.Line);
        }

        [Fact]
        public void SameAgentInTwoSlotsRunLevelRolesAndFanOutRaiseNoError()
        {
            var team = new TeamBuilder("varied", "morph", "adaptive")
                .Member("morph", "Lead").Member("morph", "Member", "variable")
                .Member("dev", "Developer")
                .Task("split", "MORPH").Task("build", "developer", "split")
                .Task("each", "everyone", "build").Task("store", "coordinator", "each")
                .Task("own", "Product Owner", "split").Task("sign", "user", "own")
                .Build();

            Assert.Empty(Validate(team));
        }

        [Fact]
        public void ValidationNeverThrowsForAMalformedTeam()
        {
            var team = new TeamDefinition { Name = "bare", Members = null, Tasks = null };

            var diagnostics = TaskGraphValidator.Validate(team, new TeamLibrary());

            Assert.Equal("TF2006", Assert.Single(diagnostics).Code);
        }

        private static System.Collections.Generic.IReadOnlyList<Diagnostic> Validate(
            TeamDefinition team)
        {
            return TaskGraphValidator.Validate(team, TeamBuilder.LibraryFor(team));
        }
    }
}
