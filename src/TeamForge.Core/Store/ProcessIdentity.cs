using System;
using System.ComponentModel;
using System.Diagnostics;

namespace TeamForge.Store
{
    /// <summary>
    /// Tells whether the process that wrote a run still lives: the same id alone is not
    /// enough, since ids are reused, so its start time must match too.
    /// </summary>
    internal static class ProcessIdentity
    {
        private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(2);

        public static void Stamp(RunEvent runEvent)
        {
            using (var process = Process.GetCurrentProcess())
            {
                runEvent.ProcessId = process.Id;
                runEvent.ProcessStart = StartOf(process);
                runEvent.Machine = Environment.MachineName;
            }
        }

        /// <summary>
        /// True only when the writer ran on this machine and no process with its id and
        /// start time is alive. Limitation: a writer in another PID namespace (another
        /// container on the same host name) cannot be told from a dead one.
        /// </summary>
        public static bool IsGone(RunEvent owner)
        {
            if (owner?.ProcessId == null || owner.ProcessStart == null
                || !string.Equals(owner.Machine, Environment.MachineName,
                    StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            try
            {
                using (var process = Process.GetProcessById(owner.ProcessId.Value))
                {
                    var start = new DateTimeOffset(process.StartTime).ToUniversalTime();
                    return (start - owner.ProcessStart.Value).Duration() > Tolerance;
                }
            }
            catch (ArgumentException)
            {
                // No process has the id.
                return true;
            }
            catch (InvalidOperationException)
            {
                // It has just exited.
                return true;
            }
            catch (Exception error) when (error is Win32Exception
                || error is NotSupportedException)
            {
                return false;
            }
        }

        private static DateTimeOffset? StartOf(Process process)
        {
            try
            {
                return new DateTimeOffset(process.StartTime).ToUniversalTime();
            }
            catch (Exception error) when (error is Win32Exception
                || error is NotSupportedException || error is InvalidOperationException)
            {
                return null;
            }
        }
    }
}
