namespace PerfEvalIngest.Model;

/// <summary>
/// A table on a grid of <see cref="RowCount"/> × <see cref="ColumnCount"/>. Cells are ordered by row, then column;
/// every grid position is covered by exactly one cell (merged cells through their spans).
/// </summary>
public sealed record Table(int Index, string Id, string? Caption, IReadOnlyList<TableCell> Cells, int RowCount,
    int ColumnCount, Location Location) : Block(Index, Location)
{
    /// <summary>The cell covering a grid position, or null when the position is off the grid.</summary>
    public TableCell? CellAt(int row, int col)
    {
        foreach (var cell in Cells)
        {
            if (row >= cell.Row && row < cell.Row + cell.RowSpan && col >= cell.Col && col < cell.Col + cell.ColSpan)
                return cell;
        }
        return null;
    }

    /// <summary>Text at a grid position; a merged cell's text shows at every position it covers.</summary>
    public string TextAt(int row, int col) => CellAt(row, col)?.Text ?? "";
}
