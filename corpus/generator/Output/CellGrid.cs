using PerfEvalIngest.Corpus.Writing;

namespace PerfEvalIngest.Corpus.Output;

/// <summary>A cell of a table laid on its grid: top-left position, spans and text.</summary>
sealed record GridCell(int Row, int Col, int RowSpan, int ColSpan, string Text);

/// <summary>
/// Lays a dump table on a grid the way Word and Excel hold it. A merged continuation right after text in the
/// same row ("合计" over three columns) is a horizontal merge; one at the start of a row, or after another
/// vertical continuation, continues the cell above. Short rows are padded with empty cells, as the dump reads.
/// </summary>
static class CellGrid
{
    public static (IReadOnlyList<GridCell> Cells, int Rows, int Cols) Of(DumpTable table)
    {
        var cols = table.ColumnCount;
        var rows = table.Rows.Count;
        var owner = new (int Row, int Col)?[rows, cols];
        var rowSpan = new Dictionary<(int, int), int>();
        var colSpan = new Dictionary<(int, int), int>();
        var text = new Dictionary<(int, int), string>();
        for (var r = 0; r < rows; r++)
        {
            var cells = table.Rows[r].Cells;
            var horizontal = false;
            for (var c = 0; c < cols; c++)
            {
                var cell = c < cells.Count ? cells[c] : new Writing.TableCell("", null, null, "", "");
                if (cell.Text is { } t)
                {
                    owner[r, c] = (r, c);
                    rowSpan[(r, c)] = 1;
                    colSpan[(r, c)] = 1;
                    text[(r, c)] = t;
                    horizontal = true;
                    continue;
                }
                if (horizontal && owner[r, c - 1] is { } left)
                {
                    owner[r, c] = left;
                    colSpan[left]++;
                    continue;
                }
                var above = owner[r - 1, c] ?? throw new InvalidOperationException($"merged cell at ({r},{c}) has nothing above");
                owner[r, c] = above;
                if (above.Row + rowSpan[above] == r) rowSpan[above]++;
            }
        }
        var list = new List<GridCell>();
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < cols; c++)
                if (owner[r, c] == (r, c))
                    list.Add(new GridCell(r, c, rowSpan[(r, c)], colSpan[(r, c)], text[(r, c)]));
        return (list, rows, cols);
    }
}
