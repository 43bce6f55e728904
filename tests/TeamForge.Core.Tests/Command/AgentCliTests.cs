using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.Execution;
using TeamForge.Library;
using TeamForge.Planning;
using TeamForge.Tests.Planning;

namespace TeamForge.Tests.Command
{
    /// <summary>
    /// The agent-CLI presets run the corpus' platform team through a stub that records what
    /// each task's process got: arguments, standard input, the system prompt file.
    /// </summary>
    public sealed class AgentCliTests : IDisposable
    {
        private const string Team = "devops-platform-engineering";

        private const string Request = "Design the platform for our model teams";

        private readonly AgentCliStub stub = new AgentCliStub();

        private static TeamLibrary Library => CorpusTeams.Library();

        private static TaskPlan Plan => TaskPlanner.Plan(
            Library.Teams.Single(team => team.Name == Team), Library, new PlanOptions());

        [Fact]
        public async Task ClaudeCodeGetsEachAgentsTierToolsAndInstructionsFile()
        {
            var results = await RunTeam(AgentCliKind.ClaudeCode);

            Assert.All(results, result => Assert.Equal(TaskResultStatus.Succeeded, result.Status));
            foreach (var task in Plan.Tasks)
            {
                var agent = Library.FindAgent(task.AgentId);
                var call = stub.CallFor(task.Name);
                var file = Path.Combine(stub.RunFolder, "system", task.Name + ".md");
                Assert.Equal(new[]
                {
                    "-p", "--output-format=text", "--model=" + agent.Model,
                    "--system-prompt-file=" + file,
                    "--allowedTools=" + string.Join(",", agent.Tools),
                }, call.Arguments);
                Assert.StartsWith(agent.Instructions.Trim(), call.SystemPrompt);
                Assert.StartsWith("# Request", call.Input);
                Assert.DoesNotContain(agent.Instructions.Trim(), call.Input);
            }
        }

        [Fact]
        public async Task ClaudeCodeSendsTheOpusArchitectToOpusWithTheToolsOfItsFile()
        {
            await RunTeam(AgentCliKind.ClaudeCode);

            var architect = Plan.Tasks.Single(task => task.AgentId == "senior-software-developer");
            var call = stub.CallFor(architect.Name);
            Assert.Contains("--model=opus", call.Arguments);
            Assert.Contains("--allowedTools=Read,Grep,Glob,Bash,WebFetch", call.Arguments);
            Assert.Contains("# Your core skills", call.SystemPrompt);
            var skill = Library.FindSkill(Library.FindAgent(architect.AgentId).Skills.First());
            Assert.Contains($"(`{skill.Name}`)", call.SystemPrompt);
        }

        [Fact]
        public async Task TheIntegratingTaskGetsTheOthersOutputsOnStandardInput()
        {
            await RunTeam(AgentCliKind.ClaudeCode);

            var integration = Plan.Tasks.Single(task => task.IsIntegration);
            var input = stub.CallFor(integration.Name).Input;
            foreach (var upstream in integration.DependsOn)
            {
                Assert.Contains($"BEGIN INPUT from task '{upstream}'", input);
            }

            Assert.Equal(integration.DependsOn.Count,
                input.Split(AgentCliStub.Answer).Length - 1);
        }

        [Fact]
        public async Task CodexGetsTheMappedModelAndTheInstructionsAheadOfThePrompt()
        {
            await RunTeam(AgentCliKind.Codex);

            foreach (var task in Plan.Tasks)
            {
                var agent = Library.FindAgent(task.AgentId);
                var call = stub.CallFor(task.Name);
                var model = agent.Model == "opus" ? "gpt-5" : "gpt-5-mini";
                Assert.Equal(new[] { "exec", "--model=" + model, "-" }, call.Arguments);
                Assert.StartsWith(agent.Instructions.Trim(), call.Input);
                Assert.Contains("# Your core skills", call.Input);
                Assert.Contains("\n\n---\n\n# Request", call.Input);
                Assert.Null(call.SystemPrompt);
            }
        }

        [Fact]
        public async Task GeminiCliGetsTheMappedModelPlainTextAndThePromptAfterTheInput()
        {
            await RunTeam(AgentCliKind.GeminiCli);

            foreach (var task in Plan.Tasks)
            {
                var agent = Library.FindAgent(task.AgentId);
                var call = stub.CallFor(task.Name);
                var model = agent.Model == "opus" ? "gemini-2.5-pro" : "gemini-2.5-flash";
                Assert.Equal(new[]
                {
                    "--output-format=text", "--model=" + model, "-p", AgentCli.GeminiPrompt,
                }, call.Arguments);
                Assert.StartsWith(agent.Instructions.Trim(), call.Input);
                Assert.EndsWith(PromptOf(task), call.Input);
            }
        }

        [Fact]
        public async Task AnAgentWithoutToolsOrAMappedTierLeavesThoseFlagsOut()
        {
            var options = AgentCli.Options(AgentCliKind.ClaudeCode);
            options.Command = stub.Path;
            var provider = new CommandProvider(options);
            var context = CommandRuns.Context(model: "inherit", runFolder: stub.RunFolder);
            context.Prompt = "# Your task: write-report\n";

            await CommandRuns.Run(provider, context);

            var file = Path.Combine(stub.RunFolder, "system", "write-report.md");
            Assert.Equal(new[] { "-p", "--output-format=text", "--system-prompt-file=" + file },
                stub.CallFor("write-report").Arguments);
        }

        [Fact]
        public void ExtraArgumentsFollowThePresetsOwnAndPrecedeWhatEndsThem()
        {
            var extra = new[] { "--sandbox", "read-only" };

            Assert.Equal(new[] { "exec", "--model={model?}", "--sandbox", "read-only", "-" },
                AgentCli.Arguments(AgentCliKind.Codex, extra));
            Assert.Equal(new[] { "--sandbox", "read-only", "-p", AgentCli.GeminiPrompt },
                AgentCli.Arguments(AgentCliKind.GeminiCli, extra).Skip(2));
            Assert.Equal(extra, AgentCli.Arguments(AgentCliKind.ClaudeCode, extra).Skip(5));
        }

        [Fact]
        public void EachPresetIsNamedForItsToolAndRunsItByItsNameOnPath()
        {
            var kinds = (AgentCliKind[])Enum.GetValues(typeof(AgentCliKind));

            var names = kinds.Select(kind => new CommandProvider(AgentCli.Options(kind)).Name);

            Assert.Equal(new[] { "Claude Code 'claude'", "Codex 'codex'", "Gemini CLI 'gemini'" },
                names);
        }

        public void Dispose() => stub.Dispose();

        private string PromptOf(PlannedTask task)
        {
            var call = stub.CallFor(task.Name);
            var start = call.Input.IndexOf("# Request", StringComparison.Ordinal);
            return call.Input.Substring(start);
        }

        private async Task<IReadOnlyList<TaskResult>> RunTeam(AgentCliKind kind)
        {
            var options = AgentCli.Options(kind);
            options.Command = stub.Path;
            var run = new RunOptions
            {
                RunId = "run-1",
                RunFolder = stub.RunFolder,
                Request = Request,
                Library = Library,
            };
            using (var limit = new CancellationTokenSource(CommandRuns.Limit))
            {
                return await new TeamRunner().RunAsync(
                    Plan, run, new CommandProvider(options), null, limit.Token);
            }
        }
    }
}
