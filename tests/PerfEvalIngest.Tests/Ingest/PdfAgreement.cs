using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Tests;

/// <summary>How far a PDF reading agrees with the text reading of the same report: the share of the text's
/// headings (level, label, title), table grid positions (text, white space ignored) and facts (concept, value,
/// unit) that the PDF reproduces.</summary>
internal sealed record PdfAgreement(double Headings, double Cells, double Facts, string Detail, IReadOnlyList<string> CellDifferences)
{
    public static PdfAgreement Measure(ReportResult text, ReportResult pdf)
    {
        var headings = Share(HeadingKeys(text).ToList(), HeadingKeys(pdf).ToList());
        var facts = Share(FactKeys(text).ToList(), FactKeys(pdf).ToList());

        var textTables = text.Structure!.Document.Tables.ToList();
        var pdfTables = pdf.Structure!.Document.Tables.ToList();
        int positions = 0, equal = 0;
        var differences = new List<string>();
        for (int t = 0; t < textTables.Count; t++)
        {
            var a = textTables[t];
            var b = t < pdfTables.Count ? pdfTables[t] : null;
            for (int r = 0; r < a.RowCount; r++)
                for (int c = 0; c < a.ColumnCount; c++)
                {
                    positions++;
                    if (b != null && Squash(a.TextAt(r, c)) == Squash(b.TextAt(r, c))) equal++;
                    else if (differences.Count < 8) differences.Add($"{a.Id} r{r} c{c}: text「{a.TextAt(r, c)}」 pdf「{b?.TextAt(r, c)}」");
                }
        }
        double cells = positions == 0 ? 1 : (double)equal / positions;
        return new PdfAgreement(headings.Share, cells, facts.Share,
            $"headings {headings.Matched}/{headings.Total}, cells {equal}/{positions} in {textTables.Count} tables " +
            $"(pdf {pdfTables.Count}), facts {facts.Matched}/{facts.Total} (pdf {pdf.Facts!.Facts.Count})", differences);
    }

    /// <summary>The headings compared: level, label and title.</summary>
    public static IEnumerable<string> HeadingKeys(ReportResult r) => r.Structure!.Outline.Select(h => $"{h.Level}|{h.Label}|{h.Title}");

    /// <summary>The facts compared: concept, value and unit.</summary>
    public static IEnumerable<string> FactKeys(ReportResult r) => r.Facts!.Facts.Select(f => $"{f.Concept}|{f.Value}|{f.Unit}");

    public override string ToString() =>
        $"headings {Headings:P1}, table cells {Cells:P1}, facts {Facts:P1} — {Detail}";

    /// <summary>Items of <paramref name="a"/> not in <paramref name="b"/>, counting repeats.</summary>
    public static List<string> Minus(IEnumerable<string> a, IEnumerable<string> b)
    {
        var left = b.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var result = new List<string>();
        foreach (var x in a)
        {
            if (left.TryGetValue(x, out int n) && n > 0) left[x] = n - 1;
            else result.Add(x);
        }
        return result;
    }

    private static (double Share, int Matched, int Total) Share(List<string> expected, List<string> actual)
    {
        if (expected.Count == 0) return (actual.Count == 0 ? 1 : 0, 0, 0);
        int matched = expected.Count - Minus(expected, actual).Count;
        return ((double)matched / expected.Count, matched, expected.Count);
    }

    private static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
