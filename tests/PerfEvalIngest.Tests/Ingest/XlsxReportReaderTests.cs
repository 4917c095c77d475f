using PerfEvalIngest.Ingest.Excel;
using PerfEvalIngest.Ingest;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Tests.Ingest.OfficeBuilders;

namespace PerfEvalIngest.Tests.Ingest;

public sealed class XlsxReportReaderTests
{
    /// <summary>Cell styles: 0 General, 1 built-in 10 (0.00%), 2 built-in 9 (0%), 3 custom "0.00", 4 custom
    /// "#,##0.00"万元"", 5 custom "0.0%".</summary>
    private const string Styles =
        "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"0.00\"/><numFmt numFmtId=\"165\" formatCode=\"#,##0.00&quot;万元&quot;\"/>" +
        "<numFmt numFmtId=\"166\" formatCode=\"0.0%\"/></numFmts>" +
        "<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"10\" applyNumberFormat=\"1\"/><xf numFmtId=\"9\" applyNumberFormat=\"1\"/>" +
        "<xf numFmtId=\"164\" applyNumberFormat=\"1\"/><xf numFmtId=\"165\" applyNumberFormat=\"1\"/><xf numFmtId=\"166\" applyNumberFormat=\"1\"/></cellXfs>";

    private static Document Read(XlsxPackage package) =>
        XlsxReportReader.Instance.Read(SourceFile.FromBytes("x.xlsx", package.Build()));

    [Fact]
    public void Numbers_read_as_their_formats_show_them()
    {
        var package = new XlsxPackage { Styles = Styles };
        package.SharedStrings.AddRange(["指标", "值"]);
        package.Sheet("绩效指标",
            "<sheetData>" +
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>" +
            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>执行率</t></is></c><c r=\"B2\" s=\"1\"><v>0.96030000000000004</v></c></row>" +
            "<row r=\"3\"><c r=\"A3\" t=\"str\"><v>满意度</v></c><c r=\"B3\" s=\"2\"><v>0.955</v></c></row>" +
            "<row r=\"4\"><c r=\"A4\"><v>0.30000000000000004</v></c><c r=\"B4\" s=\"3\"><v>12.345</v></c></row>" +
            "<row r=\"5\"><c r=\"A5\" s=\"5\"><v>0.12345</v></c><c r=\"B5\" s=\"4\"><v>1234.5</v></c></row>" +
            "<row r=\"9\"><c r=\"C9\"/></row>" +
            "</sheetData>");
        var doc = Read(package);

        Assert.Null(doc.Error);
        var t = Assert.Single(doc.Tables);
        Assert.Equal("绩效指标", t.Caption);
        Assert.Equal((5, 2), (t.RowCount, t.ColumnCount));
        Assert.Equal(["指标", "值", "执行率", "96.03%", "满意度", "96%", "0.3", "12.35", "12.3%", "1,234.50万元"],
            t.Cells.Select(c => c.Text));
    }

    [Fact]
    public void Merged_ranges_become_spans_and_every_sheet_is_a_table()
    {
        var package = new XlsxPackage();
        package.Sheet("表1",
            "<sheetData>" +
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>项目支出</t></is></c></row>" +
            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>类别</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>预算</t></is></c><c r=\"C2\" t=\"inlineStr\"><is><t>实际</t></is></c></row>" +
            "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>专项</t></is></c><c r=\"B3\"><v>100</v></c><c r=\"C3\"><v>95.5</v></c></row>" +
            "<row r=\"4\"><c r=\"B4\"><v>20</v></c><c r=\"C4\"><v>18</v></c></row>" +
            "</sheetData><mergeCells count=\"2\"><mergeCell ref=\"A1:C1\"/><mergeCell ref=\"A3:A4\"/></mergeCells>");
        package.Sheet("空表", "<sheetData/>");
        package.Sheet("表2", "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c></row></sheetData>");
        var doc = Read(package);

        Assert.Equal(["表1", "表2"], doc.Tables.Select(t => t.Caption));
        var t = doc.Tables.First();
        Assert.Equal((4, 3), (t.RowCount, t.ColumnCount));
        Assert.Equal(new TableCell(0, 0, 1, 3, "项目支出"), t.CellAt(0, 2));
        Assert.Equal(new TableCell(2, 0, 2, 1, "专项"), t.CellAt(3, 0));
        Assert.Equal("95.5", t.TextAt(2, 2));
        Assert.Equal(4 * 3 - 2 - 1, t.Cells.Count);
    }

    [Fact]
    public void General_numbers_print_without_float_noise()
    {
        Assert.Equal("0.3", CellFormatter.Format("0.30000000000000004", null));
        Assert.Equal("2124.26", CellFormatter.Format("2124.2600000000002", "General"));
        Assert.Equal("96.03%", CellFormatter.Format("0.9603", "0.00%"));
        Assert.Equal("-5.00", CellFormatter.Format("-5", "0.00"));
        Assert.Equal("2023-12-31", CellFormatter.Format("45291", "yyyy-mm-dd"));
    }

    [Fact]
    public void Hostile_input_is_an_error()
    {
        Assert.Equal("corrupt", XlsxReportReader.Instance.Read(SourceFile.FromBytes("x.xlsx", "not a workbook"u8.ToArray())).Error?.Code);
        var ole = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.Concat(System.Text.Encoding.Unicode.GetBytes("EncryptedPackage")).ToArray();
        Assert.Equal("encrypted", XlsxReportReader.Instance.Read(SourceFile.FromBytes("x.xlsx", ole)).Error?.Code);
    }
}
