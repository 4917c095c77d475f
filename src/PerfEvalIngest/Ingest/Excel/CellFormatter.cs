using System.Globalization;
using System.Text;

namespace PerfEvalIngest.Ingest.Excel;

/// <summary>
/// Prints a numeric spreadsheet value the way the cell shows it, for the number formats reports use: General,
/// fixed decimals, thousands separators, percentages, dates, and literal text around the number ("0.00万元").
/// Values go through decimal so 0.1 + 0.2 style float noise never reaches the text.
/// </summary>
internal static class CellFormatter
{
    /// <summary>Excel's built-in format ids that reports meet; others fall back to General.</summary>
    private static readonly IReadOnlyDictionary<uint, string> BuiltIn = new Dictionary<uint, string>
    {
        [0] = "General", [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00",
        [9] = "0%", [10] = "0.00%", [11] = "0.00E+00", [12] = "General", [13] = "General",
        [14] = "yyyy-mm-dd", [15] = "d-mmm-yy", [16] = "d-mmm", [17] = "mmm-yy", [18] = "h:mm AM/PM",
        [19] = "h:mm:ss AM/PM", [20] = "h:mm", [21] = "h:mm:ss", [22] = "yyyy-mm-dd h:mm",
        [37] = "#,##0", [38] = "#,##0", [39] = "#,##0.00", [40] = "#,##0.00",
        [45] = "mm:ss", [46] = "[h]:mm:ss", [47] = "mm:ss.0", [48] = "0.0E+0", [49] = "@",
    };

    public static string? BuiltInCode(uint id) => BuiltIn.GetValueOrDefault(id);

    /// <summary>Formats the raw text of a numeric cell (&lt;v&gt;) with a number format code; text that is not a
    /// number comes back unchanged.</summary>
    public static string Format(string raw, string? formatCode)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || double.IsNaN(number) || double.IsInfinity(number))
            return raw;
        var code = FirstSection(formatCode ?? "General", number);
        if (code.Length == 0 || code.Equals("General", StringComparison.OrdinalIgnoreCase) || code == "@")
            return General(number);
        if (IsDate(code)) return Date(number, code);
        if (code.Contains('E') && !code.Contains('"')) return number.ToString("0.00E+00", CultureInfo.InvariantCulture);
        return Numeric(number, code);
    }

    /// <summary>General shows at most 15 significant digits; decimal drops the binary noise below that.</summary>
    public static string General(double number)
    {
        if (Math.Abs(number) >= 1e15 || (number != 0 && Math.Abs(number) < 1e-10))
            return number.ToString("G15", CultureInfo.InvariantCulture);
        var value = (decimal)number;
        return value.ToString("0.##############", CultureInfo.InvariantCulture);
    }

    /// <summary>The section for positive numbers (or negative, where a second section exists and the number is
    /// below zero — its sign is then printed by the format, not by us).</summary>
    private static string FirstSection(string code, double number)
    {
        var sections = SplitSections(code);
        var chosen = number < 0 && sections.Count > 1 && sections[1].Length > 0 ? sections[1] : sections[0];
        // Colour and condition brackets say nothing about the digits; [h] and locale tags are kept for IsDate.
        var sb = new StringBuilder();
        for (int i = 0; i < chosen.Length; i++)
        {
            if (chosen[i] == '[')
            {
                int end = chosen.IndexOf(']', i);
                if (end < 0) break;
                var tag = chosen[(i + 1)..end];
                if (tag.Length > 0 && tag.Trim('h', 'H', 'm', 'M', 's', 'S').Length == 0) sb.Append(chosen, i, end - i + 1);
                i = end;
                continue;
            }
            sb.Append(chosen[i]);
        }
        return sb.ToString().Trim();
    }

    private static List<string> SplitSections(string code)
    {
        var sections = new List<string>();
        var current = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < code.Length; i++)
        {
            char c = code[i];
            if (c == '"') quoted = !quoted;
            if (c == '\\' && i + 1 < code.Length) { current.Append(c).Append(code[++i]); continue; }
            if (c == ';' && !quoted) { sections.Add(current.ToString()); current.Clear(); continue; }
            current.Append(c);
        }
        sections.Add(current.ToString());
        return sections;
    }

    private static bool IsDate(string code)
    {
        var bare = Unquoted(code).ToLowerInvariant();
        return bare.IndexOfAny(['y', 'd', 'h', 's']) >= 0 || (bare.Contains('m') && !bare.Contains('0') && !bare.Contains('#'));
    }

    private static string Date(double number, string code)
    {
        if (number is < -657435 or > 2958465) return General(number);
        var date = DateTime.FromOADate(number);
        var bare = Unquoted(code).ToLowerInvariant();
        bool hasDate = bare.IndexOfAny(['y', 'd']) >= 0 || (bare.Contains('m') && !bare.Contains('h') && !bare.Contains('s'));
        bool hasTime = bare.IndexOfAny(['h', 's']) >= 0;
        if (bare.Contains('年')) return date.ToString(bare.Contains('日') ? "yyyy年M月d日" : "yyyy年M月", CultureInfo.InvariantCulture);
        if (hasDate && hasTime) return date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        if (hasTime) return date.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>Digits placed where the pattern's 0 # ? , . run stands; literals before and after kept.</summary>
    private static string Numeric(double number, string code)
    {
        int first = code.IndexOfAny(['0', '#', '?']);
        if (first < 0) return Literal(code) + General(number);
        int last = code.LastIndexOfAny(['0', '#', '?']);
        // A leading "." or "," belongs to the digit run.
        while (first > 0 && code[first - 1] is '.' or ',') first--;
        var pattern = code[first..(last + 1)];
        var prefix = code[..first];
        var suffix = code[(last + 1)..];

        bool percent = Unquoted(code).Contains('%');
        int dot = pattern.IndexOf('.');
        int decimals = dot < 0 ? 0 : pattern[(dot + 1)..].Count(c => c is '0' or '#' or '?');
        bool grouping = (dot < 0 ? pattern : pattern[..dot]).Contains(',');
        // Trailing commas scale by thousands ("#,##0," shows 12345 as 12).
        int scaleCommas = 0;
        for (int i = pattern.Length - 1; i >= 0 && pattern[i] == ','; i--) scaleCommas++;

        decimal value;
        try { value = (decimal)number; }
        catch (OverflowException) { return number.ToString("G15", CultureInfo.InvariantCulture); }
        if (percent) value *= 100;
        for (int i = 0; i < scaleCommas; i++) value /= 1000;
        if (SplitSections(code).Count > 1 && number < 0) value = Math.Abs(value);
        value = Math.Round(value, decimals, MidpointRounding.AwayFromZero);

        var digits = value.ToString((grouping ? "#,##0" : "0") + (decimals > 0 ? "." + new string('0', decimals) : ""),
            CultureInfo.InvariantCulture);
        return Literal(prefix) + digits + Literal(suffix);
    }

    /// <summary>Literal text of a pattern piece: quotes and escapes removed, padding (_x) and fill (*x) dropped.</summary>
    private static string Literal(string piece)
    {
        var sb = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < piece.Length; i++)
        {
            char c = piece[i];
            if (c == '"') { quoted = !quoted; continue; }
            if (quoted) { sb.Append(c); continue; }
            if ((c == '\\' || c == '!') && i + 1 < piece.Length) { sb.Append(piece[++i]); continue; }
            if ((c == '_' || c == '*') && i + 1 < piece.Length) { i++; continue; }
            if (c is '0' or '#' or '?' or ',') continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Unquoted(string code)
    {
        var sb = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < code.Length; i++)
        {
            char c = code[i];
            if (c == '"') { quoted = !quoted; continue; }
            if (quoted) continue;
            if (c == '\\' && i + 1 < code.Length) { i++; continue; }
            if (c == '[') { int end = code.IndexOf(']', i); if (end > i) { if (code[i + 1] is 'h' or 'm' or 's') sb.Append(code[(i + 1)..end]); i = end; continue; } }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
