namespace TeamForge.Tests.Execution
{
    /// <summary>
    /// Tests that measure when tasks start and end run alone: beside the corpus runs on two
    /// cores, a 300 ms provider can be starved long enough to look sequential.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class TimedRunsCollection
    {
        public const string Name = "Timed runs";
    }
}
