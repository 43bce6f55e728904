using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Language;
using TeamForge.Execution;

namespace TeamForge.PowerShell.Commands
{
    /// <summary>
    /// Reads the -PriceTable of a chat provider: a hashtable of model names to prices, or the
    /// path of a .json or .psd1 file holding one. Its entries are laid over the default
    /// table. Every chat parameter set reads it through here.
    /// </summary>
    internal static class PriceTableInput
    {
        public const string ErrorId = "InvalidPriceTable";

        /// <summary>
        /// The prices a provider is made with: null for none given (the default table). A bad
        /// table ends the cmdlet with a message naming the file, the entry and the problem.
        /// </summary>
        public static PriceTable Read(PSCmdlet cmdlet, object value)
        {
            var given = value is PSObject wrapped ? wrapped.BaseObject : value;
            if (given == null)
            {
                return null;
            }

            try
            {
                return ReadGiven(cmdlet, given);
            }
            catch (PriceTableException exception)
            {
                // A hashtable has no file: the entry, or the table itself, is what is wrong.
                var target = exception.File ?? exception.Entry ?? (object)given;
                cmdlet.ThrowTerminatingError(Errors.Record(
                    exception, ErrorId, ErrorCategory.InvalidData, target));
                return null;
            }
        }

        private static PriceTable ReadGiven(PSCmdlet cmdlet, object given)
        {
            if (given is IDictionary table)
            {
                return PriceTable.Default.With(PriceTableReader.ReadEntries(Plain(table), null));
            }

            var path = given is FileInfo file ? file.FullName
                : given is string text ? FileSystemPath(cmdlet, text)
                : throw new PriceTableException(null, null, "-PriceTable takes a hashtable " +
                    "of model names to prices, or the path of a .json or .psd1 file, not a " +
                    $"{given.GetType().Name}.");
            if (!File.Exists(path))
            {
                throw new PriceTableException(path, null,
                    $"The price table '{path}' does not exist.");
            }

            var extension = Path.GetExtension(path);
            if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
            {
                return PriceTableReader.ReadFile(path);
            }

            if (extension.Equals(".psd1", StringComparison.OrdinalIgnoreCase))
            {
                return PriceTable.Default.With(
                    PriceTableReader.ReadEntries(ReadDataFile(path), path));
            }

            throw new PriceTableException(path, null, $"The price table '{path}' is neither " +
                "a .json nor a .psd1 file.");
        }

        private static string FileSystemPath(PSCmdlet cmdlet, string text)
        {
            try
            {
                return cmdlet.GetUnresolvedProviderPathFromPSPath(text);
            }
            catch (Exception error) when (error is ProviderNotFoundException
                || error is System.Management.Automation.DriveNotFoundException
                || error is NotSupportedException
                || error is PSInvalidOperationException)
            {
                throw new PriceTableException(null, null,
                    $"-PriceTable '{text}' is not the path of a file: {error.Message}");
            }
        }

        // The way Import-PowerShellDataFile reads: parsed, never run, constants only.
        private static IDictionary ReadDataFile(string path)
        {
            Ast ast;
            ParseError[] errors;
            try
            {
                ast = Parser.ParseFile(path, out _, out errors);
            }
            catch (Exception error) when (error is IOException
                || error is UnauthorizedAccessException)
            {
                throw new PriceTableException(path, null,
                    $"The price table '{path}' cannot be read: {error.Message}");
            }

            if (errors.Length > 0)
            {
                var error = errors[0];
                throw new PriceTableException(path, null, $"The price table '{path}' is not " +
                    $"valid PowerShell at line {error.Extent.StartLineNumber}: {error.Message}");
            }

            if (!(ast.Find(node => node is HashtableAst, false) is HashtableAst hashtable))
            {
                throw new PriceTableException(path, null,
                    $"The price table '{path}' holds no hashtable.");
            }

            try
            {
                return Plain((IDictionary)hashtable.SafeGetValue());
            }
            catch (InvalidOperationException exception)
            {
                throw new PriceTableException(path, null, $"The price table '{path}' may " +
                    $"hold only constant values: {exception.Message}");
            }
        }

        // A hashtable typed at the prompt may hold its values wrapped; Core reads plain ones.
        private static IDictionary Plain(IDictionary table)
        {
            var plain = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
            foreach (DictionaryEntry entry in table)
            {
                var value = entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value;
                plain[entry.Key?.ToString() ?? ""] = value is IDictionary inner
                    ? Plain(inner)
                    : value;
            }

            return plain;
        }
    }
}
