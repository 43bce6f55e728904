using System;
using System.IO;
using System.Linq;
using TeamForge.Library;
using TeamForge.Parsing;

namespace TeamForge.Tests.Parsing
{
    public class LibraryLoaderTests
    {
        [Fact]
        public void Readmes_registries_and_templates_are_skipped()
        {
            using (var folder = SmallLibrary())
            {
                var library = LibraryLoader.Load(folder.Path);

                Assert.Empty(library.Diagnostics);
                Assert.Equal(new[] { "rigger" }, library.Agents.Keys);
                Assert.Equal(new[] { "splice-rope" }, library.Skills.Keys);
                Assert.Equal("harbour-crew", Assert.Single(library.Teams).Name);
            }
        }

        [Fact]
        public void A_broken_file_is_reported_and_the_rest_still_loads()
        {
            using (var folder = SmallLibrary())
            {
                folder.Write(Path.Combine("agents", "broken.md"), "---\nname: [broken\n---\n");
                folder.Write(Path.Combine("skills", "bare", "SKILL.md"), "# No front matter\n");

                var library = LibraryLoader.Load(folder.Path);

                Assert.Equal(
                    new[] { ParseCodes.FrontMatterYaml, ParseCodes.NoFrontMatter },
                    library.Diagnostics.Select(diagnostic => diagnostic.Code));
                Assert.EndsWith("broken.md", library.Diagnostics[0].Path);
                Assert.NotNull(library.FindAgent("rigger"));
                Assert.NotNull(library.FindSkill("splice-rope"));
            }
        }

        [Fact]
        public void Mentioned_skills_are_filtered_to_the_skills_of_the_library()
        {
            using (var folder = SmallLibrary())
            {
                var library = LibraryLoader.Load(folder.Path);

                Assert.Equal(new[] { "splice-rope" }, library.FindAgent("rigger").MentionedSkills);
            }
        }

        [Fact]
        public void A_team_of_the_library_knows_its_library()
        {
            using (var folder = SmallLibrary())
            {
                var library = LibraryLoader.Load(folder.Path);
                var teamPath = Path.Combine(folder.Path, "teams", "harbour-crew.md");

                Assert.Equal(library.Path, library.Teams[0].LibraryPath);
                Assert.Equal(library.Path, LibraryLoader.FindLibraryRoot(teamPath));
                Assert.Equal(library.Path, DefinitionReader.ReadTeam(teamPath).LibraryPath);
            }
        }

        [Fact]
        public void A_missing_library_folder_is_TF1001()
        {
            var path = Path.Combine(Path.GetTempPath(), "no-library-" + Guid.NewGuid());

            var problem = Assert.Throws<DefinitionException>(() => LibraryLoader.Load(path));

            Assert.Equal(ParseCodes.FileNotFound, problem.Code);
        }

        [Fact]
        public void The_cached_library_is_reused_until_a_file_changes()
        {
            using (var folder = SmallLibrary())
            {
                var first = LibraryLoader.LoadCached(folder.Path);
                var again = LibraryLoader.LoadCached(folder.Path + Path.DirectorySeparatorChar);
                Assert.Same(first, again);

                var agentPath = Path.Combine(folder.Path, "agents", "rigger.md");
                var text = File.ReadAllText(agentPath);
                File.WriteAllText(agentPath, text.Replace("sonnet", "opus"));
                File.SetLastWriteTimeUtc(agentPath, DateTime.UtcNow.AddMinutes(1));
                var changed = LibraryLoader.LoadCached(folder.Path);

                Assert.NotSame(first, changed);
                Assert.Equal("opus", changed.FindAgent("rigger").Model);
                Assert.Same(changed, LibraryLoader.LoadCached(folder.Path));
            }
        }

        [Fact]
        public void The_cached_library_is_reloaded_when_a_file_is_added()
        {
            using (var folder = SmallLibrary())
            {
                var first = LibraryLoader.LoadCached(folder.Path);

                folder.Write(
                    Path.Combine("agents", "bosun.md"), "---\nname: bosun\n---\n# Bosun\n");
                var changed = LibraryLoader.LoadCached(folder.Path);

                Assert.NotSame(first, changed);
                Assert.NotNull(changed.FindAgent("bosun"));
            }
        }

        [Theory]
        [InlineData("devops-engineer.md", true)]
        [InlineData("README.md", false)]
        [InlineData("readme.md", false)]
        [InlineData("_template.md", false)]
        [InlineData("_registry.yml", false)]
        [InlineData("notes.txt", false)]
        [InlineData("skills/splice-rope/SKILL.md", true)]
        [InlineData("skills/_template/SKILL.md", false)]
        public void Definition_file_names_follow_the_skip_rules(string name, bool expected)
        {
            var path = name.Replace('/', Path.DirectorySeparatorChar);

            Assert.Equal(expected, DefinitionFiles.IsDefinitionFileName(path));
        }

        /// <summary>One agent, skill and team, and what a library keeps beside them.</summary>
        private static TempFolder SmallLibrary()
        {
            var folder = new TempFolder();
            folder.Write(Path.Combine("agents", "rigger.md"),
                "---\nname: rigger\nmodel: sonnet\n---\n" +
                "# Rigger\n\nUses `splice-rope` and `knot`.\n");
            folder.Write(Path.Combine("agents", "README.md"), "---\nname: agent-name\n---\n");
            folder.Write(Path.Combine("agents", "_template.md"), "---\nname: x\n---\n");
            folder.Write(Path.Combine("agents", "_registry.yml"), "agents: []\n");
            folder.Write(Path.Combine("skills", "splice-rope", "SKILL.md"),
                "---\nname: splice-rope\n---\n# Splice Rope\n");
            folder.Write(Path.Combine("skills", "_template", "SKILL.md"), "---\nname: x\n---\n");
            folder.Write(Path.Combine("skills", "README.md"), "# Skills\n");
            folder.Write(Path.Combine("teams", "harbour-crew.md"),
                SampleTeams.WithConfig(SampleTeams.Config));
            folder.Write(Path.Combine("teams", "_template.md"), "---\nname: x\n---\n");
            return folder;
        }
    }
}
