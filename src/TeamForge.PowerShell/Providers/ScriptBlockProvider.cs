using System;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Threading;
using System.Threading.Tasks;
using TeamForge.Execution;

namespace TeamForge.PowerShell.Providers
{
    /// <summary>
    /// Runs a user's scriptblock once per task in a runspace pool sized to the run's throttle
    /// limit. The scriptblock gets the task's context as its first argument; what it outputs
    /// is the task's output, and an error it throws or writes fails the task.
    /// </summary>
    /// <remarks>
    /// Limitation: the scriptblock is re-created from its text in the pool's runspaces, so
    /// it does not see the caller's variables, functions or $using: values; pass what it
    /// needs through the context. Its warning, verbose and information streams are not
    /// carried back to the caller yet.
    /// </remarks>
    internal sealed class ScriptBlockProvider : ITaskProvider, IDisposable
    {
        private readonly object _gate = new object();

        private readonly string _script;

        private RunspacePool _pool;

        private int _poolSize;

        public ScriptBlockProvider(ScriptBlock scriptBlock)
        {
            _script = scriptBlock.ToString();
        }

        public string Name => "ScriptBlock";

        /// <summary>
        /// Sizes the runspace pool for a run; a larger run grows it. Every runspace is made
        /// up front, so the first tasks of a run do not wait for runspaces to be created.
        /// </summary>
        internal void Prepare(int throttleLimit)
        {
            lock (_gate)
            {
                if (_pool != null && _poolSize >= throttleLimit)
                {
                    return;
                }

                _pool?.Dispose();
                _pool = RunspaceFactory.CreateRunspacePool(throttleLimit, throttleLimit);
                _pool.Open();
                _poolSize = throttleLimit;
            }
        }

        // The pipeline runs on the pool's own threads; awaiting it holds no thread-pool
        // thread, so many tasks sleeping at once do not starve the scheduler.
        public async Task<string> RunAsync(TaskContext context, CancellationToken cancellationToken)
        {
            Prepare(Math.Max(_poolSize, 1));
            using (var shell = System.Management.Automation.PowerShell.Create())
            using (cancellationToken.Register(() => shell.BeginStop(null, null)))
            {
                shell.RunspacePool = _pool;
                shell.AddScript(_script).AddArgument(context);

                PSDataCollection<PSObject> output;
                try
                {
                    output = await Task.Factory
                        .FromAsync(shell.BeginInvoke(), shell.EndInvoke)
                        .ConfigureAwait(false);
                }
                catch (RuntimeException exception)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (exception.ErrorRecord?.Exception is TransientException transient)
                    {
                        throw transient;
                    }

                    // The record's message is what the script threw; the wrapper adds nothing.
                    throw new TaskProviderException(exception.ErrorRecord?.Exception?.Message
                        ?? exception.Message, exception);
                }

                cancellationToken.ThrowIfCancellationRequested();
                ThrowOnWrittenError(shell);
                return string.Join(Environment.NewLine, output
                    .Where(item => item != null)
                    .Select(item => item.ToString()));
            }
        }

        // A mistyped command or a Write-Error is a non-terminating error: nothing throws,
        // yet the task did not do its work, so an error written is a failure.
        private static void ThrowOnWrittenError(System.Management.Automation.PowerShell shell)
        {
            var error = shell.Streams.Error.FirstOrDefault();
            if (error == null)
            {
                return;
            }

            var more = shell.Streams.Error.Count - 1;
            var message = more > 0
                ? $"{error.Exception.Message} (and {more} more error(s))"
                : error.Exception.Message;
            throw new TaskProviderException(message, error.Exception);
        }

        public override string ToString() => "ScriptBlock provider";

        public void Dispose()
        {
            lock (_gate)
            {
                _pool?.Dispose();
                _pool = null;
            }
        }
    }
}
