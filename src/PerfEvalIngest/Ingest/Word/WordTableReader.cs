using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEvalIngest.Ingest.Word;

/// <summary>A grid position with its spans and the w:tc that fills it (null for a position no cell covers, as
/// in a short row or after w:gridBefore).</summary>
internal sealed record WordPlacedCell(int Row, int Col, int RowSpan, int ColSpan, W.TableCell? Source);

/// <summary>A Word table laid out on its grid: every position covered by exactly one placed cell.</summary>
internal sealed record WordTableLayout(IReadOnlyList<WordPlacedCell> Cells, int RowCount, int ColumnCount);

/// <summary>
/// Lays a w:tbl out on its grid. Word stores a horizontal merge as one w:tc with gridSpan and a vertical merge as
/// a column of w:tc marked vMerge restart … continue; the model wants one cell with both spans.
/// </summary>
internal static class WordTableReader
{
    private sealed class Anchor(int row, int col, int colSpan, W.TableCell source)
    {
        public int Row { get; } = row;
        public int Col { get; } = col;
        public int ColSpan { get; } = colSpan;
        public W.TableCell Source { get; } = source;
        public int LastRow { get; set; } = row;
    }

    public static WordTableLayout Layout(W.Table table)
    {
        var anchors = new List<Anchor>();
        var open = new Dictionary<int, Anchor>();
        int rowIndex = 0, columns = 0;
        foreach (var row in RowsOf(table))
        {
            int col = row.TableRowProperties?.GetFirstChild<W.GridBefore>()?.Val?.Value ?? 0;
            foreach (var cell in CellsOf(row))
            {
                var props = cell.TableCellProperties;
                int span = Math.Max(1, props?.GridSpan?.Val?.Value ?? 1);
                var merge = props?.VerticalMerge;
                bool continues = merge != null && (merge.Val == null || merge.Val.Value == W.MergedCellValues.Continue);
                if (continues && open.TryGetValue(col, out var above) && above.ColSpan == span && above.LastRow == rowIndex - 1)
                {
                    above.LastRow = rowIndex;
                }
                else
                {
                    var anchor = new Anchor(rowIndex, col, span, cell);
                    anchors.Add(anchor);
                    open[col] = anchor;
                }
                col += span;
            }
            columns = Math.Max(columns, col);
            rowIndex++;
        }

        var covered = new bool[rowIndex, columns];
        var placed = new List<WordPlacedCell>(rowIndex * Math.Max(columns, 1));
        foreach (var a in anchors)
        {
            placed.Add(new WordPlacedCell(a.Row, a.Col, a.LastRow - a.Row + 1, a.ColSpan, a.Source));
            for (int r = a.Row; r <= a.LastRow; r++)
                for (int c = a.Col; c < a.Col + a.ColSpan; c++) covered[r, c] = true;
        }
        for (int r = 0; r < rowIndex; r++)
            for (int c = 0; c < columns; c++)
                if (!covered[r, c]) placed.Add(new WordPlacedCell(r, c, 1, 1, null));

        placed.Sort((x, y) => x.Row != y.Row ? x.Row.CompareTo(y.Row) : x.Col.CompareTo(y.Col));
        return new WordTableLayout(placed, rowIndex, columns);
    }

    /// <summary>Rows, looking through content controls and custom XML that may wrap them.</summary>
    private static IEnumerable<W.TableRow> RowsOf(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is W.TableRow row) yield return row;
            else if (child is W.SdtRow or W.CustomXmlRow or W.SdtContentRow)
                foreach (var inner in RowsOf(child)) yield return inner;
        }
    }

    private static IEnumerable<W.TableCell> CellsOf(OpenXmlElement row)
    {
        foreach (var child in row.ChildElements)
        {
            if (child is W.TableCell cell) yield return cell;
            else if (child is W.SdtCell or W.CustomXmlCell or W.SdtContentCell)
                foreach (var inner in CellsOf(child)) yield return inner;
        }
    }
}
