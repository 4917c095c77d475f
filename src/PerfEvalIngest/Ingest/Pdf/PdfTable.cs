using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Ingest.Pdf;

/// <summary>A table found on one page: its grid lines (x left to right, y top to bottom) and its cells.
/// <paramref name="Cut"/> measures the text at its top and bottom edges, to tell a row that a page break cut in two.
/// <paramref name="Ruled"/> is false for a table found from
/// column alignment, whose edges are only estimated from where its text stands.</summary>
internal sealed record PdfTable(
    IReadOnlyList<double> ColumnEdges,
    IReadOnlyList<double> RowEdges,
    IReadOnlyList<TableCell> Cells,
    int RowCount,
    int ColumnCount,
    PdfTableCut Cut,
    bool Ruled = true)
{
    /// <summary>Short lines at the top of the page read as this table's first row, which may rather be the tail of a
    /// paragraph from the page before; <see cref="WithoutLead"/> is the table without them. Set by the alignment
    /// finder only: whether they are a row cut by the page break is known only once the page before is.</summary>
    public IReadOnlyList<PdfLine> Lead { get; init; } = [];

    /// <inheritdoc cref="Lead"/>
    public PdfTable? WithoutLead { get; init; }

    public double Top => RowEdges[0];
    public double Bottom => RowEdges[^1];
    public double Left => ColumnEdges[0];
    public double Right => ColumnEdges[^1];

    public bool Contains(PdfGlyph g) =>
        g.CentreX > Left && g.CentreX < Right && g.CentreY < Top && g.CentreY > Bottom;

    /// <summary>Whether another table's columns stand where this one's do (a table cut by a page break).</summary>
    public bool ColumnsLineUpWith(PdfTable other)
    {
        // Drawn rules stand where they stood; edges estimated from text move with the widest text on each page.
        double tolerance = Ruled && other.Ruled ? 3 : 12;
        return Ruled == other.Ruled && ColumnEdges.Count == other.ColumnEdges.Count
            && ColumnEdges.Zip(other.ColumnEdges).All(p => Math.Abs(p.First - p.Second) <= tolerance);
    }

    /// <summary>
    /// This table with another's rows below its own (the same table after a page break). Three things happen at the
    /// break: an empty strip at the top of the continuation (a row pushed over whole) is dropped; a row that the break
    /// cut in two is put together again (see <see cref="ContinuesLastRow"/>); and a cell merged down a group that
    /// goes on over the break keeps going — an empty cell under it that is itself merged down, or under a cell
    /// already merged down, is that cell continued.
    /// </summary>
    public PdfTable Append(PdfTable below)
    {
        below = WithoutEmptyFirstRow(below);
        bool split = ContinuesLastRow(below);
        int offset = split ? RowCount - 1 : RowCount;
        var above = Cells.ToList();
        var added = new List<TableCell>();
        foreach (var cell in below.Cells)
        {
            int i = cell.Row == 0 ? above.FindIndex(a => a.Col == cell.Col && a.ColSpan == cell.ColSpan && a.Row + a.RowSpan == RowCount) : -1;
            if (i >= 0 && split)
                above[i] = above[i] with { RowSpan = above[i].RowSpan + cell.RowSpan - 1, Text = PdfTextJoin.Lines([above[i].Text, cell.Text]) };
            else if (i >= 0 && cell.Text.Length == 0 && above[i].Text.Length > 0 && (cell.RowSpan > 1 || above[i].RowSpan > 1))
                above[i] = above[i] with { RowSpan = above[i].RowSpan + cell.RowSpan };
            else
                added.Add(cell with { Row = cell.Row + offset });
        }
        return this with
        {
            Cells = above.Concat(added).OrderBy(c => c.Row).ThenBy(c => c.Col).ToList(),
            RowCount = offset + below.RowCount,
            Cut = below.Cut with { FirstWordAtTop = Cut.FirstWordAtTop },
        };
    }

    /// <summary>
    /// Whether the first row of <paramref name="below"/> is the rest of this table's last row, cut by the page break.
    /// Every cell with text below must stand under a cell whose text runs down to the foot of the page; then either
    /// each of them wrapped there (its first word below would not have fitted on the line above), or at least one
    /// cell above ended before the break (its part below is empty), as in a row whose other cells were short. A fresh
    /// row fails as soon as one of its cells stands under a cell that ended short of the foot or had room left.
    /// </summary>
    private bool ContinuesLastRow(PdfTable below)
    {
        var first = below.Cells.Where(c => c.Row == 0).ToList();
        var last = Cells.Where(c => c.Row + c.RowSpan == RowCount).ToList();
        if (first.Count == 0 || first.Count != last.Count) return false;
        bool anyGoesOn = false, anyEnded = false, allWrap = true;
        foreach (var cell in first)
        {
            var over = last.FirstOrDefault(a => a.Col == cell.Col && a.ColSpan == cell.ColSpan);
            if (over == null) return false;
            if (cell.Text.Length > 0)
            {
                if (over.Text.Length == 0 || !Cut.ReachesFoot(over.Col)) return false;
                anyGoesOn = true;
                allWrap &= Cut.WrapsOnto(below.Cut, cell.Col);
            }
            else if (over.Text.Length > 0 && over.RowSpan == 1 && cell.RowSpan == 1)
                anyEnded = true;
        }
        return anyGoesOn && (allWrap || anyEnded);
    }

    /// <summary>
    /// A table found from alignment, with its group cells merged down as Word merges them: an empty cell before the
    /// first text of its row, under a cell with text (an 一级/二级指标 group), is that cell going on. A table with rules
    /// draws its merges and is returned as it is.
    /// </summary>
    public PdfTable WithGroupCellsMergedDown()
    {
        if (Ruled) return this;
        var byPosition = Cells.ToDictionary(c => (c.Row, c.Col));
        string TextAt(int r, int c) => byPosition.TryGetValue((r, c), out var cell) ? cell.Text : "";
        var owner = new Dictionary<(int, int), (int Row, int Col)>();
        for (int r = 0; r < RowCount; r++)
            for (int c = 0; c < ColumnCount; c++)
            {
                bool leading = TextAt(r, c).Length == 0 && Enumerable.Range(0, c).All(k => TextAt(r, k).Length == 0)
                    && Enumerable.Range(c + 1, ColumnCount - c - 1).Any(k => TextAt(r, k).Length > 0);
                owner[(r, c)] = r > 0 && leading && owner[(r - 1, c)] is var up && TextAt(up.Row, up.Col).Length > 0 ? up : (r, c);
            }
        var spans = owner.Values.GroupBy(o => o).ToDictionary(g => g.Key, g => g.Count());
        var cells = Cells.Where(c => owner[(c.Row, c.Col)] == (c.Row, c.Col))
            .Select(c => c with { RowSpan = spans[(c.Row, c.Col)] }).ToList();
        return this with { Cells = cells };
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
