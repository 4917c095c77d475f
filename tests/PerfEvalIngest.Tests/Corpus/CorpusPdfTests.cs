using PerfEvalIngest.Ingest;
using PerfEvalIngest.Model;
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

    /// <summary>
    /// Documents below the floors, with what they reach today (measured, rounded down; not wished). Headings and
    /// facts are close; tables are not: rows of a table cut by a page break are lost or split, and cells merged in
    /// Word come out of LibreOffice's PDF without the rulings the table finder needs. A document listed here must not
    /// fall below its figures; lifting it to the floors is open work.
    /// </summary>
    private static readonly Dictionary<string, (double Headings, double Cells, double Facts)> Reached = new()
    {
        ["hunan-01"] = (1.00, 0.35, 0.95),
        ["hunan-02"] = (1.00, 0.77, 0.99),
        ["hunan-03"] = (1.00, 0.52, 1.00),
        ["nanjing-02"] = (1.00, 0.41, 0.98),
        ["nanjing-03"] = (1.00, 0.54, 0.99),
        ["suzhou-01"] = (0.91, 0.90, 0.85),
        ["suzhou-02"] = (0.92, 0.73, 0.98),
        ["suzhou-03"] = (0.90, 0.61, 0.98),
    };

    /// <summary>Findings that differ between the PDF and the Word version today, each caused by the table or
    /// number-joining gaps above (a 预算信息 table not found; a figure split across lines: 102.33% read as 1 and
    /// 02.33%, 3.76% as -9 and 3.76%). Any other difference fails the test, and so does a listed one that goes away
    /// (then remove it here).</summary>
    private static readonly Dictionary<string, string[]> KnownDifferences = new()
    {
        ["hunan-01"] = ["only on .pdf: arithmetic.rate | 3.64% | 02.33%"],
        ["suzhou-01"] = ["only on .pdf: completeness.partial | 预算信息表 | 七、「预算信息」：只有标题，未见表格内容"],
        // The misread 自评表 row also reads as a missed target, so the claim checks fire on it.
        ["suzhou-03"] = ["only on .pdf: arithmetic.deviation | -93.76% | 3.76%",
            "only on .pdf: claim.all-met |  | 全面完成了年度总体绩效目标，各项目标", "only on .pdf: claim.top-grade |  | 等级为“优”"],
    };

    public static TheoryData<string> Reports => new(Directory.GetFiles(Path.Combine(RepositoryPaths.Corpus, "pdf"), "*.pdf")
        .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Reports))]
    public void A_corpus_pdf_agrees_with_its_text_version(string id)
    {
        var (text, pdf) = ReadBoth(id);
        var agreement = PdfAgreement.Measure(text, pdf);
        output.WriteLine($"{id}: {agreement}");
        foreach (var d in agreement.CellDifferences) output.WriteLine($"  {d}");
        foreach (var f in PdfAgreement.Minus(text.Facts!.Facts.Select(f => $"{f.Concept}|{f.Value}|{f.Unit}|{f.Text}"),
                     pdf.Facts!.Facts.Select(f => $"{f.Concept}|{f.Value}|{f.Unit}|{f.Text}")).Take(8))
            output.WriteLine($"  fact only in text: {f}");
        var (headingFloor, cellFloor, factFloor) = Reached.GetValueOrDefault(id, (HeadingFloor, CellFloor, FactFloor));
        Assert.True(agreement.Headings >= headingFloor, $"headings {agreement.Headings:P1} < {HeadingFloor:P0}: {agreement}");
        Assert.True(agreement.Cells >= cellFloor, $"table cells {agreement.Cells:P1} < {CellFloor:P0}: {agreement}");
        Assert.True(agreement.Facts >= factFloor, $"facts {agreement.Facts:P1} < {FactFloor:P0}: {agreement}");
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_same_findings_fire_on_the_pdf_as_on_the_text(string id)
    {
        var (text, pdf) = ReadBoth(id);
        var expected = text.Findings.Select(f => $"{f.Rule} | {f.Expected} | {f.Actual}").ToList();
        var actual = pdf.Findings.Select(f => $"{f.Rule} | {f.Expected} | {f.Actual}").ToList();
        var differences = PdfAgreement.Minus(expected, actual).Select(m => $"only on .docx: {m}")
            .Concat(PdfAgreement.Minus(actual, expected).Select(e => $"only on .pdf: {e}")).ToList();
        foreach (var d in differences) output.WriteLine(d);
        Assert.Equal(KnownDifferences.GetValueOrDefault(id, []), differences);
    }

    [Fact]
    public void Every_paragraph_and_table_of_a_corpus_pdf_has_a_page()
    {
        var (_, pdf) = ReadBoth("hunan-01");
        var pages = pdf.Source.Pages!.Value;
        Assert.True(pages > 1);
        var document = ReadPdf(Path.Combine(RepositoryPaths.Corpus, "pdf", "hunan-01.pdf"));
        Assert.All(document.Blocks, b => Assert.InRange(b.Location.Page ?? 0, 1, pages));
        Assert.True(document.Blocks.Select(b => b.Location.Page).Distinct().Count() > 1);
    }

    /// <summary>The same report rewritten by cairo reads without error and on the same pages. Known gap: cairo
    /// draws the fake-bold headings as outlines, which the ruling finder takes for tables, so paragraphs and tables do
    /// not yet match the LibreOffice copy.</summary>
    [Fact]
    public void A_pdf_from_another_producer_reads_without_error()
    {
        var cairo = ReadPdf(Path.Combine(RepositoryPaths.Corpus, "pdf", "other", "hunan-01.cairo.pdf"));
        var libre = ReadPdf(Path.Combine(RepositoryPaths.Corpus, "pdf", "hunan-01.pdf"));
        Assert.Null(cairo.Error);
        Assert.Equal(libre.Source.Pages, cairo.Source.Pages);
        Assert.Contains(cairo.Paragraphs, p => p.Text.Contains("澧安县林业局是县人民政府工作部门"));
    }

    internal static Document ReadPdf(string path) =>
        PdfReportReader.Instance.Read(SourceFile.FromBytes(path, File.ReadAllBytes(path)));

    /// <summary>The report as Word wrote it (corpus/docx, without its workbook attachments: the PDF is printed from
    /// the .docx alone) and as LibreOffice printed it to PDF.</summary>
    private static (ReportResult Text, ReportResult Pdf) ReadBoth(string id)
    {
        var docxPath = Path.Combine(RepositoryPaths.Corpus, "docx", id + ".docx");
        var text = DocxReportReader.Instance.Read(SourceFile.FromBytes(docxPath, File.ReadAllBytes(docxPath)));
        var pdf = ReadPdf(Path.Combine(RepositoryPaths.Corpus, "pdf", id + ".pdf"));
        Assert.Null(pdf.Error);
        return (TestPipeline.Instance.Run(text, id + ".docx", new ReportOptions()),
            TestPipeline.Instance.Run(pdf, id + ".pdf", new ReportOptions()));
    }
}
