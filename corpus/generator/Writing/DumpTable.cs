using PerfEvalIngest.Corpus.Claims;
using PerfEvalIngest.Corpus.Figures;

namespace PerfEvalIngest.Corpus.Writing;

/// <summary>
/// A table as a Word-to-text dump shows it: each cell a line starting with a TAB, rows separated by one blank
/// line. A vertically merged cell prints as an empty TAB line, and so does a genuinely empty cell — the dump
/// cannot tell them apart, which is exactly what makes these tables hard to read back.
/// </summary>
sealed class DumpTable
{
    readonly List<TableRow> _rows = [];
    readonly List<Claim> _claims = [];
    string[] _columns = [];

    public IReadOnlyList<TableRow> Rows => _rows;
    internal IReadOnlyList<Claim> Claims => _claims;
    public int ColumnCount => _rows.Count == 0 ? 0 : _rows.Max(r => r.Cells.Count);

    /// <summary>A header row; its texts name the columns of the facts in the rows below it.</summary>
    public DumpTable Header(params string[] cells)
    {
        _columns = cells;
        var row = new TableRow(cells.Length > 0 ? cells[0] : "", _columns);
        foreach (var c in cells) row.Text(c);
        _rows.Add(row);
        return this;
    }

    public TableRow Row(string label)
    {
        var row = new TableRow(label, _columns);
        _rows.Add(row);
        return row;
    }

    /// <summary>A claim whose evidence is a cell (a column total, a score total).</summary>
    public void Claim(Claim claim, string quote)
    {
        claim.Quote = quote;
        _claims.Add(claim);
    }

    public IEnumerable<string> Render()
    {
        for (var i = 0; i < _rows.Count; i++)
        {
            if (i > 0) yield return "";
            foreach (var cell in _rows[i].Cells) yield return "\t" + (cell.Text ?? "");
        }
    }
}

sealed class TableRow(string label, string[] columns)
{
    readonly List<TableCell> _cells = [];
    public string Label { get; } = label;
    public IReadOnlyList<TableCell> Cells => _cells;

    public TableRow Text(string text)
    {
        _cells.Add(new TableCell(text, null, null, "", ""));
        return this;
    }

    /// <summary>The continuation of a vertically merged cell: printed as an empty TAB line.</summary>
    public TableRow Merged()
    {
        _cells.Add(new TableCell(null, null, null, "", ""));
        return this;
    }

    /// <summary>A cell with nothing in it (no adjustment, no reason given).</summary>
    public TableRow Empty() => Text("");

    /// <summary>A number; with a concept it becomes a table-cell fact carrying this row's and column's headers.</summary>
    public TableRow Num(Printed number, string? concept = null, string factUnit = "", string aspect = "", string? column = null)
    {
        var col = column ?? (_cells.Count < columns.Length ? columns[_cells.Count] : "");
        _cells.Add(new TableCell(number.WithUnit, number, concept, factUnit == "" ? number.Unit : factUnit, col) { Aspect = aspect });
        return this;
    }
}

sealed record TableCell(string? Text, Printed? Number, string? Concept, string FactUnit, string Column)
{
    public string Aspect { get; init; } = "";
}
