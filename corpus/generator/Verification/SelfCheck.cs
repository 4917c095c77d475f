using PerfEvalIngest.Corpus.Claims;
using PerfEvalIngest.Corpus.Plan;
using PerfEvalIngest.Corpus.Truth;

namespace PerfEvalIngest.Corpus.Verification;

/// <summary>
/// Proves a generated report and its truth agree: every quote is in the text, every identity holds in a
/// clean report, and in a faulty one every inconsistency found is a planted fault and every planted fault is
/// found. The generator exits non-zero when this returns any problem.
/// </summary>
static class SelfCheck
{
    public static List<string> Run(ReportPlan plan, string text, ReportTruth truth, IReadOnlyList<Claim> claims)
    {
        var problems = new List<string>();
        void Problem(string message) => problems.Add($"{truth.Id}: {message}");

        foreach (var f in truth.Facts)
        {
            if (!text.Contains(f.Quote, StringComparison.Ordinal)) Problem($"fact quote not in text: {f.Quote}");
            if (!f.Quote.Contains(f.Value, StringComparison.Ordinal)) Problem($"fact value {f.Value} not in its quote {f.Quote}");
            if (f.Section.Length == 0) Problem($"fact without section: {f.Quote}");
        }
        foreach (var e in truth.Outline)
            if (!text.Contains(e.Title, StringComparison.Ordinal) || e.Label.Contains(' ')) Problem($"outline entry not in text: {e.Label}{e.Title}");
        foreach (var t in truth.Traps)
            if (!text.Contains(t.Quote, StringComparison.Ordinal)) Problem($"trap quote not in text: {t.Quote}");
        foreach (var f in truth.Faults)
        {
            if (!text.Contains(f.Quote, StringComparison.Ordinal)) Problem($"fault quote not in text: {f.Quote}");
            if (f.Actual.Length > 0 && !text.Contains(f.Actual, StringComparison.Ordinal)) Problem($"fault actual not in text: {f.Actual}");
        }
        foreach (var c in claims)
            if (!text.Contains(c.Quote, StringComparison.Ordinal)) Problem($"claim quote not in text: {c.Quote}");
        var captions = truth.Tables.Select(t => "table:" + t.Caption).ToHashSet();
        foreach (var f in truth.Facts.Where(f => f.Section.StartsWith("table:", StringComparison.Ordinal)))
            if (!captions.Contains(f.Section) || f.Row is null || f.Column is null) Problem($"table fact without table, row or column: {f.Quote}");

        var violations = claims.Select(ClaimEvaluator.Evaluate).OfType<Violation>()
            .Concat(FactChecks.Run(truth.Facts))
            .Concat(OutlineChecks.Numbering(truth.Outline))
            .Concat(OutlineChecks.Completeness(truth.Outline, plan))
            .ToList();

        foreach (var v in violations.Where(v => !truth.Faults.Any(f => Explains(f, v))))
            Problem($"unplanned inconsistency [{v.Rule}] {v.Message} — {string.Join(" | ", v.Quotes)}");
        foreach (var f in truth.Faults.Where(f => !violations.Any(v => v.Rule == f.Rule && Explains(f, v))))
            Problem($"planted fault not detectable [{f.Rule}] {f.Quote}");
        return problems;
    }

    static bool Explains(FaultEntry f, Violation v) =>
        v.Quotes.Any(q => q.Contains(f.Quote, StringComparison.Ordinal))
        || (f.Rule == "completeness" && v.Rule == "completeness" && f.Expected.Contains(v.Expected, StringComparison.Ordinal))
        || (f.Rule == "numbering" && v.Rule == "numbering" && v.Quotes.Any(q => f.Quote.EndsWith(q, StringComparison.Ordinal) || q.EndsWith(f.Quote, StringComparison.Ordinal)));
}
