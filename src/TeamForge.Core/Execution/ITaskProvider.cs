using System.Threading;
using System.Threading.Tasks;

namespace TeamForge.Execution
{
    /// <summary>
    /// Does one task: given its context, returns the task's output or throws. Retries,
    /// time limits, ordering and recording belong to the scheduler around it.
    /// </summary>
    public interface ITaskProvider
    {
        /// <summary>A short name for results and logs, never holding a secret.</summary>
        string Name { get; }

        Task<string> RunAsync(TaskContext context, CancellationToken cancellationToken);
    }
}
