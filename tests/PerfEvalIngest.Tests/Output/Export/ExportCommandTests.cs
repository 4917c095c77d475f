using PerfEvalIngest.Cli;

namespace PerfEvalIngest.Tests.Output.Export;

/// <summary>perfeval export: refuses a dataset that is not there (exit 2, Chinese first), names both formats in its
/// help, and writes where --out says.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("perfeval-export-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = PerfevalCommandLine.Run(args, stdout, stderr, new StringReader(""));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_missing_dataset_is_exit_2_with_a_chinese_message_first()
    {
        var (exit, _, stderr) = Run("export", Path.Combine(_folder, "nothing.sqlite"), "--format", "csv");
        Assert.Equal(2, exit);
        Assert.StartsWith("perfeval: 找不到数据集 / no such dataset", stderr);
        Assert.False(Directory.Exists(Path.Combine(_folder, "out")));
    }

    [Fact]
    public void A_file_that_is_no_database_is_exit_2()
    {
        var bogus = Path.Combine(_folder, "dataset.sqlite");
        File.WriteAllText(bogus, "这不是数据库 / not a database, just text long enough to have a header page");
        var (exit, _, stderr) = Run("export", bogus, "-o", Path.Combine(_folder, "x.xlsx"));
        Assert.Equal(2, exit);
        Assert.Contains("无法读取数据集 / cannot read the dataset", stderr);
    }

    [Fact]
    public void Help_names_both_formats()
    {
        var (exit, stdout, _) = Run("export", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("csv", stdout);
        Assert.Contains("xlsx", stdout);
        Assert.Contains("--format", stdout);
        Assert.Contains("export", Run("--help").Out);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var (exit, _, stderr) = Run("export", "--format", "ods");
        Assert.Equal(2, exit);
        Assert.Contains("ods", stderr);
    }

    [Fact]
    public void The_export_goes_where_out_says()
    {
        var dataset = Path.Combine(_folder, "dataset.sqlite");
        SqliteRows.Execute(dataset, "CREATE TABLE reports (name TEXT, unit TEXT); INSERT INTO reports VALUES ('a.txt', '甲单位');");

        var csv = Path.Combine(_folder, "csv");
        var (exit, stdout, _) = Run("export", dataset, "--format", "csv", "--out", csv);
        Assert.Equal(0, exit);
        Assert.Contains("exported 1 tables, 1 rows", stdout);
        Assert.Equal<string[]>([["name", "unit"], ["a.txt", "甲单位"]], Rfc4180.ReadFile(Path.Combine(csv, "reports.csv")));

        var xlsx = Path.Combine(_folder, "book", "dataset.xlsx");
        Assert.Equal(0, Run("export", dataset, "-f", "xlsx", "-o", xlsx).Exit);
        Assert.Equal("甲单位", Workbook.Read(xlsx)["reports"][2][1]);
        Assert.Equal(["dataset.xlsx"], Directory.GetFiles(Path.GetDirectoryName(xlsx)!).Select(Path.GetFileName));
    }
}
