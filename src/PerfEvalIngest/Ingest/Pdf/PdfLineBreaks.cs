namespace PerfEvalIngest.Ingest.Pdf;

/// <summary>
/// Whether a printed line broke because the next word did not fit (the text goes on) or because its text ended. The
/// next line's first unbreakable piece is measured against the room left: a number or Latin word moves to the next
/// line whole, and so does a character with the closing punctuation after it ("元），"), which may not start a line,
/// and opening punctuation with what follows it ("（工资"), which may not end one.
/// </summary>
internal static class PdfLineBreaks
{
    /// <summary>Whether a line ending at <paramref name="end"/> wrapped onto a next line beginning with
    /// <paramref name="next"/>, in text of <paramref name="size"/> points that may run to <paramref name="edge"/> (an
    /// edge known to within a quarter character).</summary>
    public static bool Wrapped(double end, string next, double size, double edge) =>
        next.Length > 0 && end + FirstWordWidth(next, size) > edge + 0.25 * size;

    /// <summary>About how wide the first unbreakable piece of a line is.</summary>
    private static double FirstWordWidth(string text, double size)
    {
        int opening = text.TakeWhile(IsOpening).Count();
        if (opening > 0) return opening * size + FirstWordWidth(text[opening..], size);
        int latin = text.TakeWhile(c => c < 0x2E80 && !char.IsWhiteSpace(c)).Count();
        int closing = text.Skip(Math.Max(latin, 1)).TakeWhile(IsClosing).Count();
        // A figure travels with its unit ("464.21万元"), so allow two more characters after it.
        double word = latin > 0 ? latin * 0.6 * size + 2 * size : size;
        return word + closing * size;
    }

    /// <summary>The printed width of a line's first unbreakable run, from its glyphs (left to right): Latin letters
    /// and digits up to the first Chinese character, or one Chinese character (a full em, whatever its ink) with
    /// the closing punctuation that may not start a line.</summary>
    public static double PrintedFirstWordWidth(IReadOnlyList<PdfGlyph> glyphs)
    {
        var ink = glyphs.Where(g => !g.IsSpace).ToList();
        if (ink.Count == 0) return 0;
        int latin = ink.TakeWhile(g => g.Text[0] < 0x2E80).Count();
        if (latin > 0) return ink[latin - 1].Right - ink[0].Left;
        int closing = ink.Skip(1).TakeWhile(g => IsClosing(g.Text[0])).Count();
        return (1 + closing) * ink[0].Size;
    }

    private static bool IsOpening(char c) => "（《「『【〔“‘".Contains(c);

    private static bool IsClosing(char c) => "，。、；：！？）》」』】〕”’".Contains(c);
}
