using System.Globalization;

namespace PerfEvalIngest.Output.Export;

/// <summary>
/// A database value as the export writes it: numbers in the invariant culture (0.55, never 0,55) and kept as numbers
/// where the format has them, NULL as nothing, bytes as hexadecimal. A value decides for itself whether it is a number
/// — SQLite hands back a long or double for what is stored as one, whatever the column declares.
/// </summary>
internal static class ExportValue
{
    /// <summary>The value as text; null for NULL.</summary>
    public static string? Text(object? value) => value switch
    {
        null or DBNull => null,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToHexString(bytes),
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };

    /// <summary>Whether a spreadsheet should hold the value as a number: integers and finite reals (NaN and infinity
    /// have no number cell, so they stay text).</summary>
    public static bool IsNumber(object? value) => value switch
    {
        long or int or short or byte or sbyte or ushort or uint or ulong or decimal => true,
        double d => double.IsFinite(d),
        float f => float.IsFinite(f),
        _ => false,
    };
}
