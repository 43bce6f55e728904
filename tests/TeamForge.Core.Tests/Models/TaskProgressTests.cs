using System;
using System.Linq;
using System.Threading.Tasks;
using TeamForge.Execution;
using TeamForge.Tests.Execution;

namespace TeamForge.Tests.Models
{
    /// <summary>The tokens a chat task reports as its answer streams in.</summary>
    public sealed class TaskProgressTests
    {
        private const string Piece = "piece of text ";

        [Fact]
        public async Task TheCountGrowsWithTheStreamAndEndsWithTheServersOwn()
        {
            var client = new PacedChatClient { Pieces = 5, OutputTokens = 6 };
            var observer = new RecordingObserver();

            await ChatRuns.Run(ChatRuns.Wide(1), Provider(client), observer,
                o => o.ProgressInterval = TimeSpan.Zero);

            var reports = observer.Progress.Where(p => p.Task == "t1")
                .Select(p => p.Progress).ToList();
            var estimated = reports.Where(p => p.TokensEstimated).Select(p => p.Tokens.Value);
            var expected = Enumerable.Range(1, 5).Select(n => (long)Quarter(n * Piece.Length))
                .Concat(new[] { (long)Quarter(5 * Piece.Length + "end.".Length) });
            Assert.Equal(expected, estimated);
            Assert.False(reports.Last().TokensEstimated);
            Assert.Equal(6, reports.Last().Tokens);
            Assert.Equal("6 tokens received", reports.Last().ToString());
        }

        [Fact]
        public async Task AFastStreamIsPassedOnAtMostOncePerIntervalBesidesTheFinalCount()
        {
            var client = new PacedChatClient { Pieces = 200, Pause = TimeSpan.Zero };
            var observer = new RecordingObserver();

            await ChatRuns.Run(ChatRuns.Wide(2), Provider(client), observer,
                o => o.ProgressInterval = TimeSpan.FromHours(1));

            foreach (var task in new[] { "t1", "t2" })
            {
                var reports = observer.Progress.Where(p => p.Task == task)
                    .Select(p => p.Progress).ToList();
                Assert.Equal(2, reports.Count);
                Assert.True(reports[0].TokensEstimated);
                Assert.Equal(Quarter(Piece.Length), reports[0].Tokens);
                Assert.Equal(client.OutputTokens, reports[1].Tokens);
            }
        }

        [Fact]
        public async Task AServerThatNeverCountsLeavesTheEstimateFromTheCharacters()
        {
            var client = new PacedChatClient { Pieces = 2, ReportsUsage = false };
            var observer = new RecordingObserver();

            var results = await ChatRuns.Run(ChatRuns.Wide(1), Provider(client), observer,
                o => o.ProgressInterval = TimeSpan.Zero);

            var last = observer.Progress.Last().Progress;
            Assert.True(last.TokensEstimated);
            Assert.Equal(Quarter(results[0].Output.Length), last.Tokens);
            Assert.Equal($"about {last.Tokens} tokens received (characters/4)", last.ToString());
        }

        private static int Quarter(int characters) => (characters + 3) / 4;

        private static ChatProvider Provider(PacedChatClient client)
        {
            return new ChatProvider(client, new ChatProviderOptions { Model = "m" });
        }
    }
}
