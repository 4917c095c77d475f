using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Ingest.Pdf;

/// <summary>
/// Finds tables drawn without rules, from column alignment alone. A line whose text falls apart into pieces at wide
/// gaps (wider than a word space, as between table columns) may be a table row; a run of at least three such lines,
/// with only short lines between them, whose pieces stand in at least two columns shared by the run, is a table.
/// The columns are where the pieces' x extents leave gaps. A line belongs to the row above it when each of its pieces
/// continues a cell whose previous line ran to the column's edge (the cell's text wrapped); otherwise it starts a row.
/// </summary>
internal static class PdfAlignedTableFinder
{
    /// <summary>Lines with two or more pieces needed for a table.</summary>
    private const int MinRows = 3;

    /// <summary>A single piece wider than this share of the text width is running text: the table ends there.</summary>
    private const double RunningTextShare = 0.45;

    private sealed record Piece(List<PdfGlyph> Glyphs)
    {
        public double Left => Glyphs.Min(g => g.Left);
        public double Right => Glyphs.Max(g => g.Right);
        public string Text => PdfLineBuilder.Make(Glyphs)?.Text ?? "";
    }

    private sealed record Row(List<PdfGlyph> Glyphs, List<Piece> Pieces)
    {
        public double Baseline => Glyphs.Average(g => g.Baseline);
        public double Size => Glyphs.Max(g => g.Size);
    }

    public static IReadOnlyList<PdfTable> Find(IReadOnlyList<PdfGlyph> glyphs)
    {
        var lines = PdfLineBuilder.Group(glyphs)
            .Select(l => new Row(l.Where(g => !g.IsSpace).ToList(), Pieces(l)))
            .Where(l => l.Glyphs.Count > 0).ToList();
        if (lines.Count < MinRows) return [];
        double left = lines.Min(l => l.Glyphs.Min(g => g.Left)), right = lines.Max(l => l.Glyphs.Max(g => g.Right));
        double wide = RunningTextShare * (right - left);

        var tables = new List<PdfTable>();
        int i = 0;
        while (i < lines.Count)
        {
            if (lines[i].Pieces.Count < 2) { i++; continue; }
            int end = i + 1;
            while (end < lines.Count && Joins(lines[end - 1], lines[end], wide)) end++;
            // Short lines after the last row with two pieces are a caption or a note, unless they wrap a cell.
            int last = end - 1;
            while (last > i && lines[last].Pieces.Count < 2) last--;
            // Up to three short lines at the very top of the page, just above, may be the rest of a row that the
            // page break cut, or the end of a paragraph from the page before.
            bool topOfPage = i <= 3 && Enumerable.Range(0, i).All(k => lines[k].Pieces.Count == 1 && (k == 0 || Joins(lines[k - 1], lines[k], wide)))
                && (i == 0 || Joins(lines[i - 1], lines[i], wide));
            var table = Table(lines.GetRange(i, end - i), last - i + 1, right);
            var led = topOfPage && i > 0 ? Table(lines.GetRange(0, end), last + 1, right) : null;
            // The short lines above made a row of their own: keep both readings until the page before is known.
            if (table != null && led != null && led.RowCount == table.RowCount + 1)
                table = led with
                {
                    Lead = lines.Take(i).Select(l => PdfLineBuilder.Make(l.Glyphs)).OfType<PdfLine>().ToList(),
                    WithoutLead = table,
                };
            if (table != null) tables.Add(table);
            i = end;
        }
        return tables;
    }

    /// <summary>Whether <paramref name="next"/> may belong to the same table as <paramref name="previous"/>: close
    /// below it, and not a line of running text.</summary>
    private static bool Joins(Row previous, Row next, double wide)
    {
        if (previous.Baseline - next.Baseline > 2.5 * Math.Max(previous.Size, next.Size)) return false;
        return next.Pieces.Count >= 2 || next.Pieces[0].Right - next.Pieces[0].Left < wide;
    }

    /// <summary>A line's glyphs split at gaps wider than a word space.</summary>
    private static List<Piece> Pieces(List<PdfGlyph> line)
    {
        var pieces = new List<Piece>();
        List<PdfGlyph>? current = null;
        PdfGlyph? previous = null;
        foreach (var g in line.Where(g => !g.IsSpace))
        {
            if (previous == null || g.Left - previous.Right > Math.Max(6, 0.8 * Math.Max(g.Size, previous.Size)))
                pieces.Add(new Piece(current = []));
            current!.Add(g);
            previous = g;
        }
        return pieces;
    }

    /// <summary>The table in <paramref name="rows"/>: the first <paramref name="core"/> lines end with its last line
    /// of two or more pieces; the short lines after them belong to it only while they wrap its last row's cells.</summary>
    private static PdfTable? Table(List<Row> rows, int core, double textRight)
    {
        var trailing = rows.Skip(core).ToList();
        rows = rows.Take(core).ToList();
        var counts = rows.Where(r => r.Pieces.Count >= 2).Select(r => r.Pieces.Count).Order().ToList();
        if (counts.Count < MinRows) return null;
        // Columns from the fuller rows only: a caption or a cell spanning columns would bridge the gaps.
        int median = counts[counts.Count / 2];
        var columns = Columns(rows.Where(r => r.Pieces.Count >= median).SelectMany(r => r.Pieces));
        if (columns.Count < 2) return null;
        int Column(double x)
        {
            for (int c = columns.Count - 1; c >= 0; c--)
                if (x >= columns[c].Left - 1) return c;
            return 0;
        }
        bool Straddles(Piece p) => Column(p.Left) != Column(p.Right - 1);
        // A title or caption over the table straddles the columns: the table starts below it. A lone piece that
        // straddles them further down is running text: the table stops above it.
        int start = rows.FindIndex(r => !r.Pieces.Any(Straddles));
        if (start < 0) return null;
        rows = rows.GetRange(start, rows.Count - start);
        int stop = rows.FindIndex(r => r.Pieces.Count == 1 && Straddles(r.Pieces[0]));
        if (stop >= 0)
        {
            rows = rows.GetRange(0, stop);
            trailing = [];
        }
        if (rows.Count(r => r.Pieces.Count >= 2) < MinRows) return null;
        // Justified or letter-spaced prose falls apart at wide gaps too, but its pieces end on clause punctuation
        // (「17996.68 万元，其中：」, 「0.08 %；」); cells of a table seldom do.
        var multi = rows.Where(r => r.Pieces.Count >= 2).ToList();
        if (multi.Count(r => r.Pieces.Any(p => EndsClause(p.Text))) * 2 >= multi.Count) return null;

        // Where each column's text may run to: the next column's text starts a cell padding on each side beyond it.
        // The narrowest gap between columns is about those two paddings (some column is full), but no more than
        // a character. The last column runs to the right margin, as a table set to the page width does.
        double size = rows.Max(r => r.Size);
        double gap = Math.Min(1.1 * size, Enumerable.Range(1, columns.Count - 1).Min(c => columns[c].Left - columns[c - 1].Right));
        var edges = Enumerable.Range(0, columns.Count)
            .Select(c => Math.Max(columns[c].Right, c + 1 < columns.Count ? columns[c + 1].Left - gap : textRight - gap / 2)).ToList();

        // Rows of the table: each a list of lines, each line its pieces by column. A line goes on the row above when
        // each of its pieces continues, a line lower, a piece of that row that ran to its column's edge.
        var tableRows = new List<List<Dictionary<int, Piece>>>();
        var lastInColumn = new Dictionary<int, Piece>();
        var lines = rows.Concat(trailing).ToList();
        int used = 0;
        foreach (var line in lines)
        {
            var byColumn = new Dictionary<int, Piece>();
            foreach (var piece in line.Pieces)
            {
                int c = Column(piece.Left);
                byColumn[c] = byColumn.TryGetValue(c, out var had) ? new Piece([.. had.Glyphs, .. piece.Glyphs]) : piece;
            }
            bool wraps = tableRows.Count > 0 && byColumn.All(p => lastInColumn.TryGetValue(p.Key, out var over)
                && WrapsOnto(over, p.Value, edges[p.Key]) && Below(over, p.Value));
            // Past the last line of two pieces, only a line that wraps cells inside their columns is the table's.
            if (used >= rows.Count && (!wraps || line.Pieces.Any(Straddles))) break;
            used++;
            if (!wraps)
            {
                tableRows.Add([]);
                lastInColumn.Clear();
            }
            tableRows[^1].Add(byColumn);
            foreach (var (c, piece) in byColumn) lastInColumn[c] = piece;
        }
        if (tableRows.Count < 2) return null;

        var cells = new List<TableCell>();
        for (int r = 0; r < tableRows.Count; r++)
            for (int c = 0; c < columns.Count; c++)
                cells.Add(new TableCell(r, c, 1, 1, PdfTextJoin.Lines(tableRows[r].Where(l => l.ContainsKey(c)).Select(l => l[c].Text))));

        var columnEdges = new List<double> { columns[0].Left - 1 };
        for (int c = 1; c < columns.Count; c++) columnEdges.Add((columns[c - 1].Right + columns[c].Left) / 2);
        columnEdges.Add(columns[^1].Right + 1);
        var rowEdges = tableRows.Select(r => r.SelectMany(l => l.Values).SelectMany(p => p.Glyphs).Max(g => g.Top) + 1).ToList();
        var lastGlyphs = lines[used - 1].Glyphs;
        rowEdges.Add(lastGlyphs.Min(g => g.Baseline) - 0.3 * lastGlyphs.Max(g => g.Size));
        // What a page break may have cut: the room left on the last line of each column, the first word of the first.
        var room = tableRows[^1][^1].Where(p => p.Value.Right + 1.2 * p.Value.Glyphs.Max(g => g.Size) > edges[p.Key])
            .ToDictionary(p => p.Key, p => edges[p.Key] - p.Value.Right - 0.2 * p.Value.Glyphs.Max(g => g.Size) + 1);
        var firstWords = tableRows[0][0].ToDictionary(p => p.Key, p => PdfLineBreaks.PrintedFirstWordWidth(p.Value.Glyphs));
        return new PdfTable(columnEdges, rowEdges, cells, tableRows.Count, columns.Count, new PdfTableCut(room, firstWords), Ruled: false);
    }

    private static bool EndsClause(string text) => text.Length > 1 && text[^1] is '，' or '：' or '；' or '。';

    /// <summary>Whether <paramref name="next"/> stands on the line after <paramref name="piece"/>.</summary>
    private static bool Below(Piece piece, Piece next)
    {
        double size = Math.Max(piece.Glyphs.Max(g => g.Size), next.Glyphs.Max(g => g.Size));
        double drop = piece.Glyphs.Average(g => g.Baseline) - next.Glyphs.Average(g => g.Baseline);
        return drop > 0.5 * size && drop < 2 * size;
    }

    /// <summary>Whether the cell text of <paramref name="piece"/> wrapped onto <paramref name="next"/>: the next
    /// piece's first word, as wide as it is printed, would not have fitted before the column's edge.</summary>
    private static bool WrapsOnto(Piece piece, Piece next, double edge) =>
        piece.Right + PdfLineBreaks.PrintedFirstWordWidth(next.Glyphs) > edge - 0.2 * next.Glyphs.Max(g => g.Size);

    /// <summary>Columns as the x ranges that the pieces cover, separated where no piece reaches.</summary>
    private static List<(double Left, double Right)> Columns(IEnumerable<Piece> pieces)
    {
        var columns = new List<(double Left, double Right)>();
        foreach (var p in pieces.OrderBy(p => p.Left))
        {
            if (columns.Count > 0 && p.Left <= columns[^1].Right + 1)
                columns[^1] = (columns[^1].Left, Math.Max(columns[^1].Right, p.Right));
            else
                columns.Add((p.Left, p.Right));
        }
        return columns;
    }
}
