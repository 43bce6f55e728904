using TeamForge.Parsing;

namespace TeamForge.Tests.Parsing
{
    /// <summary>Small team files written for the tests, in the corpus's format.</summary>
    internal static class SampleTeams
    {
        public const string FrontMatter =
            "---\n" +
            "name: harbour-crew\n" +
            "description: Plans a harbour refit\n" +
            "lead: harbour-master\n" +
            "version: \"0.2.0\"\n" +
            "created: 2026-03-01\n" +
            "tags: [harbour, refit]\n" +
            "coordination: hub-and-spoke\n" +
            "members:\n" +
            "  - id: harbour-master\n" +
            "    role: Lead\n" +
            "    responsibilities: Splits the refit and merges the plans\n" +
            "  - id: surveyor\n" +
            "    role: Hull Surveyor\n" +
            "    responsibilities: Surveys the hull\n" +
            "---\n";

        /// <summary>A front matter, one section and a CONFIG block with the given YAML.</summary>
        public static string WithConfig(string configYaml)
        {
            return FrontMatter +
                "\n# Harbour Crew\n\n## Configuration\n\n" +
                "<!-- CONFIG:START -->\n```yaml\n" + configYaml + "```\n<!-- CONFIG:END -->\n";
        }

        /// <summary>Reads the sample team with the given CONFIG YAML.</summary>
        public static TeamDefinition ParseWithConfig(string configYaml)
        {
            return DefinitionReader.ParseTeam("harbour-crew.md", WithConfig(configYaml));
        }

        public const string Config =
            "team:\n" +
            "  name: harbour-crew\n" +
            "  lead: harbour-master\n" +
            "  coordination: hub-and-spoke\n" +
            "  members:\n" +
            "    - agent: harbour-master\n" +
            "      role: Lead\n" +
            "      subagent_type: harbour-master\n" +
            "    - agent: surveyor\n" +
            "      role: Hull Surveyor\n" +
            "      subagent_type: surveyor\n" +
            "  tasks:\n" +
            "    - name: survey-hull\n" +
            "      assignee: surveyor\n" +
            "      description: Survey the hull below the waterline\n" +
            "    - name: merge-plans\n" +
            "      assignee: harbour-master\n" +
            "      description: Merge the survey into one refit plan\n" +
            "      blocked_by: [survey-hull]\n";
    }
}
