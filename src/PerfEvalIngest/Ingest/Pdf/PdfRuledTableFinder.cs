using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Ingest.Pdf;

/// <summary>
/// Finds tables from ruling lines: lines that touch form one net; a net with at least two horizontal and two
/// vertical lines is a grid. Neighbouring grid cells with no line drawn between them are one merged cell. Each
/// glyph inside the grid goes to the cell holding its centre.
/// </summary>
internal static class PdfRuledTableFinder
{
    private const double Tolerance = 2.0;

    /// <summary>Grid lines closer than this are one line drawn twice (cell borders of neighbours, double rules).</summary>
    private const double MinCellSize = 4.0;

    public static IReadOnlyList<PdfTable> Find(IReadOnlyList<PdfRuling> rulings, IReadOnlyList<PdfGlyph> glyphs)
    {
        var tables = new List<PdfTable>();
        foreach (var net in Nets(rulings))
        {
            var table = Grid(net, glyphs);
            if (table != null) tables.Add(table);
        }
        return tables.OrderByDescending(t => t.Top).ToList();
    }

    private static List<List<PdfRuling>> Nets(IReadOnlyList<PdfRuling> rulings)
    {
        var parent = Enumerable.Range(0, rulings.Count).ToArray();
        int Root(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
        for (int i = 0; i < rulings.Count; i++)
            for (int j = i + 1; j < rulings.Count; j++)
                if (rulings[i].Touches(rulings[j], Tolerance))
                    parent[Root(i)] = Root(j);
        return Enumerable.Range(0, rulings.Count).GroupBy(Root).Select(g => g.Select(i => rulings[i]).ToList()).ToList();
    }

    private static PdfTable? Grid(List<PdfRuling> net, IReadOnlyList<PdfGlyph> glyphs)
    {
        var xs = Cluster(net.Where(r => !r.Horizontal).Select(r => r.At));
        var ys = Cluster(net.Where(r => r.Horizontal).Select(r => r.At)).OrderByDescending(y => y).ToList();
        if (xs.Count < 2 || ys.Count < 2) return null;
        int rows = ys.Count - 1, cols = xs.Count - 1;

        bool VerticalAt(int edge, int row)
        {
            double mid = (ys[row] + ys[row + 1]) / 2;
            return net.Any(r => !r.Horizontal && Math.Abs(r.At - xs[edge]) <= Tolerance && r.From <= mid && r.To >= mid);
        }
        bool HorizontalAt(int edge, int col)
        {
            double mid = (xs[col] + xs[col + 1]) / 2;
            return net.Any(r => r.Horizontal && Math.Abs(r.At - ys[edge]) <= Tolerance && r.From <= mid && r.To >= mid);
        }

        var parent = Enumerable.Range(0, rows * cols).ToArray();
        int Root(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
            {
                if (c + 1 < cols && !VerticalAt(c + 1, r)) parent[Root(r * cols + c)] = Root(r * cols + c + 1);
                if (r + 1 < rows && !HorizontalAt(r + 1, c)) parent[Root(r * cols + c)] = Root((r + 1) * cols + c);
            }

        var byCell = new Dictionary<int, List<PdfGlyph>>();
        foreach (var g in glyphs)
        {
            int c = Index(xs, g.CentreX, ascending: true), r = Index(ys, g.CentreY, ascending: false);
            if (c < 0 || r < 0) continue;
            int root = Root(r * cols + c);
            if (!byCell.TryGetValue(root, out var list)) byCell[root] = list = [];
            list.Add(g);
        }

        var cells = new List<TableCell>();
        var found = new List<(TableCell Cell, IReadOnlyList<List<PdfGlyph>> Glyphs, IReadOnlyList<PdfLine> Lines)>();
        foreach (var group in Enumerable.Range(0, rows * cols).GroupBy(Root).OrderBy(g => g.Min()))
        {
            int top = group.Min() / cols, left = group.Min(i => i % cols);
            int bottom = group.Max() / cols, right = group.Max(i => i % cols);
            var glyphLines = byCell.TryGetValue(group.Key, out var inCell) ? PdfLineBuilder.Group(inCell.Where(g => !g.IsSpace)) : [];
            var lines = glyphLines.Select(PdfLineBuilder.Make).OfType<PdfLine>().ToList();
            var cell = new TableCell(top, left, bottom - top + 1, right - left + 1, PdfTextJoin.Lines(lines));
            cells.Add(cell);
            found.Add((cell, glyphLines, lines));
        }
        return new PdfTable(xs, ys, cells.OrderBy(c => c.Row).ThenBy(c => c.Col).ToList(), rows, cols, Cut(found, xs, ys));
    }

    /// <summary>The text at the table's edges (see <see cref="PdfTableCut"/>). A cell's text may run to its right
    /// rule less the cell's padding, which is as wide as the narrowest gap between a left rule and the text after it.</summary>
    private static PdfTableCut Cut(List<(TableCell Cell, IReadOnlyList<List<PdfGlyph>> Glyphs, IReadOnlyList<PdfLine> Lines)> cells,
        List<double> xs, List<double> ys)
    {
        var inked = cells.Where(c => c.Lines.Count > 0).ToList();
        if (inked.Count == 0) return PdfTableCut.None;
        double padding = Math.Clamp(inked.Min(c => c.Lines.Min(l => l.Left) - xs[c.Cell.Col]), 0, 8);
        var room = new Dictionary<int, double>();
        foreach (var (cell, _, lines) in inked.Where(c => c.Cell.Row + c.Cell.RowSpan == ys.Count - 1))
            if (ReachesRule(lines, ys[^1]))
                room[cell.Col] = xs[cell.Col + cell.ColSpan] - padding - lines[^1].Right;
        int firstRow = inked.Min(c => c.Cell.Row);
        // Cells merged across an irregular block of the grid can share a top row and a left column; the leftmost
        // text of such a column is its first word.
        var firstWords = new Dictionary<int, double>();
        foreach (var c in inked.Where(c => c.Cell.Row == firstRow).OrderBy(c => c.Lines[0].Left))
            firstWords.TryAdd(c.Cell.Col, PdfLineBreaks.PrintedFirstWordWidth(c.Glyphs[0]));
        return new PdfTableCut(room, firstWords);
    }

    /// <summary>Whether a cell's text runs down to the rule below it: no further line of it would have fitted
    /// above the rule (a line's pitch, less a little, plus the cell's padding). Such a cell may go on after a page
    /// break; one that ended a line or more higher cannot.</summary>
    private static bool ReachesRule(IReadOnlyList<PdfLine> lines, double rule)
    {
        if (lines.Count == 0) return false;
        double size = lines.Max(l => l.Size);
        double pitch = lines.Count > 1
            ? lines.Zip(lines.Skip(1), (a, b) => a.Baseline - b.Baseline).Order().ElementAt((lines.Count - 1) / 2)
            : 1.2 * size;
        return lines[^1].Baseline - rule < 0.35 * size + 0.8 * pitch;
    }

    private static int Index(IReadOnlyList<double> edges, double v, bool ascending)
    {
        for (int i = 0; i + 1 < edges.Count; i++)
            if (ascending ? v > edges[i] && v < edges[i + 1] : v < edges[i] && v > edges[i + 1]) return i;
        return -1;
    }

    private static List<double> Cluster(IEnumerable<double> values)
    {
        var result = new List<double>();
        foreach (var v in values.Order())
            if (result.Count == 0 || v - result[^1] > MinCellSize) result.Add(v);
        return result;
    }
}
