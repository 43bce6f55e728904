namespace TeamForge.Execution
{
    /// <summary>
    /// A provider that knows what its models cost: the run prices its tasks' tokens with
    /// this table unless the run is given one of its own.
    /// </summary>
    public interface IPricedProvider
    {
        PriceTable Prices { get; }
    }
}
