using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Checks;

/// <summary>
/// completeness — "自评表 present, refined to third-level indicators, every row has target and completed values":
/// an indicator table whose header names 一级/二级指标 must carry third-level indicators (a 三级指标 or 指标名称
/// column), and every indicator row a target. (A target without a completed value is target.no-result.)
/// </summary>
/// <remarks>Traps: vertically merged 一级/二级 cells are filled by their span; rows of a budget part above the indicator
/// header (预算执行情况) are not indicator rows; "—" in a score column is not a missing target.</remarks>
internal sealed class IndicatorTableCheck : ICheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        var s = context.Structure;
        foreach (var table in s.Document.Tables)
        {
            for (int header = 0; header < table.RowCount; header++)
            {
                var names = Enumerable.Range(0, table.ColumnCount).Select(c => table.TextAt(header, c)).ToList();
                if (!names.Any(n => n.Contains("一级指标") || n.Contains("二级指标"))) continue;
                int end = NextHeader(table, header);
                int third = names.FindIndex(n => n.Contains("三级指标") || n.Contains("指标名称"));
                var location = s.LocationOf(table) with { Row = header };
                if (third < 0)
                {
                    yield return new Finding("completeness.indicator-levels", Severity.Warning,
                        "自评表未细化到三级指标：表头只有一级、二级指标。/ The indicator table stops at the second level.",
                        string.Join(" | ", names), "三级指标", "（无）", location);
                    break;
                }
                int target = names.FindIndex(n => context.Concepts.Match(n)?.Id == "indicator.target");
                for (int r = header + 1; r < end; r++)
                {
                    var rowLabel = table.TextAt(r, third);
                    if (rowLabel.Length == 0 || context.IsTotalRow(rowLabel)) continue;
                    var missing = new List<string>();
                    if (target >= 0 && Empty(table.TextAt(r, target))) missing.Add(names[target]);
                    if (missing.Count == 0) continue;
                    yield return new Finding("completeness.indicator-row", Severity.Warning,
                        $"自评表「{rowLabel}」未填写{string.Join("、", missing)}。/ Indicator row without {string.Join(", ", missing)}.",
                        string.Join(" | ", Enumerable.Range(0, table.ColumnCount).Select(c => table.TextAt(r, c))),
                        string.Join("、", missing), "（空）", table.CellLocation(s.LocationOf(table), r, target));
                }
                break;
            }
        }
    }

    private static bool Empty(string text) => text.Trim().Length == 0;

    /// <summary>The row where another header starts inside the same table, or the end.</summary>
    private static int NextHeader(Table table, int header)
    {
        for (int r = header + 1; r < table.RowCount; r++)
            if (Enumerable.Range(0, table.ColumnCount).Any(c => table.TextAt(r, c) is "一级指标" or "二级指标")) return r;
        return table.RowCount;
    }
}
