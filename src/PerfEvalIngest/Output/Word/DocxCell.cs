namespace PerfEvalIngest.Output.Word;

/// <summary>
/// One table cell of a checklist, as <see cref="DocxBlocks.Row"/> writes it: its width in twentieths of a point,
/// its lines (one table-text paragraph each, all bold or none), an optional fill and its part in a run of cells merged
/// down a column.
/// </summary>
internal readonly record struct DocxCell(int Width, IReadOnlyList<string> Paragraphs, string? Fill = null, bool Bold = false,
    VerticalMerge Merge = VerticalMerge.None)
{
    /// <summary>A cell of one line.</summary>
    public static DocxCell Text(int width, string text, string? fill = null, bool bold = false) => new(width, [text], fill, bold);
}

/// <summary>Where a cell stands in cells merged down a column: the first one holds the text, the ones below continue it.</summary>
internal enum VerticalMerge
{
    None,
    Restart,
    Continue,
}
