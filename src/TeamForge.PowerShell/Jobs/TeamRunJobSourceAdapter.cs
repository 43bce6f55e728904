using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace TeamForge.PowerShell.Jobs
{
    /// <summary>
    /// Tells PowerShell's job manager about the team run jobs of this process, so that
    /// Get-Job, Wait-Job, Receive-Job, Stop-Job and Remove-Job find them.
    /// </summary>
    public sealed class TeamRunJobSourceAdapter : JobSourceAdapter
    {
        private static readonly ConcurrentDictionary<Guid, Job2> s_jobs =
            new ConcurrentDictionary<Guid, Job2>();

        public TeamRunJobSourceAdapter()
        {
            Name = "TeamForgeRunSourceAdapter";
        }

        private const string JobKey = "TeamRunJobKey";

        private static readonly ConcurrentDictionary<Guid, Job2> s_pending =
            new ConcurrentDictionary<Guid, Job2>();

        /// <summary>
        /// Hands a job to the job manager through this adapter, which registers the adapter
        /// with the manager on first use.
        /// </summary>
        internal static Job2 Create(JobManager manager, Job2 job)
        {
            s_pending[job.InstanceId] = job;
            var definition = new JobDefinition(
                typeof(TeamRunJobSourceAdapter), job.Command, job.Name);
            var parameters = new Dictionary<string, object> { [JobKey] = job.InstanceId };
            return manager.NewJob(new JobInvocationInfo(definition, parameters));
        }

        public override Job2 NewJob(JobInvocationInfo specification)
        {
            var key = specification.Parameters
                .SelectMany(set => set)
                .FirstOrDefault(parameter => parameter.Name == JobKey)?.Value;
            if (!(key is Guid id) || !s_pending.TryRemove(id, out var job))
            {
                throw new NotSupportedException(
                    "Team run jobs are started by Start-TeamRun -AsJob.");
            }

            s_jobs[job.InstanceId] = job;
            return job;
        }

        public override IList<Job2> GetJobs() => s_jobs.Values.ToList();

        public override IList<Job2> GetJobsByName(string name, bool recurse)
        {
            var pattern = new WildcardPattern(name, WildcardOptions.IgnoreCase);
            return s_jobs.Values.Where(job => pattern.IsMatch(job.Name)).ToList();
        }

        public override IList<Job2> GetJobsByCommand(string command, bool recurse)
        {
            var pattern = new WildcardPattern(command, WildcardOptions.IgnoreCase);
            return s_jobs.Values.Where(job => pattern.IsMatch(job.Command)).ToList();
        }

        public override Job2 GetJobByInstanceId(Guid instanceId, bool recurse)
        {
            return s_jobs.TryGetValue(instanceId, out var job) ? job : null;
        }

        public override Job2 GetJobBySessionId(int id, bool recurse)
        {
            return s_jobs.Values.FirstOrDefault(job => job.Id == id);
        }

        public override IList<Job2> GetJobsByState(JobState state, bool recurse)
        {
            return s_jobs.Values.Where(job => job.JobStateInfo.State == state).ToList();
        }

        public override IList<Job2> GetJobsByFilter(
            Dictionary<string, object> filter, bool recurse)
        {
            // Limitation: filters name the properties of other job types; none apply here.
            return new List<Job2>();
        }

        public override void RemoveJob(Job2 job)
        {
            if (s_jobs.TryRemove(job.InstanceId, out _))
            {
                job.Dispose();
            }
        }
    }
}
