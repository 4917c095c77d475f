using System.Globalization;
using PerfEvalIngest.Output.Export;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Output.Export;

/// <summary>The seeds' dataset exported both ways holds what SQLite holds — every table, every row, every value, numbers
/// as numbers and Chinese text intact — and figures read by hand from the seed reports are where they belong.</summary>
public sealed class SeedExportTests(SeedDataset seeds) : IClassFixture<SeedDataset>
{
    /// <summary>Seed 001's paragraph on the 三公经费, as the report prints it.</summary>
    private const string SangongSentence = "本年度“三公经费”支出0.55万元，其中公车运行维护费0.51万元，公务接待费0.04万元。";

    private const string Seed001 = "001_51313b31403ae784.txt";

    [SeedFact]
    public void The_workbook_holds_every_table_and_value_that_sqlite_holds()
    {
        var path = Path.Combine(seeds.Root, "dataset.xlsx");
        var summary = DatasetExport.Run(seeds.Dataset, ExportFormat.Xlsx, path);
        var sheets = Workbook.Read(path);

        var tables = SqliteRows.Tables(seeds.Dataset);
        var order = summary.Tables.Select(t => t.Name).ToList();
        Assert.Equal("reports", order[0]);
        Assert.True(order.IndexOf("facts") < order.IndexOf("findings") && order.IndexOf("findings") < order.IndexOf("outline"), string.Join(" ", order));
        Assert.Equal(Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Length, sheets["reports"].Count - 2);
        Assert.Equal(tables.Order(StringComparer.Ordinal), sheets.Keys.Order(StringComparer.Ordinal));
        foreach (var table in tables)
        {
            var ids = SqliteRows.Query(seeds.Dataset, $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid").Select(r => (string)r[0]!).ToList();
            var expected = SqliteRows.Query(seeds.Dataset, $"SELECT * FROM {table} ORDER BY {string.Join(", ", ids)}");
            var sheet = sheets[table];
            Assert.Equal(ids, sheet[1].Select(v => (string)v!));
            Assert.Equal(expected.Count, sheet.Count - 2);
            Assert.Equal(expected.Count, summary.Tables.Single(t => t.Name == table).Rows);
            for (int r = 0; r < expected.Count; r++)
                for (int c = 0; c < ids.Count; c++)
                    Assert.True(Same(expected[r][c], sheet[r + 2][c]), $"{table} row {r + 1} {ids[c]}: sqlite {expected[r][c]} ≠ workbook {sheet[r + 2][c]}");
        }
    }

    [SeedFact]
    public void The_workbook_has_the_figures_of_seed_001_as_numbers_under_chinese_headers()
    {
        var path = Path.Combine(seeds.Root, "figures.xlsx");
        DatasetExport.Run(seeds.Dataset, ExportFormat.Xlsx, path);
        var sheets = Workbook.Read(path);

        var facts = sheets["facts"];
        int Column(string id) => Array.IndexOf(facts[1], id);
        Assert.Equal("数值", facts[0][Column("value_num")]);
        Assert.Equal("计量单位", facts[0][Column("unit")]);
        Assert.Equal("概念", facts[0][Column("concept")]);
        var sangong = facts.Skip(2).Where(r => Equals(r[Column("report")], Seed001) && r[Column("concept")] is string c && c.StartsWith("sangong.", StringComparison.Ordinal))
            .GroupBy(r => (string)r[Column("concept")]!).ToDictionary(g => g.Key, g => g.First());
        Assert.Equal(0.55, sangong["sangong.total"][Column("value_num")]);
        Assert.Equal(0.51, sangong["sangong.vehicle"][Column("value_num")]);
        Assert.Equal(0.04, sangong["sangong.reception"][Column("value_num")]);
        Assert.Equal("0.55", sangong["sangong.total"][Column("value")]);
        Assert.Equal("万元", sangong["sangong.total"][Column("unit")]);
        Assert.Contains(SangongSentence, (string)sangong["sangong.total"][Column("text")]!);

        var reports = sheets["reports"];
        int At(string id) => Array.IndexOf(reports[1], id);
        Assert.Equal("单位", reports[0][At("unit")]);
        Assert.Equal("报告名称", reports[0][At("name")]);
        var seed001 = reports.Single(r => Equals(r[At("name")], Seed001));
        Assert.Equal("南京市火炬高技术产业开发中心", seed001[At("unit")]);
        Assert.Equal(2023.0, seed001[At("year")]);
    }

    [SeedFact]
    public void The_csv_files_hold_every_row_with_a_byte_order_mark_and_invariant_numbers()
    {
        var folder = Path.Combine(seeds.Root, "csv");
        DatasetExport.Run(seeds.Dataset, ExportFormat.Csv, folder);

        foreach (var table in SqliteRows.Tables(seeds.Dataset))
        {
            var records = Rfc4180.ReadFile(Path.Combine(folder, table + ".csv"));
            Assert.Equal(SqliteRows.Count(seeds.Dataset, table), records.Count - 1);
            Assert.All(records, r => Assert.Equal(records[0].Length, r.Length));
        }
        var facts = Rfc4180.ReadFile(Path.Combine(folder, "facts.csv"));
        int Column(string id) => Array.IndexOf(facts[0], id);
        var total = facts.Single(r => r[Column("report")] == Seed001 && r[Column("concept")] == "sangong.total");
        Assert.Equal("0.55", total[Column("value_num")]);
        Assert.Contains(SangongSentence, total[Column("text")]);

        var columns = Rfc4180.ReadFile(Path.Combine(folder, CsvExport.ColumnsFile));
        Assert.Equal(["table", "table_zh", "column", "column_zh", "type"], columns[0]);
        Assert.Contains(["facts", "数据", "unit", "计量单位", "TEXT"], columns);
        Assert.Contains(["reports", "报告", "unit", "单位", "TEXT"], columns);
        Assert.Contains(["facts", "数据", "value_num", "数值", "REAL"], columns);
        Assert.Empty(Directory.GetFiles(folder, "*.partial"));
    }

    /// <summary>A number cell reads back as a double; SQLite's integers and reals are numbers there, its text text.</summary>
    private static bool Same(object? sqlite, object? cell) => sqlite switch
    {
        null => cell is null,
        long l => cell is double d && d == l,
        double x => cell is double d && d == x,
        string s => cell is string t && t == s || s.Length == 0 && cell is null,
        _ => Convert.ToString(sqlite, CultureInfo.InvariantCulture) == Convert.ToString(cell, CultureInfo.InvariantCulture),
    };
}
