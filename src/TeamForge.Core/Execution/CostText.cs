using System.Globalization;

namespace TeamForge.Execution
{
    /// <summary>Dollars as messages and documents show them: "$0.0042", "$1.50".</summary>
    public static class CostText
    {
        /// <summary>
        /// Two decimals at least and up to eight, so that the cost of one small call does
        /// not read as $0.00.
        /// </summary>
        public static string Of(decimal dollars) =>
            "$" + dollars.ToString("0.00######", CultureInfo.InvariantCulture);
    }
}
