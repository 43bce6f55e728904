using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using TeamForge.Store;

namespace TeamForge.PowerShell.Completion
{
    /// <summary>Completes the ids of the runs stored under -RunPath or here.</summary>
    public sealed class RunIdCompleter : DefinitionCompleter
    {
        protected override IEnumerable<string> Names(IDictionary boundParameters)
        {
            var here = CurrentLocation();
            var runPath = boundParameters["RunPath"] as string
                ?? Path.Combine(here, ".teamforge", "runs");
            return RunReader.List(Path.Combine(here, runPath)).Select(run => run.Id);
        }

        // A completer runs while the prompt's pipeline does, so the location is asked of
        // that runspace by a nested command rather than read from its busy session state.
        private static string CurrentLocation()
        {
            using (var shell = System.Management.Automation.PowerShell.Create(
                RunspaceMode.CurrentRunspace))
            {
                var location = shell.AddCommand("Get-Location")
                    .AddParameter("PSProvider", "FileSystem")
                    .Invoke<PathInfo>()
                    .FirstOrDefault();
                return location?.ProviderPath ?? Directory.GetCurrentDirectory();
            }
        }
    }
}
