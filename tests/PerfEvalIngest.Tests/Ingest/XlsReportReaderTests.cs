using PerfEvalIngest.Ingest.Excel;
using PerfEvalIngest.Ingest;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Ingest;

/// <summary>Legacy .xls workbooks read like the .xlsx they were saved from (Ingest/Legacy/make-xls.py writes the
/// .xls copies of the corpus's hunan 自评表 workbooks with their merges and number formats).</summary>
public sealed class XlsReportReaderTests
{
    private static string Legacy(string name) => Path.Combine(RepositoryPaths.Root, "tests", "PerfEvalIngest.Tests", "Ingest", "Legacy", name);

    private static Document Read(IDocumentReader reader, string path) => reader.Read(SourceFile.FromBytes(path, File.ReadAllBytes(path)));

    [Fact]
    public void The_budget_rows_read_as_the_cells_show_them()
    {
        var table = Read(XlsReportReader.Instance, Legacy("hunan-01.自评表.xls")).Tables.Single();

        Assert.Equal("自评表", table.Caption);
        // Row 2 of the workbook: 年度资金总额 3867.59 3942.36 4034.34, 分值 10, 执行率 102.33% (0.00%), 得分 9.77.
        Assert.Equal(["年度资金总额", "3867.59", "3942.36", "4034.34", "10", "102.33%", "9.77"],
            Enumerable.Range(0, 7).Select(c => table.TextAt(1, c)));
        // A6:A14 is one merged cell: 产出指标 over nine rows.
        Assert.Equal(("产出指标", 9), (table.CellAt(5, 0)!.Text, table.CellAt(5, 0)!.RowSpan));
        Assert.Equal("不低于12000亩", table.TextAt(5, 4));
    }

    [Theory]
    [InlineData("hunan-01")]
    [InlineData("hunan-02")]
    public void Every_cell_agrees_with_the_xlsx_original(string stem)
    {
        var xls = Read(XlsReportReader.Instance, Legacy(stem + ".自评表.xls")).Tables.ToList();
        var xlsx = Read(XlsxReportReader.Instance, Path.Combine(RepositoryPaths.Corpus, "docx", stem + ".自评表.xlsx")).Tables.ToList();

        Assert.Equal(xlsx.Count, xls.Count);
        foreach (var (a, b) in xlsx.Zip(xls))
        {
            Assert.Equal((a.Caption, a.RowCount, a.ColumnCount), (b.Caption, b.RowCount, b.ColumnCount));
            Assert.Equal(a.Cells, b.Cells);
        }
    }

    [Fact]
    public void A_damaged_workbook_is_corrupt_and_an_empty_one_empty()
    {
        var bytes = File.ReadAllBytes(Legacy("hunan-01.自评表.xls"));
        var truncated = XlsReportReader.Instance.Read(SourceFile.FromBytes("cut.xls", bytes[..600]));
        var empty = XlsReportReader.Instance.Read(SourceFile.FromBytes("empty.xls", []));

        Assert.Equal("corrupt", truncated.Error?.Code);
        Assert.Equal("empty", empty.Error?.Code);
    }

    [Fact]
    public void A_one_column_sheet_is_text_with_its_title_and_contents()
    {
        // A cover and a 目录 typed down column A, as the district budget templates are.
        var xlsx = new OfficeBuilders.XlsxPackage();
        xlsx.SharedStrings.AddRange(["上海市普陀区2026年区级部门预算", "预算主管部门：上海市普陀区XX局", "目  录", "一、部门主要职能  ……………………", "二、部门机构设置  ……………………"]);
        xlsx.Sheet("封面", "<sheetData><row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c></row><row r=\"9\"><c r=\"A9\" t=\"s\"><v>1</v></c></row></sheetData>");
        xlsx.Sheet("目录", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>2</v></c></row><row r=\"4\"><c r=\"A4\" t=\"s\"><v>3</v></c></row><row r=\"5\"><c r=\"A5\" t=\"s\"><v>4</v></c></row></sheetData>");

        var result = TestPipeline.Instance.Run(XlsxReportReader.Instance.Read(SourceFile.FromBytes("template.xlsx", xlsx.Build())), "template.xlsx", new ReportOptions());

        Assert.Empty(result.Structure!.Document.Tables);
        Assert.Equal(("上海市普陀区2026年区级部门预算", "上海市普陀区XX局", 2026),
            (result.Structure.Metadata.Title, result.Structure.Metadata.Unit, result.Structure.Metadata.Year));
        Assert.Equal("template", result.Structure.Metadata.DocumentKind);
        Assert.Empty(result.Structure.Outline);
    }
}
