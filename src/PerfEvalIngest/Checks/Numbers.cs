using System.Globalization;

namespace PerfEvalIngest.Checks;

/// <summary>Formats computed figures the way the report prints them.</summary>
internal static class Numbers
{
    public static string Format(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals, CultureInfo.InvariantCulture);
}
