using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using TeamForge.Library;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>Filters definitions by name patterns, as Get-Command filters commands.</summary>
    internal static class NameFilter
    {
        /// <summary>
        /// Returns the items whose name matches any pattern, sorted by name. A name without
        /// wildcards that matches nothing is an error, as Get-Item reports a missing item.
        /// </summary>
        internal static IEnumerable<T> Select<T>(
            IEnumerable<T> items, string[] patterns, Func<T, string> nameOf, TeamLibrary library,
            Cmdlet cmdlet)
        {
            var sorted = items.OrderBy(nameOf, StringComparer.OrdinalIgnoreCase).ToList();
            if (patterns == null || patterns.Length == 0)
            {
                return sorted;
            }

            var matched = new List<T>();
            foreach (var pattern in patterns)
            {
                var wildcard = new WildcardPattern(pattern, WildcardOptions.IgnoreCase);
                var hits = sorted.Where(item => wildcard.IsMatch(nameOf(item))).ToList();
                if (hits.Count == 0 && !WildcardPattern.ContainsWildcardCharacters(pattern))
                {
                    var missing = new ItemNotFoundException(
                        $"The library '{library.Path}' has no definition named '{pattern}'.");
                    cmdlet.WriteError(Errors.Record(
                        missing,
                        "DefinitionNotFound", ErrorCategory.ObjectNotFound, pattern));
                }

                matched.AddRange(hits.Where(item => !matched.Contains(item)));
            }

            return matched;
        }
    }
}
