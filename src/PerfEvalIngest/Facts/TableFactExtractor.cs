using System.Text.RegularExpressions;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Structure;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Facts;

/// <summary>
/// Facts in table cells. A figure cell takes its concept from its column header (年初预算数 → budget.initial) or,
/// failing that, its row header (基本支出 → expense.basic), and its unit from the cell, the column header
/// ("调整预算数（万元）"), or the caption ("单位：万元"). Long prose cells are read like paragraphs.
/// </summary>
internal sealed partial class TableFactExtractor
{
    private readonly ConceptDictionary _concepts;
    private readonly TextFactExtractor _text;

    public TableFactExtractor(ConceptDictionary concepts, TextFactExtractor text)
    {
        _concepts = concepts;
        _text = text;
    }

    // Built once from models/units.json: 「（万元）」 in a header, 「单位：元」 over the table.
    internal static readonly Regex UnitNoteRegex = PatternRegex.Of(
        @"[（(]\s*(" + Units.Vocabulary.Alternation(Units.Words.HeaderUnits) + @")\s*[)）]|单位\s*[：:]\s*(" +
        Units.Vocabulary.Alternation(Units.Words.HeaderUnits) + ")");

    private static Regex UnitNote() => UnitNoteRegex;

    /// <summary>A cell that is one figure: "545.57", "-3.25", ".8", "96.03%", ">=10500家", "=100%". Thousands are
    /// grouped by three from a non-zero digit: "042,776,303" is two cells' text run together, not a figure.</summary>
    [GeneratedRegex(@"^\s*(?:不低于|不少于|不超过|>=|<=|≥|≤|>|<|=)?\s*-?(?:(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)\s*[^\s\d]{0,4}\s*$")]
    internal static partial Regex FigureCell();

    public List<Fact> Extract(Table table, StructuredDocument structure)
    {
        var facts = new List<Fact>();
        var caption = structure.TableCaptions.GetValueOrDefault(table.Id) ?? table.Caption ?? "";
        // A unit note in the caption or in any header cell ("预算执行情况（万元）") holds for the whole table unless a
        // column states its own.
        string? tableUnit = UnitFrom(caption) ?? UnitFrom(table.Caption ?? "")
                            ?? Enumerable.Range(0, table.ColumnCount).Select(c => UnitFrom(HeaderOf(table, c))).FirstOrDefault(u => u != null);
        int headerRow = 0;
        string? headerUnit = null;
        var codeColumns = SubjectCodes.Columns(table);
        var sideLabels = SideLabelColumns(table);
        int labelColumns = LabelColumnCount(table, headerRow, codeColumns);
        var location = structure.LocationOf(table);

        for (int r = 1; r < table.RowCount; r++)
        {
            if (IsHeaderRow(table, r))
            {
                headerRow = r;
                labelColumns = LabelColumnCount(table, headerRow, codeColumns);
                // 「项目资金（万元）| 年初预算数 | …」 under the national 自评表's 项目名称 and 主管部门 rows: the unit note
                // of a header row inside the table holds for the figures under it.
                headerUnit = Enumerable.Range(0, table.ColumnCount).Select(c => UnitFrom(table.TextAt(r, c))).FirstOrDefault(u => u != null);
                continue;
            }
            var leadingLabel = RowLabel(table, r, labelColumns, codeColumns);
            for (int c = 0; c < table.ColumnCount; c++)
            {
                // A table of two sides (收入 | 金额 | 支出 | 金额) labels each figure by the label just left of it.
                var rowLabel = SideLabel(table, r, c, sideLabels) ?? leadingLabel;
                var cell = table.CellAt(r, c);
                if (cell == null || cell.Row != r || cell.Col != c || cell.Text.Length == 0 || codeColumns.Contains(c)) continue;
                var cellLocation = table.CellLocation(location, r, c);
                var header = table.TextAt(headerRow, c);
                var columnConcept = _concepts.MatchHeader(header);

                if (!FigureCell().IsMatch(cell.Text))
                {
                    if (cell.Text.Length > 12)
                        facts.AddRange(_text.Extract(cell.Text, cell.Text, cellLocation, table.Index)
                            .Select(f => f with { Row = rowLabel, Column = header, HeaderRow = headerRow, ColumnConcept = columnConcept?.Id }));
                    continue;
                }
                var q = QuantityScanner.Scan(cell.Text, bareNumbersAllowed: true).FirstOrDefault();
                if (q == null) continue;
                // A table's money note does not make the 自评表's 分值, 得分 or indicator values money.
                var note = columnConcept?.Kind == "any" ? null : headerUnit ?? tableUnit;
                if (q.Unit.Length == 0 && (UnitFrom(header) ?? note) is string unit)
                    q = q with { Unit = unit };

                // A bare 总计/合计 row of a two-sided table is the total of its side: 收入 with 总计 is 收入总计.
                var rowConcept = _concepts.MatchExactly(rowLabel)
                    ?? (columnConcept == null && rowLabel is "总计" or "合计" ? _concepts.MatchExactly(header + rowLabel) : null);
                bool rowFits = rowConcept != null && rowConcept.Accepts(q.Kind);
                // A completed-value column (完成值) names no concept of its own: the row's indicator does (预算执行率).
                var concept = columnConcept != null && columnConcept.Accepts(q.Kind) && !(columnConcept.YieldsToRow && rowFits)
                    ? columnConcept
                    : rowFits ? rowConcept : null;
                facts.Add(new Fact(q, concept?.Id, concept == null ? null : concept == columnConcept ? header : rowLabel,
                    null, null, cell.Text, cellLocation, table.Index, r, rowLabel, header, headerRow, columnConcept?.Id));
            }
        }
        return facts;
    }

    private static string? UnitFrom(string text)
    {
        var m = UnitNote().Match(text);
        if (!m.Success) return null;
        var unit = m.Groups[1].Success && m.Groups[1].Length > 0 ? m.Groups[1].Value : m.Groups[2].Value;
        return unit == "％" ? "%" : unit;
    }

    private static string HeaderOf(Table table, int col) => table.TextAt(0, col);

    /// <summary>A row of column names inside a table ("一级指标 二级指标 … 分值 … 得分" under a budget part): no
    /// figures, and at least two cells that name concepts.</summary>
    private bool IsHeaderRow(Table table, int row)
    {
        int named = 0;
        for (int c = 0; c < table.ColumnCount; c++)
        {
            var cell = table.CellAt(row, c);
            if (cell == null || cell.Row != row || cell.Text.Length == 0) continue;
            if (FigureCell().IsMatch(cell.Text)) return false;
            if (_concepts.MatchExactly(cell.Text) != null) named++;
        }
        return named >= 2;
    }


    /// <summary>Leading columns that hold labels: those before the first column whose header names a concept
    /// (年初预算数, 指标目标值), or, failing that, before the first column that holds figures in most rows. Code
    /// columns are label columns.</summary>
    private int LabelColumnCount(Table table, int headerRow, HashSet<int> codeColumns)
    {
        for (int c = 1; c < table.ColumnCount; c++)
            if (!codeColumns.Contains(c) && _concepts.Match(table.TextAt(headerRow, c)) != null) return c;
        int count = 0;
        for (int c = 0; c < table.ColumnCount; c++)
        {
            if (codeColumns.Contains(c)) { count++; continue; }
            int figures = 0, filled = 0;
            for (int r = 1; r < table.RowCount; r++)
            {
                var t = table.TextAt(r, c);
                if (t.Length == 0) continue;
                filled++;
                if (FigureCell().IsMatch(t)) figures++;
            }
            if (filled > 0 && figures * 2 >= filled) break;
            count++;
        }
        return Math.Max(1, Math.Min(count, table.ColumnCount - 1));
    }

    /// <summary>The label columns of a table's further sides: in a 收支总表 printed as 项目 | 决算数 | 项目 | 决算数,
    /// the columns whose header repeats the first column's header in one of the first rows.</summary>
    private static HashSet<int> SideLabelColumns(Table table)
    {
        var sides = new HashSet<int>();
        for (int r = 0; r < Math.Min(3, table.RowCount); r++)
        {
            var first = table.TextAt(r, 0);
            if (first.Length == 0 || FigureCell().IsMatch(first)) continue;
            for (int c = 1; c < table.ColumnCount; c++)
                if (table.CellAt(r, c) is { } cell && cell.Col == c && cell.Text == first) sides.Add(c);
        }
        return sides;
    }

    /// <summary>For a figure on a further side of a two-sided table, the label of its side's row; null elsewhere.</summary>
    private static string? SideLabel(Table table, int row, int col, HashSet<int> sideLabels)
    {
        var side = sideLabels.Where(c => c < col).DefaultIfEmpty(-1).Max();
        if (side < 0) return null;
        var text = table.TextAt(row, side);
        return text.Length is > 0 and <= 40 && !FigureCell().IsMatch(text) ? text : null;
    }

    /// <summary>The row's label: its last non-empty label column (the most specific: 三级指标 over 一级指标), a name
    /// rather than a subject code.</summary>
    private static string RowLabel(Table table, int row, int labelColumns, HashSet<int> codeColumns)
    {
        for (int c = labelColumns - 1; c >= 0; c--)
        {
            if (codeColumns.Contains(c)) continue;
            var t = table.TextAt(row, c);
            // A figure is no label (a 合计 column whose header names no concept stands among the label columns).
            if (FigureCell().IsMatch(t)) continue;
            if (t.Length > 0 && t.Length <= 40) return t;
        }
        return table.TextAt(row, 0);
    }
}
