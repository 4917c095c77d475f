using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PerfEvalIngest.Output.Export;

namespace PerfEvalIngest.Tests.Output.Export;

/// <summary>The export follows whatever the database declares: a table or column it has never heard of is exported
/// under its id, awkward text survives both formats, a table too long for one sheet goes on over more sheets, and
/// the workbook is valid by the Open XML schema.</summary>
public sealed class GenericExportTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("perfeval-export-generic-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>Texts with every character CSV must quote and some a workbook must escape.</summary>
    private static readonly string[] Awkward =
    [
        "收入总额 3,989.53 万元",
        "他说：\"完成率 100%\"",
        "第一行\n第二行",
        "Windows 换行\r\n之后",
        " 前后空格 ",
        "控制符\u0001与_x0041_字样",
        "扩展B区汉字𠀀",
    ];

    /// <summary>A dataset of the known shape plus a column and a table no names file knows of.</summary>
    private string Dataset()
    {
        var path = Path.Combine(_root, "dataset.sqlite");
        SqliteRows.Execute(path, """
            CREATE TABLE reports (name TEXT PRIMARY KEY, unit TEXT, year INTEGER, rubric_score REAL, zz_new_measure REAL);
            CREATE TABLE facts (report TEXT, seq INTEGER, concept TEXT, value TEXT, value_num REAL, unit TEXT, text TEXT);
            CREATE TABLE audit_trail (report TEXT, seq INTEGER, note TEXT);
            INSERT INTO reports VALUES ('b.txt', '乙单位', 2023, 87.5, NULL), ('a.txt', '甲单位', 2022, NULL, 1.25);
            INSERT INTO facts VALUES ('a.txt', 1, 'sangong.total', '0.55', 0.55, '万元', '三公经费0.55万元'),
                                     ('a.txt', 0, 'income.total', '3,989.53', 3989.53, '万元', NULL);
            """);
        using var connection = SqliteRows.Open(path);
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO audit_trail VALUES ('a.txt', $seq, $note)";
        var seq = insert.Parameters.Add("$seq", Microsoft.Data.Sqlite.SqliteType.Integer);
        var note = insert.Parameters.Add("$note", Microsoft.Data.Sqlite.SqliteType.Text);
        for (int i = 0; i < Awkward.Length; i++)
        {
            seq.Value = i;
            note.Value = Awkward[i];
            insert.ExecuteNonQuery();
        }
        return path;
    }

    [Fact]
    public void A_column_and_a_table_without_a_chinese_name_are_headed_by_their_id()
    {
        var path = Path.Combine(_root, "dataset.xlsx");
        var summary = DatasetExport.Run(Dataset(), ExportFormat.Xlsx, path);
        var sheets = Workbook.Read(path);

        // The preferred tables first (figures, findings and outline are absent here), then the others by name.
        Assert.Equal(["reports", "facts", "audit_trail"], summary.Tables.Select(t => t.Name));
        Assert.Equal(["报告名称", "单位", "年度", "自动评分得分", "zz_new_measure"], sheets["reports"][0]);
        Assert.Equal(["name", "unit", "year", "rubric_score", "zz_new_measure"], sheets["reports"][1]);
        Assert.Equal(["报告", "序号", "note"], sheets["audit_trail"][0]);
        Assert.Equal(["报告", "序号", "概念", "数值（原文）", "数值", "计量单位", "原文"], sheets["facts"][0]);
    }

    [Fact]
    public void Names_fall_back_to_the_id_and_a_table_may_rename_a_column()
    {
        var names = ColumnNames.Load();
        Assert.Equal("单位", names.Column("reports", "unit"));
        Assert.Equal("计量单位", names.Column("facts", "unit"));
        Assert.Equal("zz_new_measure", names.Column("reports", "zz_new_measure"));
        Assert.Equal("audit_trail", names.Table("audit_trail"));
        Assert.Equal("数据", names.Table("facts"));
        Assert.Equal("主要数据", names.Table("figures"));
        Assert.Equal("范围（部门/单位）", names.Column("reports", "scope"));
        Assert.Equal("数值（万元）", names.Column("figures", "value_wan"));
    }

    [Fact]
    public void Rows_come_in_key_order_with_numbers_as_numbers_and_nulls_empty()
    {
        var path = Path.Combine(_root, "dataset.xlsx");
        DatasetExport.Run(Dataset(), ExportFormat.Xlsx, path);
        var sheets = Workbook.Read(path);

        Assert.Equal<object?[]>([["a.txt", "甲单位", 2022.0, null, 1.25], ["b.txt", "乙单位", 2023.0, 87.5, null]], sheets["reports"].Skip(2));
        Assert.Equal(["income.total", "sangong.total"], sheets["facts"].Skip(2).Select(r => r[2]));
        Assert.Equal(3989.53, sheets["facts"][2][4]);
        Assert.Equal("3,989.53", sheets["facts"][2][3]);
    }

    [Fact]
    public void Awkward_text_round_trips_through_the_workbook()
    {
        var path = Path.Combine(_root, "dataset.xlsx");
        DatasetExport.Run(Dataset(), ExportFormat.Xlsx, path);
        var notes = Workbook.Read(path)["audit_trail"].Skip(2).Select(r => r[2]).ToList();
        Assert.Equal(Awkward, notes);
    }

    [Fact]
    public void Awkward_text_round_trips_through_csv_with_ids_as_the_header()
    {
        var folder = Path.Combine(_root, "csv");
        var summary = DatasetExport.Run(Dataset(), ExportFormat.Csv, folder);

        var audit = Rfc4180.ReadFile(Path.Combine(folder, "audit_trail.csv"));
        Assert.Equal(["report", "seq", "note"], audit[0]);
        Assert.Equal(Awkward, audit.Skip(1).Select(r => r[2]));
        Assert.Equal(Awkward.Length, summary.Tables.Single(t => t.Name == "audit_trail").Rows);
        var reports = Rfc4180.ReadFile(Path.Combine(folder, "reports.csv"));
        Assert.Equal<string[]>([["name", "unit", "year", "rubric_score", "zz_new_measure"], ["a.txt", "甲单位", "2022", "", "1.25"], ["b.txt", "乙单位", "2023", "87.5", ""]], reports);
        var text = File.ReadAllText(Path.Combine(folder, "facts.csv"));
        Assert.Contains("\"3,989.53\",3989.53,", text);
        Assert.Contains(["audit_trail", "audit_trail", "note", "note", "TEXT"], Rfc4180.ReadFile(Path.Combine(folder, CsvExport.ColumnsFile)));
    }

    [Fact]
    public void A_table_past_a_sheets_rows_goes_on_over_more_sheets()
    {
        var path = Path.Combine(_root, "dataset.xlsx");
        // Sheets of 5 rows: two headers and three rows each, so seven notes take three sheets.
        using (var connection = SqliteRows.Open(Dataset()))
        {
            var summary = XlsxExport.Write(connection, path, ColumnNames.Load(), rowsPerSheet: 5);
            Assert.Equal(["audit_trail", "audit_trail_2", "audit_trail_3"], summary.Tables.Single(t => t.Name == "audit_trail").Parts);
            Assert.Equal(Awkward.Length, summary.Tables.Single(t => t.Name == "audit_trail").Rows);
        }
        var sheets = Workbook.Read(path);
        Assert.Equal(["reports", "facts", "audit_trail", "audit_trail_2", "audit_trail_3"], sheets.Keys);
        Assert.Equal(Awkward, new[] { "audit_trail", "audit_trail_2", "audit_trail_3" }.SelectMany(s => sheets[s].Skip(2)).Select(r => r[2]));
        Assert.All(new[] { "audit_trail_2", "audit_trail_3" }, s => Assert.Equal(["报告", "序号", "note"], sheets[s][0]));
    }

    [Fact]
    public void Sheet_names_fit_excel()
    {
        var used = new HashSet<string>();
        var name = XlsxText.SheetName("a_table_whose_name_is_far_too_long_for_excel", "", used);
        Assert.Equal(31, name.Length);
        Assert.Equal(31, XlsxText.SheetName("a_table_whose_name_is_far_too_long_for_excel", "_2", used).Length);
        Assert.EndsWith("_2", XlsxText.SheetName("a_table_whose_name_is_far_too_long_for_excel_X", "_2", new HashSet<string>()));
        Assert.Equal("a_b_c", XlsxText.SheetName("a[b]c", "", used));
        Assert.NotEqual("REPORTS", XlsxText.SheetName("REPORTS", "", new HashSet<string> { "REPORTS" }));
    }

    [Fact]
    public void A_cell_holds_at_most_what_excel_takes()
    {
        Assert.Equal(XlsxText.CellLimit, XlsxText.Cell(new string('数', 40_000)).Length);
        // A pair of surrogates is never cut in half: 32,766 characters and one 𠀀 would end on its first half.
        var cut = XlsxText.Cell(new string('数', XlsxText.CellLimit - 1) + "𠀀");
        Assert.Equal(XlsxText.CellLimit - 1, cut.Length);
        Assert.Equal("a_x0001_b", XlsxText.Cell("a\u0001b"));
        Assert.Equal("_x005F_x0041_", XlsxText.Cell("_x0041_"));
        Assert.Equal("plain_text", XlsxText.Cell("plain_text"));
    }

    [Fact]
    public void The_workbook_is_valid_open_xml()
    {
        var path = Path.Combine(_root, "dataset.xlsx");
        DatasetExport.Run(Dataset(), ExportFormat.Xlsx, path);
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.NotNull(document.WorkbookPart!.WorkbookStylesPart);
    }
}
