using System.Globalization;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Ingest.Excel;

/// <summary>
/// Reads legacy binary Excel workbooks (.xls, BIFF5/8) with ExcelDataReader into the same blocks as
/// <see cref="XlsxReportReader"/>: a table per sheet with merged ranges as spans, numbers as the cell's number format
/// shows them, one-column sheets as text. A library rather than a LibreOffice conversion: it needs no office suite
/// on the reviewer's machine and reads a workbook in milliseconds.
/// </summary>
internal sealed class XlsReportReader : IDocumentReader
{
    public static XlsReportReader Instance { get; } = new();

    static XlsReportReader() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    public string Format => "xls";
    public IReadOnlyList<string> Extensions { get; } = [".xls"];

    public Document Read(SourceFile file)
    {
        var info = file.Info(Format);
        if (file.Bytes.Length == 0) return new Document(info, [], ReadError.Empty("0 字节 / 0 bytes"));
        var builder = new BlockListBuilder();
        try
        {
            using var stream = new MemoryStream(file.Bytes, writable: false);
            using var reader = ExcelReaderFactory.CreateBinaryReader(stream);
            do
            {
                var values = new Dictionary<(int Row, int Col), string>();
                int row = 0;
                while (reader.Read())
                {
                    for (int col = 0; col < reader.FieldCount; col++)
                    {
                        var text = CellText(reader, col);
                        if (!string.IsNullOrWhiteSpace(text)) values[(row, col)] = text.Trim();
                    }
                    row++;
                    if ((long)row * Math.Max(1, reader.FieldCount) > XlsxReportReader.MaxGridCells)
                        return new Document(info, builder.Blocks, new ReadError("too-large",
                            $"工作表“{reader.Name}”过大 / sheet too large"));
                }
                var merges = (reader.MergeCells ?? [])
                    .Select(m => (m.FromRow, m.FromColumn, m.ToRow - m.FromRow + 1, m.ToColumn - m.FromColumn + 1))
                    .ToList();
                WorkbookBlocks.AddSheet(builder, XlsxSheetGrid.FromValues(values, merges), reader.Name);
            } while (reader.NextResult());
        }
        catch (Exception e) when (e is ExcelReaderException or InvalidDataException or IOException or NotSupportedException
                                      or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            var code = e is InvalidPasswordException ? "encrypted" : "corrupt";
            return new Document(info, builder.Blocks, new ReadError(code,
                code == "encrypted" ? "工作簿已加密 / the workbook is password-protected" : $"Excel 文件损坏 / damaged .xls workbook ({e.Message})"));
        }
        if (builder.Blocks.Count == 0) return new Document(info, builder.Blocks, ReadError.Empty("工作簿没有数据 / no cell data"));
        return new Document(info, builder.Blocks);
    }

    private static string CellText(IExcelDataReader reader, int col)
    {
        var value = reader.GetValue(col);
        return value switch
        {
            null => "",
            string s => s,
            double d => CellFormatter.Format(d.ToString("R", CultureInfo.InvariantCulture), reader.GetNumberFormatString(col)),
            bool b => b ? "TRUE" : "FALSE",
            DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };
    }
}
