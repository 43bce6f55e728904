using System.Diagnostics;

namespace TeamForge.Execution
{
    /// <summary>
    /// The spans of a run, under the ActivitySource named "TeamForge": one for the run and
    /// one per task attempt, so an OpenTelemetry listener sees runs without extra code.
    /// </summary>
    public static class RunTelemetry
    {
        public const string SourceName = "TeamForge";

        internal static readonly ActivitySource Source = new ActivitySource(SourceName);

        internal static Activity StartRun(string team, string runId)
        {
            var activity = Source.StartActivity("run " + team);
            activity?.SetTag("teamforge.team", team);
            activity?.SetTag("teamforge.run", runId);
            return activity;
        }

        internal static Activity StartAttempt(
            string team, string task, string member, int attempt)
        {
            var activity = Source.StartActivity("task " + task);
            activity?.SetTag("teamforge.team", team);
            activity?.SetTag("teamforge.task", task);
            activity?.SetTag("teamforge.member", member);
            activity?.SetTag("teamforge.attempt", attempt);
            return activity;
        }

        internal static void End(Activity activity, string status)
        {
            if (activity == null)
            {
                return;
            }

            activity.SetTag("teamforge.status", status);
            activity.Dispose();
        }
    }
}
