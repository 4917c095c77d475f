using PerfEvalIngest.Cli;
using PerfEvalIngest.Tests.Ingest.OfficeBuilders;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Cli;

/// <summary>
/// A batch checks Word, PDF and Excel files in worker processes, so the budgets are enforced by stopping the process:
/// a file past its memory budget fails as too-large and one past its time budget as timeout, the files beside them are
/// checked, and the outputs are the same as when every file is checked in the batch's own process.
/// </summary>
public sealed class WorkerIsolationTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("perfeval-workers-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>A Word report of 40,000 sentences of four figures each: in one process it takes about 18 s and 2.4 GB on
    /// the machine the budgets below were chosen on, a short report under 1 s and 100 MB.</summary>
    private static byte[] HeavyReport()
    {
        var package = new DocxPackage().Paragraph("某单位2023年度部门整体支出绩效自评报告").Paragraph("一、部门（单位）概况");
        for (int i = 0; i < 40_000; i++)
            package.Paragraph($"第{i}项：本年度收入{i}.5万元，其中财政拨款{i}万元，占收入总额的{i % 100}.2%，较上年增长{i % 7}.1%。");
        return package.Build();
    }

    private (int Exit, string Err) Check(params string[] args)
    {
        var stderr = new StringWriter();
        int exit = PerfevalCommandLine.Run(["check", .. args, "--fail-on", "never"], new StringWriter(), stderr);
        return (exit, stderr.ToString());
    }

    [Fact]
    public void A_file_past_its_memory_or_time_budget_is_stopped_and_the_batch_goes_on()
    {
        var input = Directory.CreateDirectory(Path.Combine(_root, "in")).FullName;
        File.WriteAllBytes(Path.Combine(input, "heavy.docx"), HeavyReport());
        File.WriteAllBytes(Path.Combine(input, "light.docx"),
            new DocxPackage().Paragraph("一、部门概况").Paragraph("本单位2023年收入总额100.00万元，其中财政拨款80.00万元。").Build());

        var memory = Path.Combine(_root, "memory");
        Check(input, "-o", memory, "--memory", "300");
        Assert.Contains("\"code\": \"too-large\"", File.ReadAllText(Path.Combine(memory, "reports", "heavy.docx.json")));
        Assert.Contains("\"status\": \"ok\"", File.ReadAllText(Path.Combine(memory, "reports", "light.docx.json")));

        var time = Path.Combine(_root, "time");
        Check(input, "-o", time, "--timeout", "5", "--memory", "4096");
        Assert.Contains("\"code\": \"timeout\"", File.ReadAllText(Path.Combine(time, "reports", "heavy.docx.json")));
        Assert.Contains("\"status\": \"ok\"", File.ReadAllText(Path.Combine(time, "reports", "light.docx.json")));
        Assert.Contains("未做检查", File.ReadAllText(Path.Combine(time, "checklists", "heavy.docx.md")));
    }

    [Fact]
    public void Outputs_are_the_same_whether_files_are_checked_in_workers_or_in_the_batch()
    {
        var input = Path.Combine(RepositoryPaths.Corpus, "docx");
        var workers = Path.Combine(_root, "workers");
        var inProcess = Path.Combine(_root, "in-process");
        Check(input, "-o", workers, "-j", "2");
        Check(input, "-o", inProcess, "-j", "2", "--in-process");
        var files = OutputFolders.Files(workers);
        Assert.Equal(files, OutputFolders.Files(inProcess));
        Assert.True(files.Count > 10);
        OutputFolders.AssertSameBytes(workers, inProcess, files);
    }
}
