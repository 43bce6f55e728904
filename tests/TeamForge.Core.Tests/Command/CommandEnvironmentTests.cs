using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using TeamForge.Execution;

namespace TeamForge.Tests.Command
{
    /// <summary>
    /// The child sees the default set, the names let through and the values set, and
    /// nothing else of this process's environment. env itself adds no variable, so what it
    /// prints is exactly what the child was given.
    /// </summary>
    public class CommandEnvironmentTests : IDisposable
    {
        private readonly string secret = "TEAMFORGE_TEST_SECRET_" + Guid.NewGuid().ToString("N");

        private readonly string shared = "TEAMFORGE_TEST_SHARED_" + Guid.NewGuid().ToString("N");

        public CommandEnvironmentTests()
        {
            Environment.SetEnvironmentVariable(secret, "do-not-leak");
            Environment.SetEnvironmentVariable(shared, "let-through");
        }

        public void Dispose()
        {
            Environment.SetEnvironmentVariable(secret, null);
            Environment.SetEnvironmentVariable(shared, null);
        }

        [Fact]
        public async Task ChildSeesOnlyTheDefaultsTheInheritedAndTheSet()
        {
            var provider = Env(inherit: new[] { shared },
                set: new Dictionary<string, string> { ["TEAMFORGE_MODE"] = "review" });

            var child = CommandRuns.ParseEnv(await CommandRuns.Run(provider));

            Assert.False(child.ContainsKey(secret), "a variable not let through leaked");
            Assert.Equal("let-through", child[shared]);
            Assert.Equal("review", child["TEAMFORGE_MODE"]);
            Assert.Equal(Environment.GetEnvironmentVariable("PATH"), child["PATH"]);
            var allowed = CommandProvider.DefaultEnvironment
                .Concat(new[] { shared, "TEAMFORGE_MODE" });
            Assert.Empty(child.Keys.Except(allowed));
        }

        [Fact]
        public async Task ParentsOtherVariablesDoNotLeak()
        {
            var child = CommandRuns.ParseEnv(await CommandRuns.Run(Env()));

            var parent = Environment.GetEnvironmentVariables().Keys.Cast<string>();
            var leaked = parent.Intersect(child.Keys)
                .Except(CommandProvider.DefaultEnvironment);
            Assert.Empty(leaked);
            Assert.False(child.ContainsKey(secret));
            Assert.False(child.ContainsKey(shared));
        }

        [Fact]
        public async Task InheritedNameIsReadWhenTheTaskRuns()
        {
            var provider = Env(inherit: new[] { shared });
            Environment.SetEnvironmentVariable(shared, "changed after the provider was made");

            var child = CommandRuns.ParseEnv(await CommandRuns.Run(provider));

            Assert.Equal("changed after the provider was made", child[shared]);
        }

        [Fact]
        public async Task SetValueWinsOverTheParentsAndNullLeavesAVariableOut()
        {
            var provider = Env(set: new Dictionary<string, string>
            {
                ["HOME"] = "/tmp/teamforge-home",
                ["PATH"] = null,
            });

            var child = CommandRuns.ParseEnv(await CommandRuns.Run(provider));

            Assert.Equal("/tmp/teamforge-home", child["HOME"]);
            Assert.False(child.ContainsKey("PATH"));
        }

        [Fact]
        public async Task InheritedNameTheParentLacksIsLeftOut()
        {
            var missing = "TEAMFORGE_TEST_UNSET_" + Guid.NewGuid().ToString("N");

            var provider = Env(inherit: new[] { missing });

            var child = CommandRuns.ParseEnv(await CommandRuns.Run(provider));

            Assert.False(child.ContainsKey(missing));
        }

        [Theory]
        [InlineData("")]
        [InlineData("A=B")]
        [InlineData("NUL\0NAME")]
        public void BadVariableNameIsRefusedWhenTheProviderIsMade(string name)
        {
            Assert.Throws<ArgumentException>(() => Env(inherit: new[] { name }));
            Assert.Throws<ArgumentException>(() => Env(
                set: new Dictionary<string, string> { [name] = "x" }));
        }

        [Fact]
        public void ValueWithNulIsRefusedWhenTheProviderIsMade()
        {
            var error = Assert.Throws<ArgumentException>(() => Env(
                set: new Dictionary<string, string> { ["TOKEN"] = "a\0b" }));

            Assert.Contains("TOKEN", error.Message);
            Assert.DoesNotContain("a\0b", error.Message, StringComparison.Ordinal);
        }

        private static CommandProvider Env(
            IList<string> inherit = null, IDictionary<string, string> set = null)
        {
            return new CommandProvider(new CommandProviderOptions
            {
                Command = "/usr/bin/env",
                Arguments = new[] { "-0" },
                InheritEnvironment = inherit ?? new List<string>(),
                Environment = set ?? new Dictionary<string, string>(),
            });
        }
    }
}
