using System;
using System.Globalization;
using System.Net.Http.Headers;

namespace TeamForge.Execution
{
    /// <summary>The wait a server asks for before the next request, from its headers.</summary>
    internal static class RetryAfterHeader
    {
        /// <summary>
        /// retry-after-ms when the server sent it, else Retry-After in seconds or as a date;
        /// null when neither says anything usable.
        /// </summary>
        public static TimeSpan? Read(string milliseconds, string retryAfter)
        {
            if (double.TryParse(milliseconds, NumberStyles.Float, CultureInfo.InvariantCulture,
                out var ms) && ms >= 0)
            {
                return TimeSpan.FromMilliseconds(ms);
            }

            if (string.IsNullOrEmpty(retryAfter)
                || !RetryConditionHeaderValue.TryParse(retryAfter, out var parsed))
            {
                return null;
            }

            if (parsed.Delta.HasValue)
            {
                return parsed.Delta;
            }

            var until = parsed.Date.Value - DateTimeOffset.UtcNow;
            return until > TimeSpan.Zero ? until : TimeSpan.Zero;
        }
    }
}
