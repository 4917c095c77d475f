using PerfEvalIngest.Ingest;
using PerfEvalIngest.Batch;
using System.Text.Json;
using PerfEvalIngest.Cli;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Cli;

/// <summary>Files that belong together — a report and the workbooks beside it — are checked as one report.</summary>
public sealed class SubmissionGroupingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("perfeval-group-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Input(string relative, byte[] bytes)
    {
        var path = Path.Combine(_folder, "in", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Corpus(string relative) => File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, relative));

    [Fact]
    public void A_workbook_named_after_a_report_is_read_into_that_report()
    {
        Input("A.docx", Corpus("docx/suzhou-01.docx"));
        Input("A.自评表.xlsx", Corpus("docx/suzhou-01.自评表.xlsx"));
        Input("B.txt", Corpus("reports/nanjing-01.txt"));
        var output = Path.Combine(_folder, "out");

        var exit = CheckCommand.Run([Path.Combine(_folder, "in"), "--out", output, "--fail-on", "never"], new StringWriter(), new StringWriter());

        Assert.Equal(0, exit);
        Assert.Equal(["A.docx.json", "B.txt.json"], Directory.GetFiles(Path.Combine(output, "reports")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var report = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "reports", "A.docx.json")));
        var attached = report.RootElement.GetProperty("tables").EnumerateArray().Last();
        Assert.EndsWith("A.自评表", attached.GetProperty("caption").GetString());
        Assert.Contains(attached.GetProperty("cells").EnumerateArray(), c => c.GetProperty("text").GetString() == "原因分析");
        var inline = TestPipeline.Instance.Run(new Submission(Path.Combine(_folder, "in", "A.docx"), "A.docx"), new ReportOptions());
        Assert.Equal(inline.Structure!.Document.Tables.Count() + 1,
            report.RootElement.GetProperty("tables").GetArrayLength());
    }

    [Fact]
    public void The_suzhou_workbook_gives_the_same_self_evaluation_facts_as_the_table_in_the_report()
    {
        var docx = Path.Combine(RepositoryPaths.Corpus, "docx", "suzhou-01.docx");
        var xlsx = Path.Combine(RepositoryPaths.Corpus, "docx", "suzhou-01.自评表.xlsx");

        var result = TestPipeline.Instance.Run(new Submission(docx, "suzhou-01.docx") { Attachments = [xlsx] }, new ReportOptions());

        Assert.Null(result.Error);
        var tables = result.Structure!.Document.Tables.ToList();
        var inline = tables[^2];                 // the report's own 自评表, its last table
        Assert.EndsWith("部门整体自评表", inline.Caption);
        var attached = tables[^1];
        Assert.EndsWith("suzhou-01.自评表", attached.Caption);
        Assert.Equal(inline.Cells, attached.Cells);
        Assert.Equal($"T{tables.Count}", attached.Id);
        var fromInline = result.Facts!.Facts.Where(f => f.Location.Table == inline.Id).Select(f => (f.Concept, f.Value, f.Unit)).ToList();
        var fromAttached = result.Facts.Facts.Where(f => f.Location.Table == attached.Id).Select(f => (f.Concept, f.Value, f.Unit)).ToList();
        Assert.NotEmpty(fromAttached);
        Assert.Equal(fromInline, fromAttached);
    }

    [Fact]
    public void A_folder_with_one_report_takes_every_workbook_in_it()
    {
        Input("科技局/自评报告.docx", Corpus("docx/hunan-01.docx"));
        Input("科技局/附表.xlsx", Corpus("docx/hunan-01.自评表.xlsx"));
        Input("水务局/报告.docx", Corpus("docx/suzhou-02.docx"));
        Input("水务局/报告-附件.xlsx", Corpus("docx/suzhou-02.自评表.xlsx"));
        Input("水务局/预算.docx", Corpus("docx/nanjing-01.docx"));
        Input("水务局/其他.xlsx", Corpus("docx/suzhou-03.自评表.xlsx"));

        var (inputs, _) = InputDiscovery.Discover([Path.Combine(_folder, "in")]);

        Assert.Equal(["水务局__其他.xlsx", "水务局__报告.docx", "水务局__预算.docx", "科技局__自评报告.docx"],
            inputs.Select(i => i.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["附表.xlsx"], inputs.Single(i => i.Name == "科技局__自评报告.docx").Attachments.Select(Path.GetFileName));
        Assert.Equal(["报告-附件.xlsx"], inputs.Single(i => i.Name == "水务局__报告.docx").Attachments.Select(Path.GetFileName));
        Assert.Empty(inputs.Single(i => i.Name == "水务局__预算.docx").Attachments);
    }

    [Fact]
    public void An_attachment_that_cannot_be_read_leaves_the_report_ok_with_an_extraction_warning()
    {
        var main = Input("C.docx", Corpus("docx/hunan-02.docx"));
        Input("C.自评表.xlsx", "PK not a workbook"u8.ToArray());

        var result = TestPipeline.Instance.Run(main, "C.docx", new ReportOptions());

        Assert.Null(result.Error);
        var warning = Assert.Single(result.Findings, f => f.Category == "extraction");
        Assert.Equal("extraction.attachment", warning.Rule);
        Assert.Equal("C.自评表.xlsx", warning.Evidence);
    }

    private static byte[] TextWorkbook() => new Ingest.OfficeBuilders.XlsxPackage { SharedStrings = { "2026年度部门预算公开情况检查表", "目录后有一页多余的空表页", "是" } }
        .Sheet("检查表", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>2</v></c></row></sheetData>")
        .Build();

    [Fact]
    public void A_workbook_without_figures_beside_a_report_is_a_document_of_its_own()
    {
        // A reviewer's checklist named like the report it checks holds words, not figures; a 自评表 holds figures.
        Input("审核/dept_budget.txt", Corpus("reports/nanjing-01.txt"));
        Input("审核/dept_budget.xlsx", TextWorkbook());
        Input("报送/科技局.txt", Corpus("reports/hunan-01.txt"));
        Input("报送/科技局.xlsx", Corpus("docx/hunan-01.自评表.xlsx"));

        var (inputs, _) = InputDiscovery.Discover([Path.Combine(_folder, "in")]);

        Assert.Equal(["审核__dept_budget.txt", "审核__dept_budget.xlsx", "报送__科技局.txt"], inputs.Select(i => i.Name).Order(StringComparer.Ordinal));
        Assert.Empty(inputs.Single(i => i.Name == "审核__dept_budget.txt").Attachments);
        Assert.Equal(["科技局.xlsx"], inputs.Single(i => i.Name == "报送__科技局.txt").Attachments.Select(Path.GetFileName));
    }

    [Fact]
    public void An_office_lock_file_is_a_report_that_says_what_it_is()
    {
        Input("科技局.docx", Corpus("docx/hunan-01.docx"));
        Input("~$科技局.docx", "\u0005lock"u8.ToArray());
        Input("~$附表.xlsx", "\u0005lock"u8.ToArray());

        var (inputs, _) = InputDiscovery.Discover([Path.Combine(_folder, "in")]);
        var lockFile = inputs.Single(i => i.Name == "~$科技局.docx");
        var result = TestPipeline.Instance.Run(lockFile, new ReportOptions());

        Assert.Equal(["~$科技局.docx", "~$附表.xlsx", "科技局.docx"], inputs.Select(i => i.Name).Order(StringComparer.Ordinal));
        Assert.Empty(inputs.Single(i => i.Name == "科技局.docx").Attachments);
        Assert.Equal("unsupported", result.Error?.Code);
        Assert.Contains("锁定文件", result.Error!.Message);
    }

    [Fact]
    public void A_workbook_beside_a_main_file_that_cannot_be_read_is_named_as_not_checked()
    {
        var main = Input("C.docx", "not a zip at all"u8.ToArray());
        Input("C.自评表.xlsx", Corpus("docx/suzhou-01.自评表.xlsx"));

        var (inputs, _) = InputDiscovery.Discover([Path.Combine(_folder, "in")]);
        var result = TestPipeline.Instance.Run(Assert.Single(inputs), new ReportOptions());

        Assert.Equal(main, result.Source.Path);
        Assert.Equal("corrupt", result.Error?.Code);
        var note = Assert.Single(result.Findings, f => f.Rule == "extraction.attachment");
        Assert.Equal("C.自评表.xlsx", note.Evidence);
    }
}
