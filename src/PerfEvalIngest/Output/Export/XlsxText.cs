using System.Globalization;
using System.Text;

namespace PerfEvalIngest.Output.Export;

/// <summary>
/// What a workbook allows and a dataset may hold anyway: text with characters XML cannot carry (control characters
/// from a damaged file, a lone surrogate), text longer than a cell takes, names no sheet may have.
/// </summary>
internal static class XlsxText
{
    /// <summary>The most characters a cell holds; Excel refuses a workbook with more.</summary>
    public const int CellLimit = 32_767;

    /// <summary>The longest sheet name Excel takes.</summary>
    public const int SheetNameLimit = 31;

    /// <summary>
    /// The text as a cell stores it: cut to <see cref="CellLimit"/> characters, and every character XML cannot carry
    /// — and CR, which XML would turn into LF — written _xHHHH_ as Excel itself writes them (ECMA-376 ST_Xstring); an
    /// underscore that would otherwise read as the start of such an escape is itself escaped (_x005F_).
    /// </summary>
    public static string Cell(string text)
    {
        if (text.Length > CellLimit) text = text[..(char.IsHighSurrogate(text[CellLimit - 1]) ? CellLimit - 1 : CellLimit)];
        if (!NeedsEscape(text)) return text;
        var built = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                built.Append(c).Append(text[++i]);
                continue;
            }
            if (!Plain(c) || c == '_' && LooksLikeEscape(text, i)) built.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            else built.Append(c);
        }
        return built.ToString();
    }

    /// <summary>A name Excel takes for a sheet: at most 31 characters, none of []:*?/\, not starting or ending with an
    /// apostrophe, unique in the workbook whatever the case; a suffix such as _2 (the second sheet of a table past the
    /// row limit) is kept whole and the name shortened before it.</summary>
    public static string SheetName(string name, string suffix, ISet<string> used)
    {
        var clean = new string(name.Select(c => "[]:*?/\\".Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim('\'');
        if (clean.Length == 0) clean = "sheet";
        for (int n = 1; ; n++)
        {
            var tail = n == 1 ? suffix : $"{suffix}~{n}";
            var stem = clean.Length + tail.Length > SheetNameLimit ? clean[..(SheetNameLimit - tail.Length)] : clean;
            if (char.IsHighSurrogate(stem[^1])) stem = stem[..^1];
            var candidate = stem + tail;
            if (used.Add(candidate.ToUpperInvariant())) return candidate;
        }
    }

    /// <summary>The width a text takes on screen, in character widths: a Chinese character takes two.</summary>
    public static int Width(string text)
    {
        int width = 0;
        foreach (var rune in text.EnumerateRunes())
            width += rune.Value is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
                or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD ? 2 : 1;
        return width;
    }

    private static bool NeedsEscape(string text)
    {
        for (int i = 0; i < text.Length; i++)
            if (!Plain(text[i]) || text[i] == '_' && LooksLikeEscape(text, i)) return true;
        return false;
    }

    /// <summary>A character XML carries as it is (surrogates are judged in pairs by the caller).</summary>
    private static bool Plain(char c) => c is '\t' or '\n' or >= '\x20' and <= '\uD7FF' or >= '\uE000' and <= '\uFFFD';

    /// <summary>_xHHHH_ at <paramref name="i"/>, which a reader would decode.</summary>
    private static bool LooksLikeEscape(string text, int i) =>
        i + 6 < text.Length && text[i + 1] is 'x' or 'X' && text[i + 6] == '_' && text.AsSpan(i + 2, 4).ContainsAnyExcept("0123456789abcdefABCDEF") == false;
}
