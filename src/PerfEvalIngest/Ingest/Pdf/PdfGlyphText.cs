using System.Text;

namespace PerfEvalIngest.Ingest.Pdf;

/// <summary>
/// What the characters of a PDF's text layer say. Word and WPS often write Chinese through fonts whose Unicode map
/// sends a character to its look-alike: 一 as the Kangxi radical ⼀ (U+2F00), 金 as the compatibility ideograph 金
/// (U+F90A); such a heading "⼀、" would not be read as numbered. Each is folded to the ideograph it stands for, one
/// character for one. A font without any Unicode map gives private-use code points or U+FFFD: a page made mostly of
/// those has no readable text, as a scan has none.
/// </summary>
internal static class PdfGlyphText
{
    /// <summary>Share of a page's characters that may be unreadable before the page counts as having no text.</summary>
    private const double UnreadableShare = 0.3;

    public static string Normalize(string text)
    {
        foreach (char c in text)
            if (IsLookAlike(c))
                return string.Concat(text.Select(Fold));
        return text;
    }

    /// <summary>Whether a page's characters are text at all: not mostly private-use or replacement characters.</summary>
    public static bool IsReadable(IReadOnlyList<PdfGlyph> glyphs)
    {
        int ink = 0, unreadable = 0;
        foreach (var g in glyphs)
        {
            if (g.IsSpace) continue;
            ink++;
            if (g.Text.Any(c => c is >= '\uE000' and <= '\uF8FF' or '\uFFFD' || char.IsControl(c))) unreadable++;
        }
        return ink == 0 || unreadable <= UnreadableShare * ink;
    }

    /// <summary>
    /// Whether a page's text is UTF-8 bytes shown through a one-byte font ("æ¿å”ä¿¡…" for 政府信息…): a Chinese
    /// document written by a program that put UTF-8 into a WinAnsi font. Every reader gets the same mojibake, so the
    /// page has no text to check. Western text carries a few accented letters, never a third of its letters.
    /// </summary>
    public static bool IsMisencoded(IReadOnlyList<PdfGlyph> glyphs)
    {
        int ink = 0, latin1 = 0, cjk = 0;
        foreach (var g in glyphs)
        {
            if (g.IsSpace) continue;
            foreach (var c in g.Text)
            {
                ink++;
                if (c is >= '\u00C0' and <= '\u00FF' or >= '\u0080' and <= '\u00BF') latin1++;
                else if (c is >= '\u4E00' and <= '\u9FFF') cjk++;
            }
        }
        return ink > 0 && cjk == 0 && latin1 * 3 >= ink;
    }

    private static bool IsLookAlike(char c) => c is >= '\u2F00' and <= '\u2FD5' or >= '\uF900' and <= '\uFAD9';

    private static string Fold(char c)
    {
        if (!IsLookAlike(c)) return c.ToString();
        var folded = c.ToString().Normalize(NormalizationForm.FormKC);
        return folded.Length == 1 ? folded : c.ToString();
    }
}
