using System.Collections.Generic;

namespace TeamForge.Execution
{
    /// <summary>
    /// A provider that can say, without doing anything, how it would do one task: the
    /// program and arguments it would start, say. Start-TeamRun -WhatIf shows these lines
    /// under each task of the plan.
    /// </summary>
    public interface IInvocationDescriber
    {
        /// <summary>
        /// Lines that describe the task's invocation. The context is the one the task would
        /// get, except that the outputs of the tasks it waits on are not there yet and the
        /// run folder may be null. Never throws for a task it could not start: it says so.
        /// </summary>
        IReadOnlyList<string> DescribeInvocation(TaskContext context);
    }
}
