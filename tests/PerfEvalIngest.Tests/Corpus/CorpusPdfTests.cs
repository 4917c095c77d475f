using PerfEvalIngest.Ingest.Pdf;
using PerfEvalIngest.Ingest.Word;
using PerfEvalIngest.Ingest;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Tests.Support;
using Xunit.Abstractions;

namespace PerfEvalIngest.Tests.Corpus;

/// <summary>
/// Each corpus report printed to PDF (corpus/pdf, made from corpus/docx by make-pdfs.sh) must say what its Word
/// version says:
/// headings, table cells and facts agree above fixed floors, and the same findings fire. The figures are printed
/// per document.
/// </summary>
public sealed class CorpusPdfTests(ITestOutputHelper output)
{
    private const double HeadingFloor = 0.98;
    private const double CellFloor = 0.97;
    private const double FactFloor = 0.98;

    public static TheoryData<string> Reports => new(Directory.GetFiles(Path.Combine(RepositoryPaths.Corpus, "pdf"), "*.pdf")
        .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Reports))]
    public void A_corpus_pdf_agrees_with_its_word_version(string id) =>
        AssertAgreement(id, Path.Combine(RepositoryPaths.Corpus, "pdf", id + ".pdf"));

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_same_findings_fire_on_the_pdf_as_on_the_word_version(string id) =>
        AssertSameFindings(id, Path.Combine(RepositoryPaths.Corpus, "pdf", id + ".pdf"));

    /// <summary>
    /// Harder copies in corpus/pdf/other (make-pdfs.sh): the same report rewritten by another producer (cairo: other
    /// fonts, other drawing of rules and glyphs); the report with its tables' borders taken away, so that tables are
    /// found from column alignment alone; the report with three pages shown turned (/Rotate 180, 90, 270), its 自评表
    /// among them; reports with a running header and a page-number footer on every page; and reports whose table cells keep the body's two-character first-line
    /// indent, as many hand-made Word tables do, so that a narrow cell prints one character on its first line and
    /// page breaks cut rows after it.
    /// </summary>
    [Theory]
    [InlineData("hunan-01.cairo.pdf", "hunan-01")]
    [InlineData("nanjing-03.borderless.pdf", "nanjing-03")]
    [InlineData("hunan-01.rotated.pdf", "hunan-01")]
    [InlineData("nanjing-01.running.pdf", "nanjing-01")]
    [InlineData("suzhou-02.running.pdf", "suzhou-02")]
    [InlineData("hunan-01.indented.pdf", "hunan-01")]
    [InlineData("nanjing-02.indented.pdf", "nanjing-02")]
    [InlineData("suzhou-03.indented.pdf", "suzhou-03")]
    public void A_harder_copy_agrees_as_well(string file, string id)
    {
        var path = Path.Combine(RepositoryPaths.Corpus, "pdf", "other", file);
        AssertAgreement(id, path);
        AssertSameFindings(id, path);
    }

    [Fact]
    public void The_running_header_and_page_numbers_of_every_page_are_dropped()
    {
        var document = ReadPdf(Path.Combine(RepositoryPaths.Corpus, "pdf", "other", "nanjing-01.running.pdf"));
        Assert.True(document.Source.Pages > 5);
        Assert.DoesNotContain(document.Paragraphs, p => p.Original.Contains("泓川市农业技术推广中心2023年度部门整体支出绩效自评报告"));
        Assert.DoesNotContain(document.Paragraphs, p => System.Text.RegularExpressions.Regex.IsMatch(p.Original, @"-\s*\d+\s*-"));
    }

    private void AssertAgreement(string id, string pdfPath)
    {
        var (word, pdf) = ReadBoth(id, pdfPath);
        var agreement = PdfAgreement.Measure(word, pdf);
        output.WriteLine($"{id}: {agreement}");
        foreach (var d in agreement.CellDifferences) output.WriteLine($"  {d}");
        var (wordHeadings, pdfHeadings) = (PdfAgreement.HeadingKeys(word), PdfAgreement.HeadingKeys(pdf));
        var (wordFacts, pdfFacts) = (PdfAgreement.FactKeys(word), PdfAgreement.FactKeys(pdf));
        foreach (var h in PdfAgreement.Minus(wordHeadings, pdfHeadings)) output.WriteLine($"  heading only in .docx: {h}");
        foreach (var h in PdfAgreement.Minus(pdfHeadings, wordHeadings)) output.WriteLine($"  heading only in .pdf: {h}");
        foreach (var f in PdfAgreement.Minus(wordFacts, pdfFacts)) output.WriteLine($"  fact only in .docx: {f}");
        foreach (var f in PdfAgreement.Minus(pdfFacts, wordFacts)) output.WriteLine($"  fact only in .pdf: {f}");
        Assert.True(agreement.Headings >= HeadingFloor, $"headings {agreement.Headings:P1} < {HeadingFloor:P0}: {agreement}");
        Assert.True(agreement.Cells >= CellFloor, $"table cells {agreement.Cells:P1} < {CellFloor:P0}: {agreement}");
        Assert.True(agreement.Facts >= FactFloor, $"facts {agreement.Facts:P1} < {FactFloor:P0}: {agreement}");
    }

    private void AssertSameFindings(string id, string pdfPath)
    {
        var (word, pdf) = ReadBoth(id, pdfPath);
        var expected = word.Findings.Select(f => $"{f.Rule} | {f.Expected} | {f.Actual}").ToList();
        var actual = pdf.Findings.Select(f => $"{f.Rule} | {f.Expected} | {f.Actual}").ToList();
        var differences = PdfAgreement.Minus(expected, actual).Select(m => $"only on .docx: {m}")
            .Concat(PdfAgreement.Minus(actual, expected).Select(e => $"only on .pdf: {e}")).ToList();
        foreach (var d in differences) output.WriteLine(d);
        Assert.Empty(differences);
    }

    [Fact]
    public void Every_block_of_a_corpus_pdf_has_its_page_and_facts_carry_it()
    {
        var document = ReadPdf(Path.Combine(RepositoryPaths.Corpus, "pdf", "hunan-01.pdf"));
        Assert.Equal(7, document.Source.Pages);
        Assert.All(document.Blocks, b => Assert.InRange(b.Location.Page ?? 0, 1, 7));
        var result = TestPipeline.Instance.Run(document, "hunan-01.pdf", new ReportOptions());
        // As pdftotext places them: 生态护林员补助资金's 执行率 on page 3, the 自评表 from the foot of page 6
        // (its header and 年度资金总额 row) on to page 7.
        var rate = Assert.Single(result.Facts!.Facts, f => f.Value == 93.08m);
        Assert.Equal(("budget.rate", 3), (rate.Concept, rate.Location.Page));
        Assert.Equal(6, Assert.Single(document.Tables).Location.Page);
    }

    internal static Document ReadPdf(string path) =>
        PdfReportReader.Instance.Read(SourceFile.FromBytes(path, File.ReadAllBytes(path)));

    /// <summary>The report as Word wrote it (corpus/docx, without its workbook attachments: the PDF is printed from
    /// the .docx alone) and as printed to PDF.</summary>
    private static (ReportResult Word, ReportResult Pdf) ReadBoth(string id, string pdfPath)
    {
        var docxPath = Path.Combine(RepositoryPaths.Corpus, "docx", id + ".docx");
        var text = DocxReportReader.Instance.Read(SourceFile.FromBytes(docxPath, File.ReadAllBytes(docxPath)));
        var pdf = ReadPdf(pdfPath);
        Assert.Null(pdf.Error);
        return (TestPipeline.Instance.Run(text, id + ".docx", new ReportOptions()),
            TestPipeline.Instance.Run(pdf, id + ".pdf", new ReportOptions()));
    }
}
