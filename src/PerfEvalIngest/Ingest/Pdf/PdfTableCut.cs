namespace PerfEvalIngest.Ingest.Pdf;

/// <summary>
/// What a page break may have cut through, measured where a table's text meets its top and bottom edges: for each
/// column of the bottom row whose text comes down to the foot, the room (in points) left at the end of its last line;
/// for each column of the first row with text, the printed width of its first word. A cell whose next word is wider
/// than the room above it wrapped there: the row goes on over the break.
/// </summary>
internal sealed record PdfTableCut(IReadOnlyDictionary<int, double> RoomAtFoot, IReadOnlyDictionary<int, double> FirstWordAtTop)
{
    public static PdfTableCut None { get; } = new(new Dictionary<int, double>(), new Dictionary<int, double>());

    /// <summary>Columns whose text reaches the foot and so may go on after a break.</summary>
    public bool ReachesFoot(int column) => RoomAtFoot.ContainsKey(column);

    /// <summary>Whether the text at the top of <paramref name="below"/>'s column wrapped from this table's foot:
    /// its first word would not have fitted in the room left. Both are measured on ink, which stops short of a glyph's
    /// advance, so a quarter of a 10-point character counts as not fitting.</summary>
    public bool WrapsOnto(PdfTableCut below, int column) =>
        RoomAtFoot.TryGetValue(column, out double room) && below.FirstWordAtTop.TryGetValue(column, out double word)
        && word > room - 2.5;
}
