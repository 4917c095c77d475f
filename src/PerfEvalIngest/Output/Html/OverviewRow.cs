using PerfEvalIngest.Facts;
using PerfEvalIngest.Checks;

namespace PerfEvalIngest.Output.Html;

/// <summary>
/// What the batch overview shows of one report: who and what it is, whether it was read, its rubric points, its
/// counts, its execution rate and how many findings each rule raised. Everything comes from what a slimmed or reused
/// result still keeps (<see cref="ReportResult.Slim"/>), so the overview can be written after all checklists are.
/// </summary>
internal sealed record OverviewRow(
    string Name,
    string ChecklistHref,
    string? Unit,
    int? Year,
    string KindName,
    string DocumentKindName,
    string Status,
    string? ErrorCode,
    string? ErrorCodeName,
    decimal? Score,
    decimal? JudgedMax,
    decimal? NeedsHumanMax,
    int Errors,
    int Warnings,
    int Infos,
    decimal? ExecutionRate,
    string? ExecutionRateUnit,
    IReadOnlyList<RuleCount> Rules)
{
    /// <summary>The execution rate's concept in models/output/key-figures.json.</summary>
    public const string RateConcept = "budget.rate";

    public bool Failed => Status == "failed";

    /// <summary>The rubric's full points: what the tool judged and what it left to a reviewer.</summary>
    public decimal? FullPoints => JudgedMax + NeedsHumanMax;

    public static OverviewRow Of(ReportResult report, string checklistHref)
    {
        var meta = report.Metadata;
        var rate = report.KeyFigures.FirstOrDefault(f => f.Concept == RateConcept);
        return new OverviewRow(
            report.Name,
            checklistHref,
            meta?.Unit,
            meta?.Year,
            ChecklistNames.Kind(meta?.Kind),
            ChecklistNames.DocumentKind(meta?.DocumentKind),
            report.Status,
            report.Error?.Code,
            report.Error is { } e ? ChecklistNames.ErrorCode(e.Code) : null,
            report.Rubric?.Score,
            report.Rubric?.Max,
            report.Rubric?.NeedsHumanMax,
            report.Count(Severity.Error),
            report.Count(Severity.Warning),
            report.Count(Severity.Info),
            rate?.Value,
            rate?.Unit,
            RuleCount.Of(report.Findings));
    }
}

/// <summary>How many findings one rule raised at one severity in a report.</summary>
internal sealed record RuleCount(string Rule, Severity Severity, int Count)
{
    /// <summary>Per rule and severity, most serious first and then by rule id, so equal inputs give equal lists.</summary>
    public static IReadOnlyList<RuleCount> Of(IEnumerable<Finding> findings) =>
        findings
            .GroupBy(f => (f.Rule, f.Severity))
            .Select(g => new RuleCount(g.Key.Rule, g.Key.Severity, g.Count()))
            .OrderByDescending(r => r.Severity).ThenBy(r => r.Rule, StringComparer.Ordinal)
            .ToList();
}
