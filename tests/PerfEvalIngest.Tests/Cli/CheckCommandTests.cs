using System.Text.Json;
using Microsoft.Data.Sqlite;
using PerfEvalIngest.Cli;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Cli;

/// <summary>`perfeval check` end to end: outputs of the contract, exit codes, bad files in a batch, determinism.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("perfeval-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = CheckCommand.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string Input(string relative, byte[] bytes)
    {
        var path = Path.Combine(_folder, "in", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Report(string name) => File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, "reports", name));

    [Fact]
    public void A_folder_mixing_bad_and_good_files_gives_a_result_for_every_file()
    {
        Input("good/nanjing-01.txt", Report("nanjing-01.txt"));
        Input("empty.txt", []);
        var garbage = new byte[10_000];
        new Random(3).NextBytes(garbage);
        Input("garbage.txt", garbage);
        using (var huge = File.Create(Path.Combine(_folder, "in", "huge.txt"))) huge.SetLength(50L << 20);
        File.CreateSymbolicLink(Path.Combine(_folder, "in", "gone.txt"), Path.Combine(_folder, "missing.txt"));
        Input("scan.pdf", "%PDF-1.4 not really"u8.ToArray());
        var output = Path.Combine(_folder, "out");

        var (exit, stdout, _) = Run(Path.Combine(_folder, "in"), "--out", output, "--jobs", "2");

        Assert.Equal(1, exit);                                 // done, and failed files are above --fail-on error
        Assert.Contains("6 files: 1 ok, 5 failed", stdout);
        using var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "summary.json")));
        var reports = summary.RootElement.GetProperty("reports").EnumerateArray()
            .ToDictionary(r => r.GetProperty("name").GetString()!, r => r.TryGetProperty("error", out var e) ? e.GetString() : "ok");
        Assert.Equal(new Dictionary<string, string?>
        {
            ["empty.txt"] = "empty", ["garbage.txt"] = "corrupt", ["gone.txt"] = "unreadable",
            ["good__nanjing-01.txt"] = "ok", ["huge.txt"] = "too-large", ["scan.pdf"] = "corrupt",
        }, reports);
        foreach (var name in reports.Keys)
        {
            Assert.True(File.Exists(Path.Combine(output, "reports", name + ".json")), name);
            Assert.True(File.Exists(Path.Combine(output, "checklists", name + ".md")), name);
        }
        using var failed = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "reports", "garbage.txt.json")));
        Assert.Equal("failed", failed.RootElement.GetProperty("status").GetString());
        Assert.Equal("corrupt", failed.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public void Nothing_readable_exits_2_and_bad_usage_exits_2()
    {
        Input("empty.txt", []);
        Assert.Equal(2, Run(Path.Combine(_folder, "in"), "--out", Path.Combine(_folder, "out")).Exit);
        Assert.Equal(2, Run().Exit);
        Assert.Equal(2, Run(Path.Combine(_folder, "no-such-folder")).Exit);
        Assert.Equal(2, Run(Path.Combine(_folder, "in"), "--jobs", "zero").Exit);
        Assert.Equal(2, Run(Path.Combine(_folder, "in"), "--fail-on", "sometimes").Exit);
        Assert.Equal(2, Run(Path.Combine(_folder, "in"), "--rubric", "no-such-rubric").Exit);
    }

    [Fact]
    public void Fail_on_sets_the_exit_code_from_the_most_serious_finding()
    {
        Input("clean.txt", Report("nanjing-01.txt"));
        Input("faulty.txt", Report("nanjing-02.txt"));   // a share error, a unit slip, a repeated heading number
        var output = Path.Combine(_folder, "out");
        Assert.Equal(1, Run(Path.Combine(_folder, "in"), "--out", output).Exit);
        Assert.Equal(0, Run(Path.Combine(_folder, "in"), "--out", output, "--fail-on", "never").Exit);
        Assert.Equal(0, Run(Path.Combine(_folder, "in", "clean.txt"), "--out", output, "--fail-on", "warning").Exit);
        Assert.Equal(1, Run(Path.Combine(_folder, "in", "faulty.txt"), "--out", output, "--fail-on", "warning").Exit);
    }

    [Fact]
    public void Outputs_are_byte_identical_whatever_the_parallelism()
    {
        var input = Path.Combine(RepositoryPaths.Corpus, "reports");
        var one = Path.Combine(_folder, "one");
        var two = Path.Combine(_folder, "two");
        Run(input, "--out", one, "--jobs", "1");
        Run(input, "--out", two, "--jobs", "2");

        var files = OutputFolders.Files(one).Where(f => !f.EndsWith(".sqlite", StringComparison.Ordinal)).ToList();
        // Per report its JSON and three checklists (md, docx, html); per batch summary.json and index.html.
        Assert.Equal(17 * 4 + 2, files.Count);
        OutputFolders.AssertSameBytes(one, two, files);
        Assert.Equal(Dump(Path.Combine(one, "dataset.sqlite")), Dump(Path.Combine(two, "dataset.sqlite")));
    }

    [Fact]
    public void The_dataset_compares_a_concept_across_units()
    {
        var output = Path.Combine(_folder, "out");
        Run(Path.Combine(RepositoryPaths.Corpus, "reports"), "--out", output);
        using var connection = new SqliteConnection($"Data Source={Path.Combine(output, "dataset.sqlite")};Pooling=False");
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = """
            SELECT r.unit, r.year, f.value FROM facts f JOIN reports r ON r.name = f.report
            WHERE f.concept = 'income.total' AND f.seq = (SELECT MIN(seq) FROM facts g WHERE g.report = f.report AND g.concept = 'income.total')
            AND r.name = 'nanjing-02.txt'
            """;
        using var reader = query.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(("淮宁市青阳区文化馆", 2022L, "226.59"), (reader.GetString(0), reader.GetInt64(1), reader.GetString(2)));
    }

    private static string Dump(string sqlite)
    {
        using var connection = new SqliteConnection($"Data Source={sqlite};Pooling=False");
        connection.Open();
        var text = new System.Text.StringBuilder();
        foreach (var table in new[] { "reports", "facts", "findings", "outline" })
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                for (int i = 0; i < reader.FieldCount; i++) text.Append(reader.GetValue(i)).Append('|');
        }
        return text.ToString();
    }
}
