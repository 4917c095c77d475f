using PerfEvalIngest.Facts;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks;

/// <summary>
/// The national 自评表's scoring rules (财预〔2020〕10号; domain.md, "The national self-evaluation table"):
/// arithmetic.funds-score — the 年度资金总额 row's 得分 is 执行率 × its 分值, at most the 分值;
/// arithmetic.score-over-weight — no row scores more than its 分值;
/// target.no-reason — a target missed needs its 偏差原因分析及改进措施.
/// </summary>
/// <remarks>Traps: above 100% provinces differ (full marks, or a deduction for overspending), so only a rate up to
/// 100% is judged; rounding of the printed rate and score
/// (intervals, one place of the score either way); a row without 分值 (其中 rows, headers) is not scored; a
/// qualitative target carries no figure to miss; a missed target whose reason is in a merged cell of its block
/// counts as explained; a missed row scored in full is target.missed-as-met, not this.</remarks>
internal sealed class SelfEvaluationTableCheck : ICheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        var rows = context.Facts.Facts.Where(f => f.InTable && f.Column != null).GroupBy(f => (f.BlockIndex, f.Location.Row));
        foreach (var row in rows)
        {
            var facts = row.ToList();
            var weight = facts.FirstOrDefault(f => f.ColumnConcept == "indicator.weight" && f.Quantity.IsExact);
            var score = facts.FirstOrDefault(f => f.ColumnConcept == "indicator.score" && f.Quantity.IsExact);
            if (weight == null || score == null || weight.Value <= 0) continue;
            if (score.Value > weight.Value)
            {
                yield return new Finding("arithmetic.score-over-weight", Severity.Error,
                    $"「{score.Row}」得分 {score.Quantity.Printed} 超过其分值 {weight.Quantity.Printed}。/ The row scores more than its weight.",
                    $"{score.Row}：分值 {weight.Quantity.Printed}，得分 {score.Quantity.Printed}", "≤ " + weight.Quantity.Printed, score.Quantity.Printed, score.Location);
                continue;
            }
            var rate = facts.FirstOrDefault(f => f.Concept == "budget.rate" && f.Quantity.Kind == UnitKind.Percent && f.Quantity.IsExact);
            // Above 100% the rules differ by province (full marks, or a deduction for spending over the budget).
            if (rate != null && rate.Value <= 100m && IsFundsRow(score.Row) && FundsScore(rate, weight, score) is { } expected)
                yield return new Finding("arithmetic.funds-score", Severity.Warning,
                    $"「{score.Row}」得分应为 执行率 {rate.Quantity.Printed} × 分值 {weight.Quantity.Printed} = {expected}，报告写 {score.Quantity.Printed}。/ The funds score should be rate × weight = {expected}.",
                    $"{score.Row}：执行率 {rate.Quantity.Printed}，分值 {weight.Quantity.Printed}，得分 {score.Quantity.Printed}", expected, score.Quantity.Printed, score.Location);
        }

        foreach (var (label, target, actual) in IndicatorTargetCheck.MissedRows(context))
        {
            var table = (Table)context.Structure.Document.Blocks[target.BlockIndex];
            int header = target.HeaderRow ?? 0, r = target.Location.Row!.Value;
            int reason = Enumerable.Range(0, table.ColumnCount).FirstOrDefault(c => table.TextAt(header, c).Contains("偏差原因", StringComparison.Ordinal), -1);
            if (reason < 0) continue;
            var text = table.TextAt(r, reason).Trim();
            if (text.Length > 1 && text is not ("—" or "--" or "无" or "/")) continue;
            // A row that scores full marks claims the target met: that is target.missed-as-met, one finding per row.
            var weight = context.Facts.Facts.FirstOrDefault(f => f.BlockIndex == target.BlockIndex && f.Location.Row == r && f.ColumnConcept == "indicator.weight");
            var score = context.Facts.Facts.FirstOrDefault(f => f.BlockIndex == target.BlockIndex && f.Location.Row == r && f.ColumnConcept == "indicator.score");
            if (weight != null && score != null && score.Value >= weight.Value) continue;
            yield return new Finding("target.no-reason", Severity.Warning,
                $"「{label}」未达到目标（目标 {target.Quantity.Printed}，完成 {actual.Quantity.Printed}），但未写偏差原因及改进措施。/ A missed target without its reason.",
                $"{label}：{target.Quantity.Printed} / {actual.Quantity.Printed}，偏差原因（空）", "偏差原因", "（空）", actual.Location);
        }
    }

    /// <summary>The 年度资金总额 row of the funds block (项目资金, 部门整体资金): the row the budget score is given on.</summary>
    internal static bool IsFundsRow(string? label) =>
        label != null && (label.Contains("资金总额", StringComparison.Ordinal) || label.Contains("年度资金", StringComparison.Ordinal));

    /// <summary>The score the rate earns, formatted to the printed score's places, when the printed score cannot be
    /// it; null when it can.</summary>
    private static string? FundsScore(Fact rate, Fact weight, Fact score)
    {
        var r = Interval.Of(rate.Quantity);
        decimal low = Math.Min(r.Low, 100m) / 100m * weight.Value, high = Math.Min(r.High, 100m) / 100m * weight.Value;
        // The score's own rounding, and the rate's if the table rounded it to a whole percent first.
        decimal slack = 0.5m / (decimal)Math.Pow(10, score.Quantity.Decimals) + 0.005m * weight.Value;
        if (score.Value >= low - slack && score.Value <= high + slack) return null;
        return Numbers.Format(Math.Min(rate.Value, 100m) / 100m * weight.Value, Math.Max(1, score.Quantity.Decimals));
    }
}
