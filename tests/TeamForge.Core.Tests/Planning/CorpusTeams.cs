using System;
using System.Collections.Generic;
using System.Linq;
using TeamForge.Library;
using TeamForge.Parsing;
using TeamForge.Tests.Parsing;

namespace TeamForge.Tests.Planning
{
    /// <summary>The shared corpus' teams and library, read by the project's own loader.</summary>
    internal static class CorpusTeams
    {
        private static readonly Lazy<TeamLibrary> s_library =
            new Lazy<TeamLibrary>(() => LibraryLoader.Load(Corpus.Path));

        public static IReadOnlyList<TeamDefinition> All()
        {
            return s_library.Value.Teams
                .OrderBy(team => team.Path, StringComparer.Ordinal)
                .ToList();
        }

        public static TeamDefinition Named(string name)
        {
            return DefinitionReader.ReadTeam(Corpus.Team(name));
        }

        public static TeamLibrary Library() => s_library.Value;
    }
}
