using PerfEvalIngest.Ingest.Word;
using System.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PerfEvalIngest.Cli;
using PerfEvalIngest.Ingest;
using PerfEvalIngest.Tests.Ingest;
using PerfEvalIngest.Tests.Output.Html;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Output;

/// <summary>
/// One batch over the generated corpus and the seeds: every report gets its checklist as Markdown, Word and HTML;
/// every Word checklist is valid Open XML and LibreOffice lays every one out as a PDF; every HTML page parses without
/// an error and needs nothing from outside; index.html links every checklist.
/// </summary>
public sealed class ChecklistBatchTests : IClassFixture<ChecklistBatchTests.Batch>
{
    /// <summary>The batch, run once for the class.</summary>
    public sealed class Batch : IDisposable
    {
        public string Root { get; } = Directory.CreateTempSubdirectory("perfeval-checklists-").FullName;
        public string Output => Path.Combine(Root, "out");
        public IReadOnlyList<string> Names { get; }

        public Batch()
        {
            var inputs = new List<string> { Path.Combine(RepositoryPaths.Corpus, "reports") };
            if (RepositoryPaths.SeedsPresent) inputs.Add(RepositoryPaths.Seeds);
            PerfevalCommandLine.Run(["check", .. inputs, "-o", Output, "--fail-on", "never"], new StringWriter(), new StringWriter());
            Names = Directory.GetFiles(Path.Combine(Output, "reports"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();
        }

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }

    private readonly Batch _batch;

    public ChecklistBatchTests(Batch batch) => _batch = batch;

    private string Checklist(string name, string extension) => Path.Combine(_batch.Output, "checklists", name + extension);

    [Fact]
    public void Every_report_has_its_checklist_in_every_format()
    {
        Assert.Equal(17 + (RepositoryPaths.SeedsPresent ? 3 : 0), _batch.Names.Count);
        foreach (var name in _batch.Names)
            foreach (var extension in new[] { ".md", ".docx", ".html" })
                Assert.True(File.Exists(Checklist(name, extension)), name + extension);
    }

    [Fact]
    public void Every_word_checklist_is_valid_open_xml()
    {
        var validator = new OpenXmlValidator(FileFormatVersions.Office2010);
        foreach (var name in _batch.Names)
        {
            using var document = WordprocessingDocument.Open(Checklist(name, ".docx"), false);
            var errors = validator.Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, $"{name}.docx: {string.Join("; ", errors.Take(5))}");
        }
    }

    [Fact]
    public void Every_html_checklist_and_the_overview_parse_without_error_and_stand_alone()
    {
        foreach (var name in _batch.Names)
        {
            var html = File.ReadAllText(Checklist(name, ".html"));
            var document = HtmlDom.Parse(html);
            HtmlDom.AssertSelfContained(document);
            HtmlDom.AssertHtml5Chinese(document, html);
        }
        var index = File.ReadAllText(Path.Combine(_batch.Output, "index.html"));
        var overview = HtmlDom.Parse(index);
        var links = overview.QuerySelectorAll("a[href^='checklists/']").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!)).ToHashSet();
        Assert.Equal(_batch.Names.Select(n => $"checklists/{n}.html").ToHashSet(), links);
    }

    [SofficeFact]
    public void LibreOffice_converts_every_word_checklist_to_pdf()
    {
        var pdfs = Directory.CreateDirectory(Path.Combine(_batch.Root, "pdf")).FullName;
        var profile = new Uri(Path.Combine(_batch.Root, "profile")).AbsoluteUri;
        var start = new ProcessStartInfo(LegacyOfficeConverter.FindOnPath("soffice")!)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in new[] { $"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", pdfs })
            start.ArgumentList.Add(a);
        foreach (var name in _batch.Names) start.ArgumentList.Add(Checklist(name, ".docx"));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("LibreOffice did not finish in 5 minutes");
        }
        Assert.True(process.ExitCode == 0, output.Result + errors.Result);
        foreach (var name in _batch.Names)
        {
            var pdf = Path.Combine(pdfs, name + ".pdf");
            Assert.True(File.Exists(pdf) && new FileInfo(pdf).Length > 1000, $"{name}: no PDF ({output.Result} {errors.Result})");
        }
    }
}
