using System;
using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Execution
{
    /// <summary>
    /// The environment a command's process gets: nothing of the parent's but a few names
    /// programs need to run, the names the user lets through, and the values the user sets.
    /// An agent CLI is handed text written by others; it should not also be handed every
    /// token and key that happens to be in the caller's environment.
    /// </summary>
    internal sealed class ChildEnvironment
    {
        /// <summary>
        /// Copied from the parent when set there: to find programs, a home, a temp folder and
        /// the locale.
        /// </summary>
        public static readonly IReadOnlyList<string> DefaultNames = new[]
        {
            "PATH", "HOME", "USERPROFILE", "TEMP", "TMP", "TMPDIR", "SystemRoot", "LANG",
            "LC_ALL",
        };

        private readonly IReadOnlyList<string> inherited;

        private readonly IReadOnlyList<KeyValuePair<string, string>> set;

        public ChildEnvironment(
            IEnumerable<string> inherit, IEnumerable<KeyValuePair<string, string>> set)
        {
            inherited = DefaultNames.Concat(inherit ?? new string[0]).ToList();
            this.set = (set ?? new KeyValuePair<string, string>[0]).ToList();
            foreach (var name in inherited.Concat(this.set.Select(pair => pair.Key)))
            {
                CheckName(name);
            }

            foreach (var pair in this.set.Where(pair => pair.Value?.IndexOf('\0') >= 0))
            {
                throw new ArgumentException(
                    $"The value of environment variable '{pair.Key}' holds a NUL character.");
            }
        }

        /// <summary>
        /// Fills a process's environment: inherited names as the parent has them now, then
        /// the values set, where a null value leaves the name out altogether.
        /// </summary>
        public void Apply(IDictionary<string, string> environment)
        {
            environment.Clear();
            foreach (var name in inherited)
            {
                var value = Environment.GetEnvironmentVariable(name);
                if (value != null)
                {
                    environment[name] = value;
                }
            }

            foreach (var pair in set)
            {
                if (pair.Value == null)
                {
                    environment.Remove(pair.Key);
                }
                else
                {
                    environment[pair.Key] = pair.Value;
                }
            }
        }

        private static void CheckName(string name)
        {
            if (string.IsNullOrEmpty(name) || name.IndexOf('=') >= 0 || name.IndexOf('\0') >= 0)
            {
                throw new ArgumentException($"'{name}' is not an environment variable name: " +
                    "a name is not empty and holds no '=' and no NUL character.");
            }
        }
    }
}
