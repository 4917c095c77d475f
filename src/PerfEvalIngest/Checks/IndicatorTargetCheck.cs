using PerfEvalIngest.Facts;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks;

/// <summary>
/// target — the 自评表's own rows: "a stated target missed while the report says it was met" (the row scores full
/// marks, or its explanation says 完成/超额完成, while the completed value misses the target), and "a target with no
/// reported result" (a figure to reach, and nothing in the completed-value column); a target reached that scores below
/// its 分值 (财预〔2020〕10号: a reached target earns full marks).
/// </summary>
/// <remarks>Traps: targets are exact (≥10500家 means 10500) while completed values are rounded as printed; the
/// comparator decides what "missed" means (≥, ≤; "=" as at least, except =0%); qualitative targets (健全, 较显著) carry no figures; a row
/// that admits the miss (未完成, a reason given, marks deducted) is consistent, not wrong.</remarks>
internal sealed class IndicatorTargetCheck : ICheck
{
    private static readonly string[] MetWords = ["超额完成", "已完成", "全面完成", "圆满完成", "完成目标", "达到目标", "达到预期"];
    private static readonly string[] MissWords = ["未完成", "未达到", "未能", "差距", "偏低", "不足"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var row in context.Facts.Facts.Where(f => f.InTable && f.Column != null).GroupBy(f => (f.BlockIndex, f.Location.Row)))
        {
            var facts = row.ToList();
            var target = facts.FirstOrDefault(f => f.ColumnConcept == "indicator.target");
            if (target == null || !target.Quantity.IsExactTarget()) continue;
            var table = (Table)context.Structure.Document.Blocks[row.Key.BlockIndex];
            int r = row.Key.Row!.Value, header = target.HeaderRow ?? 0;
            int? actualColumn = FindColumn(table, header, context, "indicator.actual");
            if (actualColumn == null) continue;

            var actualText = table.TextAt(r, actualColumn.Value).Trim();
            var actual = facts.FirstOrDefault(f => f.Location.Col == actualColumn);
            if (actualText.Length == 0 || actualText is "—" or "-" or "/" or "无")
            {
                yield return new Finding("target.no-result", Severity.Warning,
                    $"「{target.Row}」有目标值 {target.Quantity.Printed}，但未填写完成值。/ Target {target.Quantity.Printed} has no reported result.",
                    $"{target.Row}：{target.Column} {target.Quantity.Printed}，{table.TextAt(header, actualColumn.Value)}（空）",
                    "完成值", "（空）", target.Location);
                continue;
            }
            if (actual == null || !actual.Quantity.IsExact || !Units.Comparable(target.Unit, actual.Unit)) continue;
            var score = facts.FirstOrDefault(f => f.ColumnConcept == "indicator.score");
            var weight = facts.FirstOrDefault(f => f.ColumnConcept == "indicator.weight");
            if (!Missed(target.Quantity, actual.Quantity))
            {
                // 财预〔2020〕10号: an indicator that reaches its target earns its full 分值.
                if (score != null && weight != null && score.Quantity.IsExact && weight.Quantity.IsExact && score.Value < weight.Value)
                    yield return new Finding("target.met-not-full", Severity.Warning,
                        $"「{target.Row}」已达到目标（目标 {target.Quantity.Printed}，完成 {actual.Quantity.Printed}），但得分 {score.Quantity.Printed} 低于分值 {weight.Quantity.Printed}；达到指标值应得满分，请核对。/ Target met, yet scored below its weight.",
                        $"{target.Row}：{target.Quantity.Printed} / {actual.Quantity.Printed}，分值 {weight.Quantity.Printed}，得分 {score.Quantity.Printed}",
                        weight.Quantity.Printed, score.Quantity.Printed, score.Location);
                continue;
            }

            var rowText = string.Join(" ", Enumerable.Range(0, table.ColumnCount).Select(c => table.TextAt(r, c)));
            bool fullMarks = score != null && weight != null && score.Value == weight.Value && weight.Value > 0;
            bool saysMet = MetWords.Any(w => rowText.Contains(w, StringComparison.Ordinal))
                           && !MissWords.Any(w => rowText.Contains(w, StringComparison.Ordinal));
            if (!fullMarks && !saysMet) continue;
            yield return new Finding("target.missed-as-met", Severity.Error,
                $"「{target.Row}」未达到目标却按完成处理：目标 {target.Quantity.Printed}，完成 {actual.Quantity.Printed}，" +
                $"{(fullMarks ? $"得分 {score!.Quantity.Printed} 为满分" : "说明称已完成")}。/ Target {target.Quantity.Printed} missed ({actual.Quantity.Printed}) but reported as met.",
                $"{target.Row}：{rowText}", target.Quantity.Printed, actual.Quantity.Printed, actual.Location);
        }
    }

    private static int? FindColumn(Table table, int headerRow, CheckContext context, string concept)
    {
        for (int c = 0; c < table.ColumnCount; c++)
            if (context.Concepts.Match(table.TextAt(headerRow, c))?.Id == concept) return c;
        return null;
    }

    /// <summary>The 自评表 rows whose completed value misses its numeric target: (row label, target, actual).</summary>
    public static IEnumerable<(string Row, Fact Target, Fact Actual)> MissedRows(CheckContext context)
    {
        foreach (var row in context.Facts.Facts.Where(f => f.InTable && f.Column != null).GroupBy(f => (f.BlockIndex, f.Location.Row)))
        {
            var facts = row.ToList();
            var target = facts.FirstOrDefault(f => f.ColumnConcept == "indicator.target");
            var actual = facts.FirstOrDefault(f => f.ColumnConcept == "indicator.actual");
            if (target == null || actual == null || !target.Quantity.IsExactTarget() || !actual.Quantity.IsExact) continue;
            if (Units.Comparable(target.Unit, actual.Unit) && Missed(target.Quantity, actual.Quantity))
                yield return (target.Row ?? "", target, actual);
        }
    }

    /// <summary>The completed value misses the target, whatever rounding its print allows.</summary>
    private static bool Missed(Quantity target, Quantity actual)
    {
        var t = target.BaseValue;
        var a = Interval.Of(actual);
        return target.Qualifier switch
        {
            ">=" or "≥" or "不低于" or "不少于" or "至少" => a.High < t,
            ">" or "超过" or "高于" => a.High <= t,
            "<=" or "≤" or "不超过" or "不高于" or "以内" => a.Low > t,
            "<" or "低于" or "不足" => a.Low >= t,
            // "=5场" beside 7场 is over-achieved, not missed: reports write = where they mean at least. Only "=0%"
            // (no adjustment, no balance) is missed from above.
            _ => t == 0 ? a.Low > 0 : a.High < t,
        };
    }
}
