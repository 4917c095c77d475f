namespace PerfEvalIngest.DocumentModel;

/// <summary>
/// A table on a grid of <see cref="RowCount"/> × <see cref="ColumnCount"/>. Cells are ordered by row, then column;
/// every grid position is covered by exactly one cell (merged cells through their spans).
/// </summary>
public sealed record Table(int Index, string Id, string? Caption, IReadOnlyList<TableCell> Cells, int RowCount,
    int ColumnCount, Location Location) : Block(Index, Location)
{
    /// <summary>The page each grid row stands on, for a table that runs over pages (PDF); null where the format
    /// has no pages or the whole table is on <see cref="Block.Location"/>'s page.</summary>
    public IReadOnlyList<int>? RowPages { get; init; }

    /// <summary>Where a grid position is: the table's location with the row, the column and the row's own page.</summary>
    public Location CellLocation(Location tableLocation, int row, int col) =>
        tableLocation with
        {
            Row = row,
            Col = col,
            Page = RowPages is { } pages && row >= 0 && row < pages.Count ? pages[row] : tableLocation.Page,
        };

    // The position → cell index is derived from Cells alone; it is built on first use and rebuilt if a copy made
    // with `with` carries other cells.
    private (IReadOnlyList<TableCell> Cells, TableCell?[] Grid)? _index;

    /// <summary>The cell covering a grid position, or null when the position is off the grid.</summary>
    public TableCell? CellAt(int row, int col)
    {
        if (row < 0 || col < 0 || row >= RowCount || col >= ColumnCount) return null;
        var index = _index;
        if (index == null || !ReferenceEquals(index.Value.Cells, Cells))
        {
            var grid = new TableCell?[RowCount * ColumnCount];
            foreach (var cell in Cells)
                for (int r = cell.Row; r < Math.Min(RowCount, cell.Row + cell.RowSpan); r++)
                    for (int c = cell.Col; c < Math.Min(ColumnCount, cell.Col + cell.ColSpan); c++)
                        grid[r * ColumnCount + c] ??= cell;
            index = (Cells, grid);
            _index = index;
        }
        return index.Value.Grid[row * ColumnCount + col];
    }

    /// <summary>Tables are equal by content: the index above is a cache, not part of the value.</summary>
    public bool Equals(Table? other) =>
        other is not null && base.Equals(other) && Id == other.Id && Caption == other.Caption && RowCount == other.RowCount
        && ColumnCount == other.ColumnCount && Cells.SequenceEqual(other.Cells);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Id, Caption, RowCount, ColumnCount, Cells.Count);

    /// <summary>Text at a grid position; a merged cell's text shows at every position it covers.</summary>
    public string TextAt(int row, int col) => CellAt(row, col)?.Text ?? "";
}
