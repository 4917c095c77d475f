using PerfEvalIngest.Facts;
using System.Globalization;
using PerfEvalIngest.Checks;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Output;

/// <summary>
/// What a reviewer's checklist shows of one report, whatever it is written as (Markdown, HTML, Word): the header,
/// whether the file was checked at all, the findings errors first with repeats of one cause grouped, the rubric's
/// points, the key figures and the outline. Every text is final (Chinese names, invariant numbers), so the writers
/// only lay it out.
/// </summary>
internal sealed record ChecklistView(
    string Name,
    string SourcePath,
    string Format,
    string Title,
    string? Unit,
    int? Year,
    string KindName,
    string DocumentKindName,
    ChecklistFailure? Failure,
    int Errors,
    int Warnings,
    int Infos,
    IReadOnlyList<FindingGroup> Findings,
    RubricView? Rubric,
    IReadOnlyList<KeyFigure> KeyFigures,
    IReadOnlyList<OutlineLine> Outline)
{
    /// <summary>Whether the tool read and checked the file; when not, <see cref="Failure"/> says why, and an empty
    /// findings list means nothing, not "no problems".</summary>
    public bool Checked => Failure == null;

    public static ChecklistView Of(ReportResult report)
    {
        var meta = report.Metadata;
        return new ChecklistView(
            report.Name,
            report.Source.Path.Replace('\\', '/'),
            report.Source.Format,
            meta?.Title ?? report.Name,
            meta?.Unit,
            meta?.Year,
            ChecklistNames.Kind(meta?.Kind),
            ChecklistNames.DocumentKind(meta?.DocumentKind),
            report.Error is { } e ? new ChecklistFailure(e.Code, ChecklistNames.ErrorCode(e.Code), e.Message) : null,
            report.Count(Severity.Error),
            report.Count(Severity.Warning),
            report.Count(Severity.Info),
            Group(report.Findings),
            report.Rubric is { } r ? RubricView.Of(r) : null,
            report.KeyFigures,
            report.Structure?.Outline.Select(h => new OutlineLine(h.Level, h.Label, h.Title, h.Category)).ToList() ?? []);
    }

    /// <summary>Errors first; findings of one rule with the same message are one cause repeated, shown once with all
    /// their places. Within a severity, the order of first appearance in the report is kept.</summary>
    private static List<FindingGroup> Group(IReadOnlyList<Finding> findings) =>
        findings
            .Select((f, i) => (f, i))
            .GroupBy(x => (x.f.Severity, x.f.Rule, x.f.Message))
            .OrderByDescending(g => g.Key.Severity).ThenBy(g => g.Min(x => x.i))
            .Select(g =>
            {
                var first = g.First().f;
                return new FindingGroup(first.Severity, ChecklistNames.Severity(first.Severity), first.Rule, first.Category,
                    ChecklistNames.Category(first.Category), first.Message,
                    g.Select(x => new FindingPlace(x.f.Location.Describe(), x.f.Location, x.f.Evidence, x.f.Expected, x.f.Actual)).ToList());
            })
            .ToList();

    /// <summary>Numbers as the report prints them, whatever the reader's locale (3989.53, never 3989,53).</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Why a file was not checked: the error code of the contract, its Chinese name, and the reader's message.</summary>
internal sealed record ChecklistFailure(string Code, string CodeName, string Message);

/// <summary>Findings of one cause: one rule and message, at one or more places.</summary>
internal sealed record FindingGroup(
    Severity Severity,
    string SeverityName,
    string Rule,
    string Category,
    string CategoryName,
    string Message,
    IReadOnlyList<FindingPlace> Places);

/// <summary>One place a finding was made: the location described for a reviewer, and the source text there.</summary>
internal sealed record FindingPlace(string Where, Location Location, string Evidence, string? Expected, string? Actual);

/// <summary>The rubric's points: <see cref="Score"/> of <see cref="JudgedMax"/> judged by the tool, and
/// <see cref="NeedsHumanMax"/> left to a reviewer, out of <see cref="FullPoints"/>.</summary>
internal sealed record RubricView(
    string Id,
    string Title,
    decimal Score,
    decimal JudgedMax,
    decimal NeedsHumanMax,
    IReadOnlyList<RubricItemView> Items)
{
    public decimal FullPoints => JudgedMax + NeedsHumanMax;

    public static RubricView Of(Rubrics.RubricResult r) => new(r.Id, r.Title, r.Score, r.Max, r.NeedsHumanMax,
        r.Items.Select(i => new RubricItemView(i.Title, i.Group, i.Status, ChecklistNames.RubricStatus(i.Status),
            ChecklistNames.RubricMark(i.Status), i.Score, i.Max, i.Evidence, i.Location?.Describe())).ToList());
}

/// <summary>One rubric item: its status, its points (null when a reviewer must judge it) out of its maximum, and
/// where its evidence was found.</summary>
internal sealed record RubricItemView(
    string Title,
    string Group,
    string Status,
    string StatusName,
    string Mark,
    decimal? Score,
    decimal Max,
    string? Evidence,
    string? Where);

/// <summary>One heading of the report's outline.</summary>
internal sealed record OutlineLine(int Level, string Label, string Title, string? Category);
