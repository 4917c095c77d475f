using System.Text.RegularExpressions;
using PerfEvalIngest.Facts;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Checks;

/// <summary>
/// claim — "a top grade or full score while the report itself lists overspending or missed targets": a report that
/// says every target was met (全面完成 …目标) while its 自评表 shows targets missed (claim.all-met, a warning); a full
/// score (100分, 满分) beside missed targets or overspending (claim.full-score, a warning); the top grade (优) beside
/// them (claim.top-grade, a note: a unit may miss a target and still earn 优 on the points).
/// </summary>
/// <remarks>Traps: "大部分完成" or "基本完成" admit the misses; an execution rate a few points below 100% is not a missed
/// target for a claim (it is the norm); overspending means an execution rate clearly above 100%; qualitative targets
/// are not counted as missed.</remarks>
internal sealed partial class ClaimCheck : ICheck
{
    [GeneratedRegex(@"(?:全面|全部|均已|圆满|均)完成[^。；]{0,12}?目标|目标[^。；]{0,12}?(?:全面|全部|均已|圆满)(?:完成|实现)")]
    private static partial Regex AllMet();

    [GeneratedRegex(@"(?:满分|得分(?:为|是|：|:)?\s*100(?:\.0+)?\s*分)")]
    private static partial Regex FullScore();

    [GeneratedRegex(@"(?:等级|等次|结论)(?:为|是|：|:)?\s*[“""「]?(?:优秀|优)[”""」]?")]
    private static partial Regex TopGrade();

    public IEnumerable<Finding> Run(CheckContext context)
    {
        // An execution rate a few points short of 100% is the rule, not a missed target a claim could hide.
        var missed = IndicatorTargetCheck.MissedRows(context).Where(m => m.Actual.Concept != "budget.rate")
            .DistinctBy(m => (m.Row, m.Target.Quantity.Printed, m.Actual.Quantity.Printed)).ToList();   // an attached 自评表 repeats the inline one
        var overspent = context.Facts.Facts.FirstOrDefault(f => f.Concept == "budget.rate" && f.Quantity.IsExact
                                                                && Interval.Of(f.Quantity).Low > 100m);
        var problems = new List<string>();
        if (missed.Count > 0)
            problems.Add($"自评表中 {missed.Count} 项指标未达目标（{string.Join("、", missed.Take(3).Select(m => $"{m.Row}：目标 {m.Target.Quantity.Printed}，完成 {m.Actual.Quantity.Printed}"))}{(missed.Count > 3 ? " 等" : "")}）");
        if (overspent != null)
            problems.Add($"预算执行率 {overspent.Show()}，超出预算");
        if (problems.Count == 0) yield break;
        var why = string.Join("；", problems);

        foreach (var p in context.Structure.Document.Paragraphs)
        {
            var location = context.Structure.LocationOf(p);
            if (missed.Count > 0 && AllMet().Match(p.Text) is { Success: true } all && !Admits(p.Text, all.Index))
                yield return Make("claim.all-met", Severity.Warning, $"称目标全面完成，但{why}。/ Claims every target met, but targets were missed.",
                    p, all, location);
            if (FullScore().Match(p.Text) is { Success: true } full)
                yield return Make("claim.full-score", Severity.Warning, $"自评满分，但{why}。/ A full score despite missed targets or overspending.",
                    p, full, location);
            else if (TopGrade().Match(p.Text) is { Success: true } top)
                yield return Make("claim.top-grade", Severity.Info, $"自评等级为“优”，但{why}，请核实评分依据。/ Top grade despite missed targets or overspending.",
                    p, top, location);
        }
    }

    private static readonly string[] Admissions = ["大部分", "基本完成", "未能", "未完成", "个别", "部分目标", "未达"];

    /// <summary>The sentence admits that not everything was done ("大部分完成，个别目标未能全部实现").</summary>
    private static bool Admits(string text, int at)
    {
        var (start, end) = Sentences.Around(text, at);
        var sentence = text[start..end];
        return Admissions.Any(a => sentence.Contains(a, StringComparison.Ordinal));
    }

    private static Finding Make(string rule, Severity severity, string message, Paragraph p, Match m, Location location)
    {
        var (start, end) = Sentences.Around(p.Text, m.Index);
        return new Finding(rule, severity, message, p.Original[start..end].Trim(), null, m.Value, location);
    }
}
