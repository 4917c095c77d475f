using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Ingest.Text;

/// <summary>
/// Rebuilds a table from the TAB-line form of Word text dumps: each cell is a line that starts with a TAB (lines
/// without one continue the cell above them), rows are separated by blank lines, and a vertically merged cell is an
/// empty cell in a leading column.
/// </summary>
/// <remarks>
/// Two dump quirks are undone here. A cell whose text contains an empty paragraph puts a blank line inside a row,
/// splitting it in two; such short rows are joined again when together they have the table's usual width. An empty
/// cell is a merge only where every cell to its left in the row is empty too and something follows it: an empty
/// cell after text (no 上年结转 for 专项租赁费) is a genuinely empty cell.
/// </remarks>
internal static class TabTableParser
{
    /// <summary>Parses the lines of one TAB block into rows of cell texts.</summary>
    public static List<List<string>> ParseRows(IReadOnlyList<string> lines)
    {
        var rows = new List<List<string>>();
        var current = new List<string>();
        System.Text.StringBuilder? cell = null;

        void EndCell()
        {
            if (cell == null) return;
            current.Add(cell.ToString().Trim('\t', ' ', '\n', '\u3000'));
            cell = null;
        }
        void EndRow()
        {
            EndCell();
            if (current.Count > 0) rows.Add(current);
            current = new List<string>();
        }

        foreach (var line in lines)
        {
            if (line.Length > 0 && line[0] == '\t')
            {
                // Extra leading TABs stand for empty cells before this one (a dump of an indented or nested cell).
                int tabs = 0;
                while (tabs < line.Length && line[tabs] == '\t') tabs++;
                for (int i = 1; i < tabs; i++)
                {
                    EndCell();
                    cell = new System.Text.StringBuilder();
                }
                EndCell();
                cell = new System.Text.StringBuilder(line[tabs..]);
            }
            else if (line.Trim().Length == 0)
            {
                EndRow();
            }
            else
            {
                cell ??= new System.Text.StringBuilder();
                cell.Append('\n').Append(line);
            }
        }
        EndRow();
        return JoinSplitRows(rows);
    }

    private static List<List<string>> JoinSplitRows(List<List<string>> rows)
    {
        int width = ModalWidth(rows);
        if (width < 2) return rows;
        var joined = new List<List<string>>(rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Count < width)
            {
                int total = row.Count, j = i + 1;
                while (j < rows.Count && total < width && total + rows[j].Count <= width)
                    total += rows[j++].Count;
                if (total == width && j > i + 1)
                {
                    var merged = new List<string>(width);
                    for (int k = i; k < j; k++) merged.AddRange(rows[k]);
                    joined.Add(merged);
                    i = j - 1;
                    continue;
                }
            }
            joined.Add(row);
        }
        return joined;
    }

    private static int ModalWidth(List<List<string>> rows) =>
        rows.Where(r => r.Count >= 2).GroupBy(r => r.Count)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key)
            .Select(g => g.Key).FirstOrDefault();

    /// <summary>Lays rows on a grid, pads short rows, and turns empty leading cells into vertical merges.</summary>
    public static (List<TableCell> Cells, int Rows, int Cols) BuildGrid(List<List<string>> rows)
    {
        int cols = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var owner = new (int Row, int Col)?[rows.Count, cols];
        var spans = new Dictionary<(int, int), int>();
        var texts = new Dictionary<(int, int), string>();

        for (int r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            int lastNonEmpty = row.FindLastIndex(t => t.Length > 0);
            bool leadingEmpty = true;
            for (int c = 0; c < cols; c++)
            {
                var text = c < row.Count ? row[c] : "";
                if (text.Length > 0) leadingEmpty = false;

                if (text.Length == 0 && leadingEmpty && r > 1 && c < lastNonEmpty
                    && owner[r - 1, c] is { } above && texts[above].Length > 0 && above.Col == c)
                {
                    owner[r, c] = above;
                    spans[above] = spans[above] + 1;
                    continue;
                }
                owner[r, c] = (r, c);
                spans[(r, c)] = 1;
                texts[(r, c)] = text;
            }
        }

        var cells = new List<TableCell>();
        for (int r = 0; r < rows.Count; r++)
            for (int c = 0; c < cols; c++)
                if (owner[r, c] == (r, c))
                    cells.Add(new TableCell(r, c, spans[(r, c)], 1, texts[(r, c)]));
        return (cells, rows.Count, cols);
    }
}
