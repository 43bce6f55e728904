using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using TeamForge.Store;
using TeamForge.Tests.Parsing;

namespace TeamForge.Tests.Store
{
    public class SafeFileNameTests
    {
        private static readonly Regex Changed = new Regex("^[a-z0-9._-]*~[0-9a-f]{16}$");

        private static readonly string[] Devices =
        {
            "con", "prn", "aux", "nul", "com1", "com5", "com9", "lpt1", "lpt4", "lpt9",
        };

        [Theory]
        [InlineData("build-api")]
        [InlineData("review_2")]
        [InlineData("v1.2")]
        [InlineData("a")]
        public void SafeNamesStayAsTheyAre(string name)
        {
            Assert.Equal(name, SafeFileName.For(name));
        }

        [Theory]
        [InlineData("../x")]
        [InlineData("..")]
        [InlineData(".")]
        [InlineData(".hidden")]
        [InlineData("a/b")]
        [InlineData("a\\b")]
        [InlineData("C:")]
        [InlineData("c:x")]
        [InlineData("tab\there")]
        [InlineData("bell\u0007")]
        [InlineData("nul\0byte")]
        [InlineData("line\nbreak")]
        [InlineData("CON")]
        [InlineData("con")]
        [InlineData("Con.txt")]
        [InlineData("nul.tar.gz")]
        [InlineData("COM1")]
        [InlineData("com9.md")]
        [InlineData("LPT1")]
        [InlineData("lpt5.log")]
        [InlineData("aux")]
        [InlineData("prn.")]
        [InlineData("trailing.")]
        [InlineData("trailing ")]
        [InlineData("trailing. .")]
        [InlineData("Build")]
        [InlineData("")]
        [InlineData(" ")]
        [InlineData("wer*?<>|\"")]
        [InlineData("élan")]
        [InlineData("x~0123456789abcdef")]
        public void UnsafeNamesMapToAChangedNameThatIsSafe(string name)
        {
            var file = SafeFileName.For(name);

            Assert.Matches(Changed, file);
            AssertSafe(file);
        }

        [Fact]
        public void LongNamesAreCutAndStillTellApart()
        {
            var prefix = new string('a', 100);

            var first = SafeFileName.For(prefix + "1");
            var second = SafeFileName.For(prefix + "2");

            Assert.Equal(SafeFileName.MaxLength, first.Length);
            Assert.NotEqual(first, second);
            Assert.StartsWith(new string('a', 20), first);
            Assert.Equal(new string('b', 80), SafeFileName.For(new string('b', 80)));
            Assert.Matches(Changed, SafeFileName.For(new string('b', 81)));
        }

        [Fact]
        public void NamesThatDifferOnlyInCaseGetFileNamesThatDifferIgnoringCase()
        {
            var names = new[] { "build", "Build", "BUILD", "bUILD" };

            var files = names.Select(SafeFileName.For).ToList();

            Assert.Equal(4, files.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }

        [Fact]
        public void AChangedNameKeepsItsReadablePartAndIsTheSameEveryTime()
        {
            var file = SafeFileName.For("../Deploy Plan");

            Assert.StartsWith("_.._deploy_plan~", file);
            Assert.Equal(file, SafeFileName.For("../Deploy Plan"));
        }

        [Fact]
        public void ManyGeneratedNamesNeverCollideAndAreAllSafe()
        {
            var random = new Random(20240611);
            var names = new HashSet<string>(StringComparer.Ordinal);
            while (names.Count < 60_000)
            {
                names.Add(Generate(random));
            }

            var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var name in names)
            {
                var file = SafeFileName.For(name);
                if (owners.TryGetValue(file, out var other))
                {
                    Assert.Fail($"'{Show(name)}' and '{Show(other)}' both map to '{file}'");
                }

                owners.Add(file, name);
                AssertSafe(file);
            }
        }

        [Fact]
        public void EveryHostileNameMakesAFileInsideItsFolder()
        {
            using (var folder = new TempFolder())
            {
                var hostile = new[] { "../x", "..\\..\\y", "/etc/passwd", "C:\\z", "CON", "a/b" };

                foreach (var name in hostile)
                {
                    var path = Path.Combine(folder.Path, SafeFileName.For(name) + ".result.json");
                    File.WriteAllText(path, name);
                }

                Assert.Equal(hostile.Length, Directory.GetFiles(folder.Path).Length);
                Assert.Empty(Directory.GetDirectories(folder.Path));
            }
        }

        private static void AssertSafe(string file)
        {
            Assert.InRange(file.Length, 1, SafeFileName.MaxLength);
            Assert.Matches("^[a-z0-9._~-]+$", file);
            Assert.False(file.StartsWith("."), file);
            Assert.False(file.EndsWith(".") || file.EndsWith(" "), file);
            var stem = file.Split('.')[0];
            Assert.DoesNotContain(stem, Devices);
        }

        /// <summary>
        /// Names built to collide if anything can: few letters, both cases, the characters
        /// that get replaced, device names, dots, lone surrogates and long shared prefixes.
        /// </summary>
        private static string Generate(Random random)
        {
            var pieces = new[]
            {
                "a", "A", "b", "B", "_", "-", ".", "/", "\\", ":", " ", "~", "\t", "\0",
                "é", "\uD800", "\uDC00", "😀", "con", "NUL", "com1", "Lpt9", "x~",
                new string('q', 70),
            };
            var text = new StringBuilder();
            var count = random.Next(0, 8);
            for (var index = 0; index < count; index++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            return text.ToString();
        }

        private static string Show(string name)
        {
            return string.Concat(name.Select(c => c < 32 || c > 126 ? $"\\u{(int)c:x4}" : $"{c}"));
        }
    }
}
