using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace TeamForge.Execution
{
    /// <summary>Notes each response's status and Retry-After in the flow's note.</summary>
    internal sealed class ResponseNoteHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken)
                .ConfigureAwait(false);
            var note = ResponseNote.Current;
            if (note != null)
            {
                note.Status = (int)response.StatusCode;
                note.RetryAfter = RetryAfter(response);
            }

            return response;
        }

        private static TimeSpan? RetryAfter(HttpResponseMessage response)
        {
            var headers = response.Headers;
            var milliseconds = headers.TryGetValues("retry-after-ms", out var values)
                ? values.FirstOrDefault()
                : null;
            var retryAfter = headers.TryGetValues("Retry-After", out var waits)
                ? waits.FirstOrDefault()
                : null;
            return RetryAfterHeader.Read(milliseconds, retryAfter);
        }
    }
}
