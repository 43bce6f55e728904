using System;
using System.Globalization;
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

        /// <summary>
        /// The wait the server asks for: retry-after-ms when sent, else Retry-After in
        /// seconds or as a date.
        /// </summary>
        public static TimeSpan? RetryAfter(HttpResponseMessage response)
        {
            if (response.Headers.TryGetValues("retry-after-ms", out var values)
                && double.TryParse(values.FirstOrDefault(), NumberStyles.Float,
                    CultureInfo.InvariantCulture, out var ms) && ms >= 0)
            {
                return TimeSpan.FromMilliseconds(ms);
            }

            var header = response.Headers.RetryAfter;
            if (header?.Delta != null)
            {
                return header.Delta;
            }

            if (header?.Date == null)
            {
                return null;
            }

            var until = header.Date.Value - DateTimeOffset.UtcNow;
            return until > TimeSpan.Zero ? until : TimeSpan.Zero;
        }
    }
}
