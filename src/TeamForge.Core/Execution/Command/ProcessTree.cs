using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Reflection;

namespace TeamForge.Execution
{
    /// <summary>Ends a process and every process it started.</summary>
    internal static class ProcessTree
    {
        // Process.Kill(bool entireProcessTree) came with .NET Core 3.0; .NET Standard 2.0
        // cannot name it, so it is found at run time.
        private static readonly MethodInfo KillTree =
            typeof(Process).GetMethod("Kill", new[] { typeof(bool) });

        /// <summary>
        /// Kills the process and its descendants; a process that has already exited is no
        /// error.
        /// </summary>
        /// <remarks>
        /// Limitation: on .NET Framework (Windows PowerShell) only the process itself is
        /// killed, not what it started. On .NET the tree is found by parent ids, so a
        /// grandchild whose parent has already exited (a daemon) is not in it.
        /// </remarks>
        public static void Kill(Process process)
        {
            try
            {
                if (KillTree != null)
                {
                    KillTree.Invoke(process, new object[] { true });
                }
                else
                {
                    process.Kill();
                }
            }
            catch (TargetInvocationException exception) when (IsGone(exception.InnerException))
            {
            }
            catch (Exception exception) when (IsGone(exception))
            {
            }
        }

        // The process exited (or was never started) between the decision and the kill.
        private static bool IsGone(Exception exception)
        {
            return exception is InvalidOperationException || exception is Win32Exception;
        }
    }
}
