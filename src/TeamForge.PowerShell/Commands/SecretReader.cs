using System;
using System.Collections.ObjectModel;
using System.Linq;
using System.Management.Automation;
using System.Net;
using System.Security;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>
    /// Reads a key from a SecretManagement vault through the module's own Get-Secret, in the
    /// caller's session, so that vaults registered there (and unlocked) are the ones seen.
    /// </summary>
    internal sealed class SecretReader
    {
        private const string ModuleName = "Microsoft.PowerShell.SecretManagement";

        private const string GetSecret = ModuleName + "\\Get-Secret";

        private readonly PSCmdlet cmdlet;

        public SecretReader(PSCmdlet cmdlet)
        {
            this.cmdlet = cmdlet;
        }

        public string Read(string name, string vault)
        {
            // Both steps run in a pipeline of their own in the caller's session: a command
            // found or called from the cmdlet's own session state would see the vault
            // module imported there, apart from the caller's, with none of its vaults.
            if (!HasGetSecret())
            {
                Fail(new PSNotSupportedException($"-Secret reads keys through the module " +
                    $"'{ModuleName}', which this session does not have. Install it " +
                    $"(Install-PSResource {ModuleName}) and register a vault, or give the " +
                    "key with -ApiKeyVariable or -ApiKey."), "SecretManagementNotFound",
                    ErrorCategory.NotInstalled, ModuleName);
            }

            using (var shell = NewShell())
            {
                shell.AddCommand(GetSecret).AddParameter("Name", name);
                if (vault != null)
                {
                    shell.AddParameter("Vault", vault);
                }

                var found = Invoke(shell);
                var key = ToText(found.Select(item => item?.BaseObject).FirstOrDefault());
                if (shell.HadErrors || string.IsNullOrEmpty(key))
                {
                    var where = vault == null ? "the default vault" : $"vault '{vault}'";
                    var why = shell.Streams.Error.Select(e => e.Exception?.Message)
                        .FirstOrDefault(m => !string.IsNullOrEmpty(m));
                    Fail(new ItemNotFoundException($"Secret '{name}' in {where} gives no key" +
                        (why == null ? "." : $": {why}")), "SecretNotFound",
                        ErrorCategory.ObjectNotFound, name);
                }

                return key;
            }
        }

        private static bool HasGetSecret()
        {
            using (var shell = NewShell())
            {
                shell.AddCommand("Get-Command").AddParameter("Name", GetSecret)
                    .AddParameter("ErrorAction", ActionPreference.Ignore);
                return shell.Invoke().Count > 0;
            }
        }

        private static System.Management.Automation.PowerShell NewShell()
        {
            return System.Management.Automation.PowerShell.Create(RunspaceMode.CurrentRunspace);
        }

        private static Collection<PSObject> Invoke(System.Management.Automation.PowerShell shell)
        {
            try
            {
                return shell.Invoke();
            }
            catch (RuntimeException exception)
            {
                // A vault that throws rather than writes its error: kept as an error record.
                shell.Streams.Error.Add(exception.ErrorRecord);
                return new Collection<PSObject>();
            }
        }

        // A vault hands back a SecureString, or a plain string for a secret stored as one.
        private static string ToText(object value)
        {
            switch (value)
            {
                case SecureString secure:
                    return new NetworkCredential(string.Empty, secure).Password;
                case string text:
                    return text;
                default:
                    return null;
            }
        }

        private void Fail(Exception exception, string id, ErrorCategory category, object target)
        {
            cmdlet.ThrowTerminatingError(Errors.Record(exception, id, category, target));
        }
    }
}
