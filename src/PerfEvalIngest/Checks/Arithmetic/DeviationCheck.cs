using PerfEvalIngest.Facts;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks.Arithmetic;

/// <summary>
/// arithmetic.deviation — "deviations equal what their inputs give": in a 自评表 row with a numeric target, a
/// completed value and a deviation, the deviation is (完成值 − 目标值) / 目标值. For percentage targets the
/// difference in points is accepted as well, and either sign, since both conventions are in use.
/// </summary>
/// <remarks>Traps: a deviation against a zero target is undefined, not 100% (such rows are skipped); qualitative
/// targets (健全, 较显著) carry no figures; rounding of the completed value and the deviation (intervals) — the
/// target itself is exact.</remarks>
internal sealed class DeviationCheck : ICheck
{
    private const string Rule = "arithmetic.deviation";

    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var row in context.Facts.Facts.Where(f => f.InTable && f.Column != null).GroupBy(f => (f.BlockIndex, f.Location.Row)))
        {
            var facts = row.ToList();
            var target = facts.FirstOrDefault(f => f.ColumnConcept == "indicator.target");
            var actual = facts.FirstOrDefault(f => f.ColumnConcept == "indicator.actual");
            var deviation = facts.FirstOrDefault(f => f.ColumnConcept == "indicator.deviation");
            if (target == null || actual == null || deviation == null) continue;
            if (deviation.Quantity.Kind != UnitKind.Percent || !Units.Comparable(target.Unit, actual.Unit)) continue;
            if (target.Value == 0 || !actual.Quantity.IsExact || !deviation.Quantity.IsExact) continue;

            // A target is a specification, not a measurement: "≥1%" means exactly 1%, not anything that rounds to it.
            var t = Interval.Exact(target.Quantity.BaseValue);
            var a = Interval.Of(actual.Quantity);
            if (t.Low <= 0) continue;
            var printed = Interval.Of(deviation.Quantity);
            var mirrored = new Interval(-printed.High, -printed.Low);
            var relative = Interval.Percent(a - t, t);
            var candidates = new List<Interval>();
            if (relative != null) candidates.Add(relative.Value);
            if (target.Quantity.Kind == UnitKind.Percent) candidates.Add(a - t);
            if (candidates.Any(c => c.Overlaps(printed) || c.Overlaps(mirrored))) continue;

            var expected = Numbers.Format((actual.Quantity.BaseValue - target.Quantity.BaseValue) / target.Quantity.BaseValue * 100m,
                Math.Max(2, deviation.Quantity.Decimals));
            yield return new Finding(Rule, Severity.Error,
                $"「{deviation.Row}」偏差与数据不符：完成值 {actual.Show()} 对目标值 {target.Show()} 的偏差应为 {expected}%，表中写 {deviation.Show()}。/ Deviation should be {expected}%, table says {deviation.Show()}.",
                $"{deviation.Row}：{target.Column} {target.Quantity.Printed}，{actual.Column} {actual.Quantity.Printed}，{deviation.Column} {deviation.Quantity.Printed}",
                expected + "%", deviation.Show(), deviation.Location);
        }
    }

}
