using System.Diagnostics;
using Microsoft.Data.Sqlite;
using PerfEvalIngest.Cli;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Cli;

/// <summary>A batch into a folder that holds an earlier run's results redoes only what changed, and a batch killed at
/// any moment (SIGKILL, in a process of its own) resumes: the previous dataset is never lost, and the finished run's
/// dataset holds each report exactly once.</summary>
public sealed class ResumeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("perfeval-resume-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Inputs(int count, string variant)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "in")).FullName;
        var texts = Directory.GetFiles(Path.Combine(RepositoryPaths.Corpus, "reports"), "*.txt")
            .Where(f => !f.Contains(".gb18030") && !f.Contains(".utf16")).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        for (int i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(folder, $"r{i:D3}.txt"), texts[i % texts.Count] + $"\n其他需要说明的情况：第{i}份，{variant}。\n");
        return folder;
    }

    private static long Reports(string dataset)
    {
        using var connection = new SqliteConnection($"Data Source={dataset};Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) = COUNT(DISTINCT name) AND COUNT(*) = COUNT(DISTINCT report_id), COUNT(*) FROM reports";
        using var row = count.ExecuteReader();
        row.Read();
        Assert.Equal(1, row.GetInt64(0));
        return row.GetInt64(1);
    }

    [Fact]
    public void A_rerun_checks_only_the_files_that_changed()
    {
        var input = Inputs(3, "初稿");
        var output = Path.Combine(_root, "out");
        var first = new StringWriter();
        Assert.Equal(0, PerfevalCommandLine.Run(["check", input, "-o", output, "--fail-on", "never"], first, new StringWriter()));
        File.AppendAllText(Path.Combine(input, "r001.txt"), "补充：本单位2023年收入总额为100.00万元，其中财政拨款120.00万元。\n");

        var second = new StringWriter();
        var errors = new StringWriter();
        Assert.Equal(0, PerfevalCommandLine.Run(["check", input, "-o", output, "--fail-on", "never"], second, errors));

        Assert.Contains("2 unchanged since the last run", second.ToString());
        Assert.Contains("r001.txt: ", errors.ToString());
        Assert.DoesNotContain("r001.txt: 0 errors, 0 warnings (unchanged", errors.ToString());
        Assert.Contains("120.00万元", File.ReadAllText(Path.Combine(output, "reports", "r001.txt.json")));
        Assert.Equal(3, Reports(Path.Combine(output, "dataset.sqlite")));

        var fresh = new StringWriter();
        Assert.Equal(0, PerfevalCommandLine.Run(["check", input, "-o", output, "--fail-on", "never", "--fresh"], fresh, new StringWriter()));
        Assert.DoesNotContain("unchanged", fresh.ToString());
    }

    [Fact]
    public void A_batch_killed_at_random_moments_resumes_and_keeps_the_previous_dataset()
    {
        var cli = typeof(PerfevalCommandLine).Assembly.Location;
        var output = Path.Combine(_root, "out");
        var dataset = Path.Combine(output, "dataset.sqlite");
        Process Start(string input) => Process.Start(new ProcessStartInfo("dotnet", [cli, "check", input, "-o", output, "-j", "2", "--fail-on", "never"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;

        var input = Inputs(60, "初稿");
        using (var complete = Start(input))
        {
            complete.StandardError.ReadToEnd();
            complete.WaitForExit();
            Assert.Equal(0, complete.ExitCode);
        }
        Assert.Equal(60, Reports(dataset));

        // Every file changes, so the next batch has all of them to redo; it is killed five times on the way, each time
        // after a random number of files is done (counted from its progress lines, so a loaded machine kills it at
        // the same points), the last time once every file is done: while the dataset is written.
        input = Inputs(60, "修改稿");
        var random = new Random(7);
        foreach (var after in new[] { random.Next(3, 30), random.Next(3, 30), random.Next(30, 59), random.Next(30, 59), 60 })
        {
            using var batch = Start(input);
            for (int done = 0; done < after && batch.StandardError.ReadLine() is { } line;)
                if (line.Contains(".txt: ", StringComparison.Ordinal)) done++;
            batch.Kill(entireProcessTree: true);
            batch.WaitForExit();
            Assert.Equal(60, Reports(dataset));
        }

        using var last = Start(input);
        var stdout = last.StandardOutput.ReadToEnd();
        last.StandardError.ReadToEnd();
        last.WaitForExit();
        Assert.Equal(0, last.ExitCode);
        Assert.Equal(60, Reports(dataset));
        Assert.Matches(@"60 files: 60 ok, 0 failed, [1-9]\d* unchanged since the last run", stdout);
        // Every report is of the file as it is now, whether redone or kept from a killed run.
        foreach (var file in Directory.GetFiles(input))
        {
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
            Assert.Contains($"\"sha256\": \"{sha}\"", File.ReadAllText(Path.Combine(output, "reports", Path.GetFileName(file) + ".json")));
        }
    }
}
