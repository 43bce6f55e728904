using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using TeamForge.Library;
using TeamForge.PowerShell.Commands;

namespace TeamForge.PowerShell.Completion
{
    /// <summary>
    /// Completes names from a library: what kind of name, and which library (-LibraryPath,
    /// the library above -Path, or the bundled one), is up to each completer.
    /// </summary>
    public abstract class DefinitionCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var typed = Typed(wordToComplete ?? string.Empty);
            IEnumerable<string> names;
            try
            {
                names = Names(fakeBoundParameters).ToList();
            }
            catch (Exception)
            {
                // Completion must never throw at the prompt; an unreadable library offers none.
                yield break;
            }

            foreach (var name in names
                .Where(name => Offers(name, typed))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderBy(name => name, StringComparer.OrdinalIgnoreCase))
            {
                yield return new CompletionResult(
                    CompletionText(name), name, CompletionResultType.ParameterValue, name);
            }
        }

        protected abstract IEnumerable<string> Names(IDictionary boundParameters);

        /// <summary>What is typed so far, without the quotes around it.</summary>
        protected virtual string Typed(string word) => word.Trim('\'', '"');

        /// <summary>Whether a name is offered for what is typed: by default, its start.</summary>
        protected virtual bool Offers(string name, string typed)
        {
            return name.StartsWith(typed, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The text put on the line: quoted when the name needs it.</summary>
        protected virtual string CompletionText(string name)
        {
            return name.IndexOfAny(new[] { ' ', '\'', '#', '@' }) >= 0
                ? $"'{name.Replace("'", "''")}'"
                : name;
        }

        /// <summary>The library the command would use, from what is typed so far.</summary>
        protected static TeamLibrary LibraryOf(IDictionary boundParameters)
        {
            var libraryPath = boundParameters["LibraryPath"] as string;
            if (string.IsNullOrEmpty(libraryPath))
            {
                var path = (boundParameters["Path"] as string[])?.FirstOrDefault()
                    ?? boundParameters["Path"] as string;
                libraryPath = path == null ? null : FindLibrary(Path.GetFullPath(path));
            }

            return LibraryLoader.LoadCached(libraryPath ?? TeamForgeCmdlet.BundledLibraryPath);
        }

        private static string FindLibrary(string path)
        {
            if (Directory.Exists(Path.Combine(path, "teams")))
            {
                return path;
            }

            return File.Exists(path) ? LibraryLoader.FindLibraryRoot(path) : null;
        }
    }
}
