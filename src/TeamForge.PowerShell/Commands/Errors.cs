using System;
using System.Collections.Generic;
using System.Management.Automation;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>
    /// Makes the module's error records: each with its stable id, a category, the object it
    /// concerns, and what to do about it, kept here beside every other id's advice.
    /// </summary>
    internal static class Errors
    {
        private const string SeeHelp = "See Get-Help about_TeamForge, or the command's help.";

        private static readonly Dictionary<string, string> Actions =
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["ApiKeyNotFound"] = "Set the variable, name another with -ApiKeyVariable, " +
                    "or give -ApiKey or -Secret.",
                ["ApiKeyTwice"] = "Keep one of -ApiKey, -ApiKeyVariable and -Secret.",
                ["DefinitionNotFound"] = "List what there is with Get-TeamAgent or " +
                    "Get-TeamSkill, or give -LibraryPath.",
                ["DeploymentNotGiven"] = "Give -Deployment, or -ModelMap with a deployment " +
                    "for each agent tier.",
                ["FormatDoesNotFitInput"] = "Use -Format Mermaid or Dot with a team, and " +
                    "-Format Gantt with a run from Get-TeamRun.",
                ["InvalidChatProvider"] = "Give an absolute http or https address, and a " +
                    "model (-Model, or -Deployment for Azure) or a map of tiers (-ModelMap).",
                ["InvalidCommandProvider"] = "Check the placeholders of -ArgumentList " +
                    "against Get-Help New-TeamProvider -Parameter ArgumentList.",
                ["InvalidMaxCost"] = "Give -MaxCost as a number of US dollars, 0 or more.",
                ["InvalidPriceTable"] = "Fix the entry named: each model takes Input and " +
                    "Output, and may take CachedInput, in US dollars per million tokens.",
                ["LibraryNotFound"] = "Give -LibraryPath a folder that holds teams/, " +
                    "agents/ and skills/.",
                ["NoTaskResults"] = "Pipe Start-TeamRun, or Get-TeamRun, into Merge-TeamDesign.",
                ["OutFileIsFolder"] = "Name a file in that folder, such as design.md.",
                ["RunFailed"] = "Run again with -Verbose to see the tasks' steps; the stored " +
                    "run resumes with Start-TeamRun -Resume.",
                ["RunNotFound"] = "List the stored runs with Get-TeamRun, or give -RunPath.",
                ["SecretManagementNotFound"] = "Install-PSResource " +
                    "Microsoft.PowerShell.SecretManagement and register a vault, or give the " +
                    "key another way.",
                ["SecretNotFound"] = "Check the name with Get-SecretInfo, and the vault " +
                    "with Get-SecretVault.",
                ["SeveralRunsForOneFile"] = "Pipe the results of one run, or leave out " +
                    "-OutFile to get one design per run.",
                ["TaskFailed"] = "Read the result's Error; resume the run with " +
                    "Start-TeamRun -Resume once the cause is fixed.",
                ["TeamChangedSinceRun"] = "Start a new run, or resume this one with -Force.",
                ["TeamNotFound"] = "List the teams with Get-TeamDefinition, or give -Path.",
                ["TeamPathIsFolder"] = "Pipe the folder's teams in: Get-TeamDefinition " +
                    "<folder> | Start-TeamRun.",
                ["VaultWithoutSecret"] = "Give -Secret with the name of the key in the vault.",
                ["WorkingDirectoryNotFound"] = "Create the folder, or give -WorkingDirectory " +
                    "one that exists.",
            };

        /// <summary>The ids that have advice of their own; the tests check every id used.</summary>
        public static IReadOnlyCollection<string> Ids => Actions.Keys;

        public static ErrorRecord Record(
            Exception exception, string id, ErrorCategory category, object target)
        {
            return new ErrorRecord(exception, id, category, target)
            {
                ErrorDetails = new ErrorDetails(exception.Message)
                {
                    RecommendedAction = Actions.TryGetValue(id, out var action)
                        ? action
                        : SeeHelp,
                },
            };
        }
    }
}
