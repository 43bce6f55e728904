using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace TeamForge.Execution
{
    /// <summary>
    /// Runs one process to its end: the input goes to its standard input, which is then
    /// closed, while standard output and standard error are read at the same time, so that
    /// a process that writes much to one does not wait on a pipe nobody reads.
    /// </summary>
    /// <remarks>
    /// Limitation: output is read to its end, so a process that leaves a background process
    /// holding its standard output open is waited on until that one ends or the run is
    /// cancelled.
    /// </remarks>
    internal sealed class CommandProcess
    {
        /// <summary>How much of standard error, in characters, a failure quotes.</summary>
        public const int ErrorTailLimit = 4096;

        // After a kill the pipes close as soon as the process tree is gone; a process that
        // escaped the tree may hold them open, and the run does not wait for it.
        private static readonly TimeSpan DrainAfterKill = TimeSpan.FromSeconds(5);

        private static readonly Encoding Utf8 = new UTF8Encoding(false);

        private readonly ProcessStartInfo startInfo;

        private readonly string command;

        private readonly Action<string> errorLine;

        private Exception listenerError;

        public CommandProcess(ProcessStartInfo startInfo, string command, Action<string> errorLine)
        {
            this.startInfo = startInfo;
            this.command = command;
            this.errorLine = errorLine;
        }

        public static ProcessStartInfo NewStartInfo(string command, string arguments)
        {
            return new ProcessStartInfo(command, arguments)
            {
                UseShellExecute = false,
                CreateNoWindow = true,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Utf8,
                StandardErrorEncoding = Utf8,
            };
        }

        /// <summary>
        /// Starts the process, feeds it the input and waits for it to end. Cancelling kills
        /// the process and all it started, then throws OperationCanceledException.
        /// </summary>
        public async Task<CommandOutcome> RunAsync(string input, CancellationToken cancellation)
        {
            cancellation.ThrowIfCancellationRequested();
            var errors = new ErrorTail(ErrorTailLimit);
            using (var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true })
            {
                var exited = new TaskCompletionSource<bool>(
                    TaskCreationOptions.RunContinuationsAsynchronously);
                process.Exited += (sender, e) => exited.TrySetResult(true);
                Start(process);

                var output = ReadAllAsync(process.StandardOutput.BaseStream);
                var all = Task.WhenAll(
                    output,
                    ReadLinesAsync(process.StandardError, errors),
                    WriteAsync(process.StandardInput.BaseStream, Utf8.GetBytes(input ?? "")),
                    exited.Task);
                await WaitOrKillAsync(process, all, cancellation).ConfigureAwait(false);

                if (listenerError != null)
                {
                    throw new InvalidOperationException("A listener to the standard error of " +
                        $"'{command}' failed: {listenerError.Message}", listenerError);
                }

                return new CommandOutcome(process.ExitCode, output.Result, errors);
            }
        }

        private void Start(Process process)
        {
            try
            {
                process.Start();
            }
            catch (Win32Exception exception)
            {
                throw new CommandFailedException(
                    $"Could not start '{command}': {exception.Message}", command, null, null,
                    exception);
            }
        }

        private static async Task WaitOrKillAsync(
            Process process, Task all, CancellationToken cancellation)
        {
            var cancelled = new TaskCompletionSource<bool>(
                TaskCreationOptions.RunContinuationsAsynchronously);
            using (cancellation.Register(() =>
            {
                ProcessTree.Kill(process);
                cancelled.TrySetResult(true);
            }))
            {
                await Task.WhenAny(all, cancelled.Task).ConfigureAwait(false);
            }

            if (!cancellation.IsCancellationRequested)
            {
                await all.ConfigureAwait(false);
                return;
            }

            var drained = await Task.WhenAny(all, Task.Delay(DrainAfterKill))
                .ConfigureAwait(false);
            if (drained != all)
            {
                CloseStreams(process);
            }

            // The pipes' errors after a kill say nothing the cancellation does not.
            _ = all.ContinueWith(
                task => task.Exception, TaskContinuationOptions.OnlyOnFaulted);
            throw new OperationCanceledException(cancellation);
        }

        private static void CloseStreams(Process process)
        {
            foreach (var stream in new Stream[]
            {
                process.StandardInput.BaseStream,
                process.StandardOutput.BaseStream,
                process.StandardError.BaseStream,
            })
            {
                try
                {
                    stream.Dispose();
                }
                catch (IOException)
                {
                }
            }
        }

        private static async Task<string> ReadAllAsync(Stream stream)
        {
            // Bytes, then one decoding: the reader of Process would drop a leading BOM.
            using (var bytes = new MemoryStream())
            {
                await stream.CopyToAsync(bytes).ConfigureAwait(false);
                return Utf8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
            }
        }

        private async Task ReadLinesAsync(StreamReader reader, ErrorTail errors)
        {
            string line;
            while ((line = await reader.ReadLineAsync().ConfigureAwait(false)) != null)
            {
                errors.Add(line);
                Report(line);
            }
        }

        // A listener that throws must not stop the reading: the process would then block
        // on a full pipe. It hears no more lines, and the task fails once the process ends.
        private void Report(string line)
        {
            if (errorLine == null || listenerError != null)
            {
                return;
            }

            try
            {
                errorLine(line);
            }
            catch (Exception exception)
            {
                listenerError = exception;
            }
        }

        private static async Task WriteAsync(Stream input, byte[] bytes)
        {
            // Written to the pipe itself: Process's writer could add a byte-order mark.
            // Limitation: on .NET Framework (Windows PowerShell) that writer may put one in
            // as it is made, when the console's code page is UTF-8; .NET does not.
            try
            {
                await input.WriteAsync(bytes, 0, bytes.Length).ConfigureAwait(false);
                await input.FlushAsync().ConfigureAwait(false);
            }
            catch (IOException)
            {
                // The process closed its standard input before reading all of it: its call.
            }
            finally
            {
                try
                {
                    input.Dispose();
                }
                catch (IOException)
                {
                }
            }
        }
    }
}
