using System.Globalization;
using System.Text;

namespace PerfEvalIngest.Corpus.Figures;

/// <summary>
/// Turning numbers into printed text and back. Reading back is deliberately independent of how the number
/// was produced, so the self-check recomputes identities from what a reader of the report sees.
/// </summary>
static class NumberText
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Fixed(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals, Inv);

    /// <summary>Drops trailing zeros ("7.40" → "7.4", "330.00" → "330"), as many reports print amounts.</summary>
    public static string Trimmed(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('#', decimals), Inv);

    /// <summary>Spreadsheet export drops the leading zero of a fraction (".8"); some tables keep that artefact.</summary>
    public static string SpreadsheetStyle(decimal value, int decimals)
    {
        var s = Trimmed(value, decimals);
        if (s.StartsWith("0.", StringComparison.Ordinal)) return s[1..];
        if (s.StartsWith("-0.", StringComparison.Ordinal)) return "-" + s[2..];
        return s;
    }

    public static string Integer(long value) => value.ToString(Inv);

    /// <summary>ASCII digits, point, percent and minus as their full-width forms (２０２３, ３６．５).</summary>
    public static string FullWidth(string ascii)
    {
        var sb = new StringBuilder(ascii.Length);
        foreach (var c in ascii)
            sb.Append(c switch
            {
                >= '0' and <= '9' => (char)('０' + (c - '0')),
                '.' => '．',
                '%' => '％',
                '-' => '－',
                _ => c,
            });
        return sb.ToString();
    }

    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            sb.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '．' => '.',
                '％' => '%',
                '－' or '−' => '-',
                _ => c,
            });
        return sb.ToString().Trim();
    }

    /// <summary>Reads "2792.30", ".8", "-3.25", "３６．５", "1,234", "三", "十二" and the like.</summary>
    public static decimal Parse(string text)
    {
        var s = Normalize(text).Replace(",", "", StringComparison.Ordinal).TrimEnd('%');
        if (s.Length > 0 && ChineseNumerals.IsNumeral(s)) return ChineseNumerals.Parse(s);
        if (s.StartsWith('.')) s = "0" + s;
        if (s.StartsWith("-.", StringComparison.Ordinal)) s = "-0" + s[1..];
        return decimal.Parse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Inv);
    }

    /// <summary>How many decimals the printed text carries; its half-unit is the printed precision.</summary>
    public static int Decimals(string text)
    {
        var s = Normalize(text).TrimEnd('%');
        var dot = s.IndexOf('.');
        return dot < 0 ? 0 : s.Length - dot - 1;
    }

    public static decimal HalfUnit(string text)
    {
        decimal h = 0.5m;
        for (var i = 0; i < Decimals(text); i++) h /= 10;
        return h;
    }
}
