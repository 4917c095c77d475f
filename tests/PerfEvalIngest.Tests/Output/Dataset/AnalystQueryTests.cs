using Microsoft.Data.Sqlite;
using Npgsql;
using PerfEvalIngest.Cli;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Output.Dataset;

/// <summary>
/// The three questions an analyst asks first, each one documented query (queries/*.sql, shown in the README), with
/// the answers for the seeds read from the reports by hand:
/// <list type="bullet">
/// <item>002 (苏州市生产力促进中心, 2022) states its execution rate, 96.03% (预算信息表, 预算总金额 row, 执行率 column); the
/// Nanjing seeds 000 and 001 state none (001 only says 预算执行率存在偏差).</item>
/// <item>001 (南京市火炬高技术产业开发中心, 2023): “三公经费”支出0.55万元，其中公车运行维护费0.51万元，公务接待费0.04万元; the
/// other seeds give no 三公 amount (000 only says the 三公 spending fell).</item>
/// <item>Findings per rule: 002 has two warnings — the execution rate 96.03% against a 结转结余率 of 0%, and 全面完成 of the
/// targets while 预算调整率 (target 0%, 14.96%) and 非税收入预算完成率 (target 100%, 66.22%) are missed; 000 has one
/// error, 人员经费预算为1776.43元 among figures in 万元.</item>
/// </list>
/// </summary>
public sealed class AnalystQueryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("perfeval-queries-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string CheckSeeds(params string[] extra)
    {
        var output = Path.Combine(_root, "out");
        Assert.NotEqual(2, PerfevalCommandLine.Run(["check", RepositoryPaths.Seeds, "-o", output, .. extra], new StringWriter(), new StringWriter()));
        return Path.Combine(output, "dataset.sqlite");
    }

    private static SqliteConnection OpenSqlite(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    private static void AssertSeedAnswers(System.Data.Common.DbConnection connection)
    {
        var rates = DatasetQueries.Run(connection, "execution-rate-by-unit-and-year");
        Assert.Equal(3, rates.Count);
        Assert.Contains(rates, r => r[0] == "苏州市生产力促进中心" && r[1] == "2022" && r[2] == "96.03");
        Assert.Contains(rates, r => r[0] == "南京市火炬高技术产业开发中心" && r[1] == "2023" && r[2] == "");
        Assert.Contains(rates, r => r[0] == "南京市科技成果转化服务中心" && r[1] == "2023" && r[2] == "");

        var sangong = DatasetQueries.Run(connection, "sangong-across-reports");
        Assert.Equal(
            ["南京市火炬高技术产业开发中心|sangong.reception|0.04", "南京市火炬高技术产业开发中心|sangong.total|0.55",
             "南京市火炬高技术产业开发中心|sangong.vehicle|0.51"],
            sangong.Select(r => $"{r[0]}|{r[2]}|{r[5]}").Order(StringComparer.Ordinal));

        var findings = DatasetQueries.Run(connection, "findings-per-rule-per-unit");
        var suzhou = findings.Where(r => r[0] == "苏州市生产力促进中心").Select(r => $"{r[1]}|{r[2]}|{r[3]}").Order(StringComparer.Ordinal);
        Assert.Equal(["claim.all-met|warning|1", "target.rate-contradiction|warning|1"], suzhou);
        Assert.Contains(findings, r => r[0] == "南京市科技成果转化服务中心" && r[1] == "unit" && r[2] == "error" && r[3] == "1");
    }

    [SeedFact]
    public void The_documented_queries_answer_the_three_questions_in_SQLite()
    {
        using var connection = OpenSqlite(CheckSeeds());
        AssertSeedAnswers(connection);
    }

    [SeedFact]
    public void The_readme_shows_each_query_as_it_is_run()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        foreach (var name in new[] { "execution-rate-by-unit-and-year", "sangong-across-reports", "findings-per-rule-per-unit" })
            Assert.Contains(DatasetQueries.Text(name).Trim(), readme);
    }

    [SeedFact]
    public void Batches_accumulate_and_a_rerun_replaces_its_reports()
    {
        var output = Path.Combine(_root, "out");
        var dataset = CheckSeeds();
        var other = Directory.CreateDirectory(Path.Combine(_root, "2024")).FullName;
        var changed = Path.Combine(other, "changed.txt");
        File.Copy(Path.Combine(RepositoryPaths.Seeds, "001_51313b31403ae784.txt"), changed);
        File.AppendAllText(changed, "\n其他需要说明的情况：无。\n");
        Assert.NotEqual(2, PerfevalCommandLine.Run(["check", other, "-o", output], new StringWriter(), new StringWriter()));
        Assert.Equal(4, Count(dataset, "reports"));

        // The same seeds again: their rows are replaced, not added. The changed file edited once more: its old
        // version (same path) goes.
        CheckSeeds("--fresh");
        File.AppendAllText(changed, "补充说明。\n");
        Assert.NotEqual(2, PerfevalCommandLine.Run(["check", other, "-o", output], new StringWriter(), new StringWriter()));
        Assert.Equal(4, Count(dataset, "reports"));
        using var connection = OpenSqlite(dataset);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM figures f WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.report_id = f.report_id)";
        Assert.Equal(0L, command.ExecuteScalar());
    }

    [PostgresFact]
    public void PostgreSQL_holds_the_same_answers_and_never_a_report_twice()
    {
        var schema = "perfeval_test_" + Guid.NewGuid().ToString("N")[..12];
        var address = PostgresFactAttribute.Address!;
        var baseConnection = PerfEvalIngest.Output.SharedDataset.ConnectionString(address, out var invalid);
        Assert.Null(invalid);
        using (var admin = new NpgsqlConnection(baseConnection))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", admin);
            create.ExecuteNonQuery();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(baseConnection) { SearchPath = schema }.ConnectionString;
        try
        {
            var dataset = CheckSeeds("--db", connectionString);
            CheckSeeds("--db", connectionString, "--fresh");
            using var pg = new NpgsqlConnection(connectionString);
            pg.Open();
            AssertSeedAnswers(pg);
            using var sqlite = OpenSqlite(dataset);
            foreach (var name in new[] { "execution-rate-by-unit-and-year", "sangong-across-reports", "findings-per-rule-per-unit" })
                Assert.Equal(DatasetQueries.AsSet(DatasetQueries.Run(sqlite, name)), DatasetQueries.AsSet(DatasetQueries.Run(pg, name)));
            foreach (var table in PerfEvalIngest.Output.DatasetSchema.Tables)
            {
                using var count = new NpgsqlCommand($"SELECT COUNT(*) FROM {table.Name}", pg);
                Assert.Equal(Count(dataset, table.Name), (long)count.ExecuteScalar()!);
            }
        }
        finally
        {
            using var admin = new NpgsqlConnection(baseConnection);
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", admin);
            drop.ExecuteNonQuery();
        }
    }

    [Fact]
    public void A_database_that_cannot_be_reached_stops_the_batch_before_any_file_is_checked()
    {
        var errors = new StringWriter();
        var code = PerfevalCommandLine.Run(["check", RepositoryPaths.Corpus, "-o", Path.Combine(_root, "out"), "--db", "postgresql://nobody:secret@127.0.0.1:1/none"],
            new StringWriter(), errors);
        Assert.Equal(2, code);
        Assert.Contains("cannot use the shared database", errors.ToString());
        Assert.DoesNotContain("secret", errors.ToString());
        Assert.False(File.Exists(Path.Combine(_root, "out", "summary.json")));
    }

    private static long Count(string dataset, string table)
    {
        using var connection = OpenSqlite(dataset);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }
}
