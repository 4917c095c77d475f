namespace PerfEvalIngest.DocumentModel;

/// <summary>A table cell at its top-left grid position; a merged cell is one cell with spans.</summary>
public sealed record TableCell(int Row, int Col, int RowSpan, int ColSpan, string Text);
