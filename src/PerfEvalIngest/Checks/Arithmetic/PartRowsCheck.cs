using PerfEvalIngest.Facts;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks.Arithmetic;

/// <summary>
/// arithmetic.sum — the 其中 rows under a total row of a table: 「年度资金总额 | 其中：当年财政拨款 | 上年结转资金 | 其他资金」.
/// In each figure column the parts cannot exceed their total, and where they are every part of it (a complete set
/// in tolerances.json: 当年财政拨款 + 上年结转 + 其他资金) they must make it.
/// </summary>
/// <remarks>Traps: a 其中 list may name only some parts, so only an excess is a fault unless the set is complete;
/// the block ends at the first row without figures (年度总体目标) or at another total; a rate or score column is
/// not summed (money only); rounding (intervals).</remarks>
internal sealed class PartRowsCheck : ICheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        var complete = context.Tolerances.CompletePartSets;
        foreach (var table in context.Structure.Document.Tables)
        {
            var cells = context.Facts.Facts.Where(f => f.Location.Table == table.Id && f.Quantity.Kind == UnitKind.Money && f.Quantity.IsExact)
                .GroupBy(f => f.Location.Row!.Value).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var (totalRow, totals) in cells.OrderBy(c => c.Key))
            {
                var label = totals[0].Row ?? "";
                if (!IsTotal(label, context) || !cells.TryGetValue(totalRow + 1, out var first) || !(first[0].Row ?? "").StartsWith("其中", StringComparison.Ordinal))
                    continue;
                var parts = new List<List<Fact>>();
                for (int r = totalRow + 1; cells.TryGetValue(r, out var partRow) && (r == totalRow + 1 || !IsTotal(partRow[0].Row ?? "", context)); r++)
                    parts.Add(partRow);
                var labels = parts.Select(p => (p[0].Row ?? "").Replace("其中", "").TrimStart('：', ':')).ToList();
                bool exact = complete.Any(set => set.Count == labels.Count && set.All(w => labels.Any(l => l.Contains(w, StringComparison.Ordinal))));
                foreach (var total in totals)
                {
                    var column = parts.Select(p => p.FirstOrDefault(f => f.Location.Col == total.Location.Col)).ToList();
                    if (column.Any(f => f == null) || column.Any(f => !Units.Comparable(f!.Unit, total.Unit))) continue;
                    if (PartsSum.Broken(total, column!, complete: exact) is not var (expected, listed)) continue;
                    yield return new Finding("arithmetic.sum", Severity.Error,
                        exact
                            ? $"合计与分项不符：「{total.Row}」{total.Column} 为 {total.Show()}，其中各项 {listed} = {expected}{total.Unit}。/ The total {total.Show()} is not the sum of its parts ({expected}{total.Unit})."
                            : $"分项之和大于总数：「{total.Row}」{total.Column} 为 {total.Show()}，其中各项 {listed} = {expected}{total.Unit}。/ The parts add up to more than their total.",
                        $"{total.Row}：{total.Column} {total.Quantity.Printed}；{listed}", expected + total.Unit, total.Show(), total.Location);
                }
            }
        }
    }

    private static bool IsTotal(string label, CheckContext context) =>
        context.Tolerances.TotalRowWords.Any(w => label.Contains(w, StringComparison.Ordinal));
}
