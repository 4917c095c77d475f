using System.Text;

namespace PerfEvalIngest.Ingest.Pdf;

/// <summary>
/// Builds lines from glyphs: glyphs whose baselines lie within a fraction of their size form a line; inside a line
/// a space is kept where the PDF prints one, and made where a wide gap separates two Latin letters or digits.
/// Chinese text never gains a space, so "2023年" stays as printed.
/// </summary>
internal static class PdfLineBuilder
{
    public static IReadOnlyList<PdfLine> Build(IEnumerable<PdfGlyph> glyphs)
    {
        var result = new List<PdfLine>();
        foreach (var line in Group(glyphs))
        {
            var made = Make(line);
            if (made != null) result.Add(made);
        }
        return result;
    }

    /// <summary>The glyphs grouped into lines, top line first, each line left to right.</summary>
    public static IReadOnlyList<List<PdfGlyph>> Group(IEnumerable<PdfGlyph> glyphs)
    {
        var lines = new List<List<PdfGlyph>>();
        // Top of the page first; within one baseline, left to right.
        foreach (var g in glyphs.OrderByDescending(g => g.Baseline).ThenBy(g => g.Left))
        {
            var last = lines.Count > 0 ? lines[^1] : null;
            if (last != null && Math.Abs(last[0].Baseline - g.Baseline) <= Math.Max(1.0, 0.3 * Math.Min(last[0].Size, g.Size)))
                last.Add(g);
            else
                lines.Add([g]);
        }
        return lines.Select(l => l.OrderBy(g => g.Left).ToList()).ToList();
    }

    /// <summary>One line of glyphs (left to right) as a line of text; null when it holds only spaces.</summary>
    public static PdfLine? Make(IReadOnlyList<PdfGlyph> glyphs)
    {
        var ink = glyphs.Where(g => !g.IsSpace).ToList();
        if (ink.Count == 0) return null;
        var text = new StringBuilder();
        PdfGlyph? previous = null;
        bool pendingSpace = false;
        foreach (var g in glyphs)
        {
            if (g.IsSpace)
            {
                pendingSpace = previous != null;
                continue;
            }
            if (previous != null)
            {
                double gap = g.Left - previous.Right;
                bool wide = gap > 0.25 * Math.Max(g.Size, previous.Size);
                // Justified lines spread digits apart; a number never holds a space, so only words gain one.
                bool inNumber = IsNumberChar(previous.Text[^1]) && IsNumberChar(g.Text[0]);
                if (pendingSpace || (wide && !inNumber && IsLatin(previous.Text[^1]) && IsLatin(g.Text[0])))
                    text.Append(' ');
            }
            text.Append(g.Text);
            previous = g;
            pendingSpace = false;
        }
        var sizes = ink.GroupBy(g => Math.Round(g.Size * 2) / 2).OrderByDescending(s => s.Count()).First().Key;
        bool bold = ink.Count(g => g.Bold) * 2 > ink.Count;
        return new PdfLine(text.ToString(), ink.Min(g => g.Left), ink.Max(g => g.Right), ink.Average(g => g.Baseline),
            ink.Max(g => g.Top), sizes, bold);
    }

    private static bool IsNumberChar(char c) => char.IsAsciiDigit(c) || c is '.' or ',' or '%';

    /// <summary>Letters and digits of Latin script: words and numbers keep their spaces between them.</summary>
    public static bool IsLatin(char c) => c < 0x2E80 && char.IsLetterOrDigit(c) || c is '%' or '.' or ',' or ')' or '(';
}
