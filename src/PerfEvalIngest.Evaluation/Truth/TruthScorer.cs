using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PerfEvalIngest.Checks;

namespace PerfEvalIngest.Evaluation.Truth;

/// <summary>
/// Scores one report against its document's truth. A finding (error or warning) matches a defect when it points
/// at one of the defect's pages (or either side has no page) and its evidence, expected or actual value or message
/// contains one of the defect's anchors once spacing, full-width forms and thousands separators are folded; a key
/// figure is read right when some fact has its value, its unit and its page.
/// </summary>
internal static partial class TruthScorer
{
    public static DocumentScore Score(ReportResult report, DocumentTruth truth)
    {
        var metadata = report.Structure?.Metadata;
        bool readRight = truth.Readable
            ? !report.Failed || report.Error!.Code is "too-large"
            : report.Failed && (truth.ExpectedError == null || report.Error!.Code == truth.ExpectedError);

        var scored = report.Findings.Where(f => f.Severity is Severity.Error or Severity.Warning).ToList();
        var defects = truth.DefectList;
        var matchedFindings = 0;
        var unexplained = new List<string>();
        var found = new bool[defects.Count];
        foreach (var finding in scored)
        {
            bool any = false;
            for (int d = 0; d < defects.Count; d++)
                if (Matches(finding, defects[d])) { found[d] = true; any = true; }
            if (any) matchedFindings++;
            else unexplained.Add($"{finding.Rule} {finding.Location.Describe()} {Short(finding.Evidence)}");
        }
        var missed = defects.Where((_, d) => !found[d]).Select(d => $"{d.Id} {d.Category}: {Short(d.Quote ?? d.Explanation ?? "")}").ToList();

        var facts = report.Facts?.Facts ?? [];
        var figuresMissed = truth.FigureList
            .Where(k => !facts.Any(f => f.Value == k.Value && SameUnit(f.Unit, k.Unit) && (k.Page == null || f.Location.Page == null || f.Location.Page == k.Page)))
            .Select(k => $"{k.Id} {k.Label} {k.Value.ToString(CultureInfo.InvariantCulture)}{k.Unit} p{k.Page}")
            .ToList();

        // A 目录 line in the outline: a heading on a 目录 page that the body prints again further on, or a line with
        // leader dots. (A 目录 page often holds the body's first headings too; those are headings.)
        var toc = truth.TocPageList.ToHashSet();
        var outline = report.Structure?.Outline ?? [];
        int tocLines = outline.Where((h, i) =>
                LooksLikeTocLine(h.Title)
                || (h.Location.Page is int p && toc.Contains(p)
                    && outline.Skip(i + 1).Any(later => Fold(later.Label + later.Title) == Fold(h.Label + h.Title))))
            .Count();

        var scanPages = report.Findings.Where(f => f.Rule == "extraction.no-text-layer").Select(f => f.Message)
            .Concat(report.Error?.Code == "no-text-layer" ? [report.Error.Message] : [])
            .SelectMany(PagesNamed).ToHashSet();
        int blankAsScan = truth.BlankPageList.Count(scanPages.Contains);

        return new DocumentScore(report.Name, truth, report.Status, report.Error?.Code, readRight,
            KindRight: !truth.Readable || metadata?.DocumentKind == truth.Kind,
            TitleRight: !truth.Readable || SameTitle(metadata?.Title, truth),
            UnitRight: !truth.Readable || Fold(metadata?.Unit) == Fold(truth.Unit),
            YearRight: !truth.Readable || metadata?.Year == truth.Year,
            scored.Count, matchedFindings, unexplained, found.Count(f => f), missed,
            truth.FigureList.Count - figuresMissed.Count, figuresMissed, tocLines, blankAsScan,
            ScopeRight: !truth.Readable || metadata?.Scope == truth.Scope);
    }

    /// <summary>Whether a finding points at the defect: the page (when both know it) and an anchor.</summary>
    public static bool Matches(Finding finding, TruthDefect defect)
    {
        if (finding.Location.Page is int page && defect.PageList.Count > 0 && !defect.PageList.Contains(page)) return false;
        var text = Fold($"{finding.Evidence}\u0001{finding.Expected}\u0001{finding.Actual}\u0001{finding.Message}");
        return defect.AnchorList.Select(Fold).Any(a => a.Length > 0 && text.Contains(a, StringComparison.Ordinal));
    }

    private static bool SameTitle(string? title, DocumentTruth truth)
    {
        var folded = Fold(title);
        return folded == Fold(truth.Title) || (truth.TitleAlternatives ?? []).Any(t => Fold(t) == folded);
    }

    private static bool SameUnit(string? a, string? b) => string.IsNullOrEmpty(b) || Fold(a) == Fold(b);

    /// <summary>NFKC (full-width digits and punctuation to ASCII), no white space, no thousands separators.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var s = text.Normalize(NormalizationForm.FormKC);
        s = Space().Replace(s, "");
        return Thousands().Replace(s, "");
    }

    private static bool LooksLikeTocLine(string title) =>
        title.Replace(" ", "", StringComparison.Ordinal) is "目录" || Leaders().IsMatch(title);

    private static IEnumerable<int> PagesNamed(string message)
    {
        var m = PageList().Match(message);
        if (!m.Success) return [];
        return m.Groups[1].Value.Split('、').Select(p => int.TryParse(p, out var n) ? n : -1).Where(n => n > 0);
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"(?<=\d),(?=\d{3})")]
    private static partial Regex Thousands();

    [GeneratedRegex(@"(\.{4,}|…{3,}|·{4,}|-{6,})\s*\d*\s*$")]
    private static partial Regex Leaders();

    [GeneratedRegex(@"第\s*([\d、]+)")]
    private static partial Regex PageList();
}
