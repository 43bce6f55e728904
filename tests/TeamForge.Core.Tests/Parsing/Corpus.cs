using System;
using System.IO;

namespace TeamForge.Tests.Parsing
{
    /// <summary>The shared agent-almanac corpus, found beside the repository.</summary>
    internal static class Corpus
    {
        private static readonly Lazy<string> Root = new Lazy<string>(Find);

        public static string Path => Root.Value;

        public static string Team(string id) => Combine("teams", id + ".md");

        public static string Agent(string id) => Combine("agents", id + ".md");

        public static string Skill(string id) => Combine("skills", id, "SKILL.md");

        public static string Combine(params string[] parts)
        {
            return System.IO.Path.Combine(Path, System.IO.Path.Combine(parts));
        }

        private static string Find()
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            for (; folder != null; folder = folder.Parent)
            {
                var candidate = System.IO.Path.Combine(
                    folder.FullName, "shared", "corpus", "agent-almanac");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException(
                "the agent-almanac corpus was not found beside the repository " +
                "(expected <repo>/../shared/corpus/agent-almanac)");
        }
    }
}
