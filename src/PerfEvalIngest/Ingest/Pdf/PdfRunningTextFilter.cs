using System.Text.RegularExpressions;

namespace PerfEvalIngest.Ingest.Pdf;

/// <summary>
/// Removes running headers, footers and page numbers: lines near the top or bottom edge that are page-number
/// forms ("第 3 页", "- 3 -", "3 / 12", a bare number), or whose text (digits ignored) repeats at about the same
/// height on at least half of the pages. Only the edge bands are looked at, so body text is never touched.
/// </summary>
internal static partial class PdfRunningTextFilter
{
    /// <summary>Share of the page height at top and bottom where running text sits.</summary>
    private const double Band = 0.12;

    [GeneratedRegex(@"^(?:第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|[-—–]\s*\d+\s*[-—–]|\d+\s*/\s*\d+|\d{1,4}|Page\s+\d+(?:\s+of\s+\d+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    public sealed record PageLines(int Page, double Height, IReadOnlyList<PdfLine> Lines);

    public static IReadOnlyList<PageLines> Filter(IReadOnlyList<PageLines> pages)
    {
        var keys = pages.Select(p => p.Lines.Where(l => InBand(l, p.Height)).Select(Key).ToHashSet()).ToList();
        var counts = keys.SelectMany(k => k).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        int needed = Math.Max(2, (pages.Count + 1) / 2);
        return pages.Select(p => p with
        {
            Lines = p.Lines.Where(l => !InBand(l, p.Height) || !(PageNumber().IsMatch(l.Text.Trim())
                || counts.GetValueOrDefault(Key(l)) >= needed)).ToList(),
        }).ToList();
    }

    private static bool InBand(PdfLine line, double height) =>
        line.Baseline < height * Band || line.Top > height * (1 - Band);

    /// <summary>Text with numbers blanked and the height rounded: "第 3 页" and "第 4 页" at the foot agree.</summary>
    private static (string, long) Key(PdfLine line) =>
        (Digits().Replace(line.Text.Replace(" ", ""), "#"), (long)Math.Round(line.Baseline / 4));
}
