using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.Store;
using TeamForge.Tests.Parsing;

namespace TeamForge.Tests.Store
{
    public class AtomicFileTests
    {
        [Fact]
        public void WhileTheContentIsWrittenOnlyATemporaryFileBesideTheTargetExists()
        {
            using (var folder = new TempFolder())
            {
                var target = Path.Combine(folder.Path, "run.json");
                string[] seen = null;

                AtomicFile.Write(target, stream =>
                {
                    stream.Write(new byte[] { 1, 2, 3 }, 0, 3);
                    seen = Directory.GetFiles(folder.Path).Select(Path.GetFileName).ToArray();
                });

                var temporary = Assert.Single(seen);
                Assert.True(AtomicFile.IsTemporary(temporary), temporary);
                Assert.StartsWith(".run.json.", temporary);
                Assert.Equal(new byte[] { 1, 2, 3 }, File.ReadAllBytes(target));
                Assert.Equal(new[] { "run.json" },
                    Directory.GetFiles(folder.Path).Select(Path.GetFileName));
            }
        }

        [Fact]
        public void AWriteThatThrowsMidwayKeepsTheOldContentAndLeavesNoTemporaryFile()
        {
            using (var folder = new TempFolder())
            {
                var target = folder.Write("result.json", "old result");

                var error = Assert.Throws<IOException>(() => AtomicFile.Write(target, stream =>
                {
                    stream.Write(new byte[] { 65, 66, 67 }, 0, 3);
                    stream.Flush();
                    throw new IOException("disk full");
                }));

                Assert.Equal("disk full", error.Message);
                Assert.Equal("old result", File.ReadAllText(target));
                Assert.Single(Directory.GetFiles(folder.Path));
            }
        }

        [Fact]
        public async Task AReaderNeverSeesAPartialFileWhileAWriterReplacesItAgainAndAgain()
        {
            using (var folder = new TempFolder())
            {
                var target = Path.Combine(folder.Path, "task.output.md");
                var versions = new[]
                {
                    new string('a', 3_000_000) + "|end a",
                    new string('b', 2_000_000) + "|end b",
                };
                AtomicFile.WriteAllText(target, versions[0]);
                var writing = true;
                var reads = 0;
                var torn = 0;

                var reader = Task.Run(() =>
                {
                    while (Volatile.Read(ref writing))
                    {
                        var text = File.ReadAllText(target);
                        Interlocked.Increment(ref reads);
                        if (text != versions[0] && text != versions[1])
                        {
                            Interlocked.Increment(ref torn);
                        }
                    }
                });
                // Both must overlap for a while, however the threads are scheduled.
                var clock = Stopwatch.StartNew();
                var writes = 0;
                while ((writes < 40 || Volatile.Read(ref reads) < 40)
                    && clock.Elapsed < TimeSpan.FromSeconds(30))
                {
                    AtomicFile.WriteAllText(target, versions[++writes % 2]);
                }

                Volatile.Write(ref writing, false);
                await reader;

                Assert.True(reads >= 40, $"{reads} reads");
                Assert.Equal(0, torn);
                Assert.Equal(versions[writes % 2], File.ReadAllText(target));
            }
        }

        [Fact]
        public void TheTextIsWrittenAsUtf8WithoutAByteOrderMarkAndTheFolderIsMade()
        {
            using (var folder = new TempFolder())
            {
                var target = Path.Combine(folder.Path, "tasks", "a.output.md");

                AtomicFile.WriteAllText(target, "é\r\nx");

                Assert.Equal(new byte[] { 0xC3, 0xA9, 13, 10, 0x78 }, File.ReadAllBytes(target));
            }
        }

        [Theory]
        [InlineData(".run.json.0123abcd.tmp", true)]
        [InlineData("run.json", false)]
        [InlineData("plan.tmp", false)]
        [InlineData(".hidden", false)]
        public void TemporaryNamesAreTheDottedOnesEndingInTmp(string name, bool temporary)
        {
            Assert.Equal(temporary, AtomicFile.IsTemporary(name));
        }
    }
}
