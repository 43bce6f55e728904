using System;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;
using TeamForge.Planning;

namespace TeamForge.Execution
{
    /// <summary>
    /// Calls the provider for one task: transient failures are tried again with exponential
    /// backoff and jitter up to the attempt limit; the task's time limit covers all attempts
    /// and holds even when the provider ignores its cancellation token. A transient failure
    /// that says how long to wait (<see cref="TransientException.RetryAfter"/>) is retried
    /// after that delay instead.
    /// </summary>
    internal sealed class TaskAttempts
    {
        private readonly ITaskProvider _provider;

        private readonly RunOptions _options;

        private readonly IRunObserver _observer;

        public TaskAttempts(ITaskProvider provider, RunOptions options, IRunObserver observer)
        {
            _provider = provider;
            _options = options;
            _observer = observer;
        }

        public async Task<ProviderOutcome> RunAsync(
            PlannedTask task, TaskContext context, CancellationToken runToken)
        {
            var attempts = 0;
            using (var timeLimit = new CancellationTokenSource())
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(
                runToken, timeLimit.Token))
            {
                if (_options.TaskTimeout.HasValue)
                {
                    timeLimit.CancelAfter(_options.TaskTimeout.Value);
                }

                var pipeline = BuildPipeline(task);
                var work = Task.Run(() => pipeline.ExecuteAsync(async token =>
                {
                    var attempt = Interlocked.Increment(ref attempts);
                    return await AttemptAsync(task, context, attempt, token)
                        .ConfigureAwait(false);
                }, linked.Token).AsTask());

                try
                {
                    var output = await WhenDoneOrCancelled(work, linked.Token)
                        .ConfigureAwait(false);
                    return ProviderOutcome.Success(output, attempts);
                }
                catch (Exception error) when (timeLimit.IsCancellationRequested)
                {
                    return ProviderOutcome.TimedOut(error, attempts, _options.TaskTimeout.Value);
                }
                catch (Exception error)
                {
                    return ProviderOutcome.Failure(error, attempts);
                }
            }
        }

        private async Task<string> AttemptAsync(
            PlannedTask task, TaskContext context, int attempt, CancellationToken token)
        {
            var span = RunTelemetry.StartAttempt(
                context.Team?.Name, task.Name, task.AgentId, attempt);
            try
            {
                var output = await _provider.RunAsync(context, token).ConfigureAwait(false);
                RunTelemetry.End(span, nameof(TaskResultStatus.Succeeded));
                return output;
            }
            catch (Exception error)
            {
                var status = error is OperationCanceledException
                    ? nameof(TaskResultStatus.Cancelled)
                    : nameof(TaskResultStatus.Failed);
                RunTelemetry.End(span, status);
                throw;
            }
        }

        // Limitation: a provider that ignores its token keeps running in the background;
        // the task is reported at once and its late output is dropped.
        private static async Task<string> WhenDoneOrCancelled(
            Task<string> work, CancellationToken token)
        {
            var cancelled = new TaskCompletionSource<bool>(
                TaskCreationOptions.RunContinuationsAsynchronously);
            using (token.Register(() => cancelled.TrySetResult(true)))
            {
                var first = await Task.WhenAny(work, cancelled.Task).ConfigureAwait(false);
                if (first != work)
                {
                    Observe(work);
                    throw new OperationCanceledException(token);
                }
            }

            return await work.ConfigureAwait(false);
        }

        private static void Observe(Task work)
        {
            work.ContinueWith(
                done => _ = done.Exception, TaskContinuationOptions.OnlyOnFaulted);
        }

        private ResiliencePipeline BuildPipeline(PlannedTask task)
        {
            var builder = new ResiliencePipelineBuilder();
            if (_options.MaxAttempts > 1)
            {
                builder.AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = new PredicateBuilder().Handle<TransientException>(),
                    MaxRetryAttempts = _options.MaxAttempts - 1,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = _options.RetryDelay,
                    DelayGenerator = DelayAskedFor,
                    OnRetry = retry =>
                    {
                        _observer?.TaskRetrying(
                            task, retry.AttemptNumber + 2,
                            ProviderOutcome.Describe(retry.Outcome.Exception), retry.RetryDelay);
                        return default;
                    },
                });
            }

            return builder.Build();
        }

        // A failure that says when to try again (a rate limit's Retry-After) is taken at its
        // word; any other falls back to the exponential backoff.
        private static ValueTask<TimeSpan?> DelayAskedFor(
            RetryDelayGeneratorArguments<object> retry)
        {
            var asked = (retry.Outcome.Exception as TransientException)?.RetryAfter;
            return new ValueTask<TimeSpan?>(
                asked.HasValue && asked.Value >= TimeSpan.Zero ? asked : null);
        }
    }
}
