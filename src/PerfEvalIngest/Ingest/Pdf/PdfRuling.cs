namespace PerfEvalIngest.Ingest;

/// <summary>A drawn ruling line, horizontal (<see cref="Horizontal"/>: fixed y from <see cref="From"/> to
/// <see cref="To"/> in x) or vertical (fixed x, running in y).</summary>
public sealed record PdfRuling(bool Horizontal, double At, double From, double To)
{
    public bool Touches(PdfRuling other, double tolerance)
    {
        if (Horizontal == other.Horizontal)
            return Math.Abs(At - other.At) <= tolerance && From <= other.To + tolerance && other.From <= To + tolerance;
        var (h, v) = Horizontal ? (this, other) : (other, this);
        return v.At >= h.From - tolerance && v.At <= h.To + tolerance && h.At >= v.From - tolerance && h.At <= v.To + tolerance;
    }
}

/// <summary>A table found on one page: its grid lines (x left to right, y top to bottom) and its cells.</summary>
public sealed record PdfTable(
    IReadOnlyList<double> ColumnEdges,
    IReadOnlyList<double> RowEdges,
    IReadOnlyList<Model.TableCell> Cells,
    int RowCount,
    int ColumnCount)
{
    public double Top => RowEdges[0];
    public double Bottom => RowEdges[^1];
    public double Left => ColumnEdges[0];
    public double Right => ColumnEdges[^1];

    public bool Contains(PdfGlyph g) =>
        g.CentreX > Left && g.CentreX < Right && g.CentreY < Top && g.CentreY > Bottom;

    /// <summary>Whether another table's columns stand where this one's do (a table cut by a page break).</summary>
    public bool ColumnsLineUpWith(PdfTable other) =>
        ColumnEdges.Count == other.ColumnEdges.Count
        && ColumnEdges.Zip(other.ColumnEdges).All(p => Math.Abs(p.First - p.Second) <= 3);

    /// <summary>This table with another's rows below its own. A row cut by the page break leaves an empty strip
    /// at the top of the continuation: it is dropped; an empty cell under a cell that reaches the foot of the page
    /// is that merged cell going on.</summary>
    public PdfTable Append(PdfTable below)
    {
        below = WithoutEmptyFirstRow(below);
        var above = Cells.ToList();
        var added = new List<Model.TableCell>();
        foreach (var cell in below.Cells)
        {
            int i = cell.Row == 0 && cell.Text.Length == 0
                ? above.FindIndex(a => a.Col == cell.Col && a.ColSpan == cell.ColSpan && a.Row + a.RowSpan == RowCount && a.Text.Length > 0)
                : -1;
            if (i >= 0) above[i] = above[i] with { RowSpan = above[i].RowSpan + cell.RowSpan };
            else added.Add(cell with { Row = cell.Row + RowCount });
        }
        return this with
        {
            Cells = above.Concat(added).OrderBy(c => c.Row).ThenBy(c => c.Col).ToList(),
            RowCount = RowCount + below.RowCount,
        };
    }

    private static PdfTable WithoutEmptyFirstRow(PdfTable table)
    {
        var first = table.Cells.Where(c => c.Row == 0).ToList();
        if (table.RowCount < 2 || first.Any(c => c.Text.Length > 0)) return table;
        return table with
        {
            Cells = table.Cells.Where(c => c.Row > 0 || c.RowSpan > 1)
                .Select(c => c.Row == 0 ? c with { RowSpan = c.RowSpan - 1 } : c with { Row = c.Row - 1 }).ToList(),
            RowCount = table.RowCount - 1,
        };
    }
}
