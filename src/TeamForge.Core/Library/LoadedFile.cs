using System.Collections.Generic;
using TeamForge.Parsing;

namespace TeamForge.Library
{
    /// <summary>What reading one library file gave: a definition, or why there is none.</summary>
    internal sealed class LoadedFile
    {
        private LoadedFile(string id, object definition, IReadOnlyList<Diagnostic> diagnostics)
        {
            Id = id;
            Definition = definition;
            Diagnostics = diagnostics;
        }

        /// <summary>The id the file's path gives: a skill's folder, else the file name.</summary>
        public string Id { get; }

        /// <summary>The agent, skill or team; null when the file could not be read.</summary>
        public object Definition { get; }

        /// <summary>The failure, or what reading an agent or skill noticed.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        public static LoadedFile Read(LibraryFile file)
        {
            var id = DefinitionFiles.IdFromPath(file.Path);
            try
            {
                switch (file.Kind)
                {
                    case DefinitionKind.Agent:
                        var agent = DefinitionReader.ReadAgent(file.Path);
                        return new LoadedFile(id, agent, agent.ParseDiagnostics);
                    case DefinitionKind.Skill:
                        var skill = DefinitionReader.ReadSkill(file.Path);
                        return new LoadedFile(id, skill, skill.ParseDiagnostics);
                    default:
                        var team = DefinitionReader.ReadTeam(file.Path);
                        return new LoadedFile(id, team, new Diagnostic[0]);
                }
            }
            catch (DefinitionException exception)
            {
                return new LoadedFile(id, null, exception.Diagnostics);
            }
        }
    }
}
