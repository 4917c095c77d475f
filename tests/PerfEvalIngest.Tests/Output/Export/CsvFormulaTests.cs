using PerfEvalIngest.Output.Export;

namespace PerfEvalIngest.Tests.Output.Export;

/// <summary>A report's text that a spreadsheet would run as a formula stays text in the CSV (a leading apostrophe);
/// signed numbers printed as text, and the workbook's cells, stay as they are.</summary>
public sealed class CsvFormulaTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("perfeval-export-formula-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Text_that_would_run_as_a_formula_is_kept_as_text()
    {
        var dataset = Path.Combine(_root, "dataset.sqlite");
        SqliteRows.Execute(dataset, """
            CREATE TABLE findings (report TEXT, seq INTEGER, evidence TEXT, actual TEXT);
            INSERT INTO findings VALUES ('a.txt', 0, '=HYPERLINK("http://example.invalid","点此")', '-3.5'),
                                        ('a.txt', 1, '+86 电话', '+12%'),
                                        ('a.txt', 2, '@某处', '-'),
                                        ('a.txt', 3, '收入总额-支出总额', '=1+1');
            """);
        var folder = Path.Combine(_root, "csv");
        DatasetExport.Run(dataset, ExportFormat.Csv, folder);
        var rows = Rfc4180.ReadFile(Path.Combine(folder, "findings.csv"));

        Assert.Equal(["'=HYPERLINK(\"http://example.invalid\",\"点此\")", "-3.5"], rows[1][2..]);
        Assert.Equal(["'+86 电话", "+12%"], rows[2][2..]);
        Assert.Equal(["'@某处", "'-"], rows[3][2..]);
        Assert.Equal(["收入总额-支出总额", "'=1+1"], rows[4][2..]);
    }
}
