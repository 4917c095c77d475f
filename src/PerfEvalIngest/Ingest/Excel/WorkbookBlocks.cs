using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Ingest.Excel;

/// <summary>
/// A worksheet into blocks, the same for every workbook format: a sheet of several columns is a table captioned
/// with the sheet's name; a sheet of one column is a page of text (a cover, a 目录, a 说明 typed down column A),
/// so its cells become paragraphs and the structure stage finds its title, 目录 and headings as in a document.
/// </summary>
internal static class WorkbookBlocks
{
    public static void AddSheet(BlockListBuilder builder, XlsxSheetGrid grid, string? sheetName)
    {
        if (grid.Cells.Count == 0) return;
        if (grid.ColumnCount <= 1)
        {
            foreach (var cell in grid.Cells)
                foreach (var line in cell.Text.Split('\n'))
                    builder.AddParagraph(line);
            return;
        }
        builder.AddTable(grid.Cells, grid.RowCount, grid.ColumnCount);
        // The sheet's name is its caption, whatever text happens to precede it.
        if (builder.Blocks[^1] is Table added) builder.Blocks[^1] = added with { Caption = sheetName };
    }
}
