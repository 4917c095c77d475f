using PerfEvalIngest.Ingest.Pdf;
using PerfEvalIngest.Ingest;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Tests.Ingest;

/// <summary>A PDF table as the reader hands it on (group cells merged down), printed row by row: cells joined by
/// "|", rows by " / ", merged cells repeated at every position they cover.</summary>
internal static class PdfTableGrid
{
    public static string Of(PdfTable t)
    {
        var table = new Table(0, "T1", null, t.WithGroupCellsMergedDown().Cells, t.RowCount, t.ColumnCount, new Location());
        return string.Join(" / ", Enumerable.Range(0, t.RowCount)
            .Select(r => string.Join("|", Enumerable.Range(0, t.ColumnCount).Select(c => table.TextAt(r, c)))));
    }
}
