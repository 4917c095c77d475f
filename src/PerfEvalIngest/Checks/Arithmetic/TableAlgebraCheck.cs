using PerfEvalIngest.Facts;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks.Arithmetic;

/// <summary>
/// arithmetic.sum on a table's own structure, whatever its concepts: a 合计 column against the columns that follow
/// it (合计 = 基本支出 + 项目支出; 合计 = 财政拨款 + 事业收入 + …), and budget subject codes as a hierarchy (a 类 row
/// = its 款 rows, a 款 row = its 项 rows, the 合计 row = the 类 rows), column by column (domain.md, "Identities in
/// disclosure tables").
/// </summary>
/// <remarks>Traps: rounding (intervals of the printed precision); a column group with sub-columns (公务用车购置及
/// 运行费 over 购置 and 运行) or a 其中 column is not a component, so such tables are not summed across; a code row
/// without children below it is a leaf, not a wrong total; a 合计 row is compared only when the table has 类 rows. A
/// code's children may be incomplete where a page break or a PDF's table reading lost a row, so down the code
/// hierarchy only children that add up to more than their total are a finding: no lost row explains an excess.</remarks>
internal sealed class TableAlgebraCheck : ICheck
{
    private const string Rule = "arithmetic.sum";

    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var table in context.Structure.Document.Tables)
        {
            var cells = context.Facts.Facts.Where(f => f.Location.Table == table.Id && f.Quantity.Kind == UnitKind.Money && f.Quantity.IsExact)
                .GroupBy(f => (f.Location.Row!.Value, f.Location.Col!.Value)).ToDictionary(g => g.Key, g => g.First());
            if (cells.Count == 0) continue;
            var location = context.Structure.LocationOf(table);
            foreach (var f in TotalColumns(table, cells, location)) yield return f;
            foreach (var f in CodeHierarchy(table, cells, location)) yield return f;
        }
    }

    private static bool IsTotalWord(string text) => text.Replace(" ", "") is "合计" or "总计" or "小计";

    /// <summary>Rows: the 合计 column against the leaf columns after it, up to the next total column.</summary>
    private static IEnumerable<Finding> TotalColumns(Table table, Dictionary<(int, int), Fact> cells, Location location)
    {
        for (int headerRow = 0; headerRow < Math.Min(3, table.RowCount); headerRow++)
            for (int k = 0; k < table.ColumnCount; k++)
            {
                var header = table.CellAt(headerRow, k);
                if (header == null || header.Col != k || header.Row != headerRow || !IsTotalWord(header.Text)) continue;
                int lastHeaderRow = header.Row + header.RowSpan - 1;
                // A 小计 under a group heading (公务用车购置及运行费 over 小计 | 购置 | 运行) sums that group only.
                int end = table.ColumnCount;
                if (headerRow > 0 && table.CellAt(headerRow - 1, k) is { } parent && parent.Row + parent.RowSpan == headerRow)
                    end = Math.Min(end, parent.Col + parent.ColSpan);
                var components = new List<int>();
                bool clean = true;
                for (int c = k + 1; c < end; c++)
                {
                    var h = table.CellAt(headerRow, c);
                    if (h == null || h.Col != c) { if (h != null && h.Col < c) continue; clean = false; break; }
                    if (h.Row != headerRow) { clean = false; break; }
                    if (IsTotalWord(h.Text)) break;
                    // A group over sub-columns, a 其中 column or one whose header goes on below: no plain component.
                    if (h.ColSpan > 1 || h.Text.Contains("其中") || h.Row + h.RowSpan - 1 != lastHeaderRow) { clean = false; break; }
                    components.Add(c);
                }
                if (!clean || components.Count < 2) continue;
                for (int r = lastHeaderRow + 1; r < table.RowCount; r++)
                {
                    if (!cells.TryGetValue((r, k), out var total)) continue;
                    var parts = components.Select(c => cells.GetValueOrDefault((r, c))).ToList();
                    if (parts.Any(p => p == null)) continue;
                    if (Mismatch(total, parts!, location) is { } finding) yield return finding;
                }
            }
    }

    /// <summary>Columns: each subject code's row against its children's, and the 合计 row against the 类 rows.</summary>
    private static IEnumerable<Finding> CodeHierarchy(Table table, Dictionary<(int, int), Fact> cells, Location location)
    {
        var codes = new Dictionary<int, string>();
        int? totalRow = null;
        for (int r = 0; r < table.RowCount; r++)
        {
            var code = SubjectCodes.Of(table, r);
            if (code != null) codes[r] = code;
            else if (totalRow == null && Enumerable.Range(0, Math.Min(4, table.ColumnCount)).Any(c => IsTotalWord(table.TextAt(r, c)))
                     && cells.Keys.Any(k => k.Item1 == r)) totalRow = r;
        }
        if (codes.Count < 2) yield break;
        // A table of two sides (经济分类 301 … | 302 …) has a second set of codes: the first side's figures stop there.
        int side = Enumerable.Range(3, Math.Max(0, table.ColumnCount - 3))
            .FirstOrDefault(c => Enumerable.Range(0, Math.Min(3, table.RowCount)).Any(r => table.TextAt(r, c) is var h && (h.Contains("编码") || h == "类")),
                table.ColumnCount);
        var columns = cells.Keys.Where(k => codes.ContainsKey(k.Item1) && k.Item2 < side).Select(k => k.Item2).Distinct().Order().ToList();
        foreach (var (row, code) in codes)
        {
            if (code.Length >= 7) continue;
            var children = codes.Where(c => c.Key > row && c.Value.Length == code.Length + 2 && c.Value.StartsWith(code, StringComparison.Ordinal))
                .Select(c => c.Key).ToList();
            if (children.Count == 0) continue;
            foreach (var col in columns)
            {
                if (!cells.TryGetValue((row, col), out var total)) continue;
                var parts = children.Select(r => cells.GetValueOrDefault((r, col))).ToList();
                if (parts.Any(p => p == null)) continue;
                if (Mismatch(total, parts!, location, excessOnly: true) is { } finding) yield return finding;
            }
        }
        if (totalRow is not int t) yield break;
        var top = codes.Where(c => c.Value.Length == 3).Select(c => c.Key).ToList();
        if (top.Count == 0) yield break;
        foreach (var col in columns)
        {
            if (!cells.TryGetValue((t, col), out var total)) continue;
            var parts = top.Select(r => cells.GetValueOrDefault((r, col))).ToList();
            if (parts.Any(p => p == null)) continue;
            if (Mismatch(total, parts!, location, excessOnly: true) is { } finding) yield return finding;
        }
    }

    /// <summary>The row's subject code, from one code cell (2040601) or from 类/款/项 cells (204 | 06 | 01); null for
    /// a row without one.</summary>
    private static Finding? Mismatch(Fact total, List<Fact> parts, Location location, bool excessOnly = false)
    {
        if (parts.Any(p => !Units.Comparable(p.Unit, total.Unit))) return null;
        if (PartsSum.Broken(total, parts, complete: !excessOnly) is not var (expected, listed)) return null;
        return new Finding(Rule, Severity.Error,
            $"合计与分项不符：{total.Row}「{total.Column}」为 {total.Show()}，分项之和 {listed} = {expected}{total.Unit}。/ The total {total.Show()} is not the sum of its parts ({expected}{total.Unit}).",
            $"{total.Row}：{total.Column} {total.Quantity.Printed}；{listed}", expected + total.Unit, total.Show(), total.Location);
    }
}
