using PerfEvalIngest.Ingest.Pdf;
using PerfEvalIngest.Ingest;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace PerfEvalIngest.Tests.Ingest;

/// <summary>The PDF reader on files made here (PdfPig's own writer, a second producer) and on broken input.</summary>
public sealed class PdfReportReaderTests
{
    private static Document Read(byte[] bytes, string name = "test.pdf") =>
        PdfReportReader.Instance.Read(SourceFile.FromBytes(name, bytes));

    private static string Other(string name) => Path.Combine(RepositoryPaths.Corpus, "pdf", "other", name);

    /// <summary>Pages with a running header, a footer page number and a number broken across two lines.</summary>
    private static byte[] PagesWithRunningText(int pages = 3)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (int n = 1; n <= pages; n++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText("Hongchuan Agriculture Centre self-evaluation", 9, new PdfPoint(72, 800), font);
            page.AddText($"- {n} -", 9, new PdfPoint(290, 30), font);
            page.AddText($"Body text of page {n} where the total spending came to 4957.6", 12, new PdfPoint(72, 700), font);
            page.AddText("2 in the year.", 12, new PdfPoint(72, 685), font);
        }
        return builder.Build();
    }

    [Fact]
    public void Running_headers_and_page_numbers_are_removed_and_pages_are_kept()
    {
        var document = Read(PagesWithRunningText());
        Assert.Null(document.Error);
        var texts = document.Paragraphs.Select(p => p.Original).ToList();
        Assert.Equal(3, texts.Count);
        Assert.DoesNotContain(texts, t => t.Contains("Hongchuan") || t.Contains("- 1 -"));
        Assert.Equal([1, 2, 3], document.Paragraphs.Select(p => p.Location.Page ?? 0));
    }

    [Fact]
    public void Two_threads_read_the_same_pages_in_the_same_order_as_one()
    {
        // Eleven pages: the later five are read from a second copy of the document. The running header and the page
        // numbers of those pages are still seen beside the others' and removed.
        var file = SourceFile.FromBytes("eleven.pdf", PagesWithRunningText(11));
        var one = PdfReportReader.Instance.Read(file);
        var two = PdfReportReader.Instance.Read(file, threads: 2);
        Assert.Equal(Enumerable.Range(1, 11).Select(n => $"Body text of page {n} where the total spending came to 4957.62 in the year."),
            two.Paragraphs.Select(p => p.Original));
        Assert.Equal(Enumerable.Range(1, 11), two.Paragraphs.Select(p => p.Location.Page ?? 0));
        Assert.Equal(one.Paragraphs.Select(p => (p.Original, p.Location)), two.Paragraphs.Select(p => (p.Original, p.Location)));
        Assert.Null(two.Error);
    }

    [Fact]
    public void A_number_broken_across_lines_is_rejoined()
    {
        var first = Read(PagesWithRunningText()).Paragraphs.First();
        Assert.Equal("Body text of page 1 where the total spending came to 4957.62 in the year.", first.Original);
    }

    [Fact]
    public void Chinese_lines_join_without_spaces_and_digits_stay_next_to_chinese()
    {
        var lines = PdfLineBuilder.Build([
            new PdfGlyph("2", 72, 78, 700, 710, 12, false), new PdfGlyph("0", 78, 84, 700, 710, 12, false),
            new PdfGlyph("年", 84, 96, 700, 710, 12, false), new PdfGlyph("度", 96, 108, 700, 710, 12, false),
        ]);
        Assert.Equal("20年度", Assert.Single(lines).Text);
        Assert.Equal("收入合计4957.62万元", PdfTextJoin.Lines(["收入合计4957.6", "2万元"]));
    }

    [Fact]
    public void An_image_only_pdf_has_no_text_layer_and_says_which_pages_need_ocr()
    {
        var builder = new PdfDocumentBuilder();
        var png = File.ReadAllBytes(Other("nanjing-02.page1.png"));
        for (int i = 0; i < 2; i++)
            builder.AddPage(PageSize.A4).AddPng(png, new PdfRectangle(0, 0, 595, 842));
        var document = Read(builder.Build());
        Assert.Equal("no-text-layer", document.Error?.Code);
        Assert.Contains("1、2", document.Error!.Message);
        Assert.Equal(2, document.Source.Pages);
    }

    /// <summary>The corpus's scanned copy (make-scanned.py: pages printed to grey pictures, no text).</summary>
    [Fact]
    public void The_corpus_scan_has_no_text_layer_and_names_both_pages()
    {
        var document = Read(File.ReadAllBytes(Other("hunan-03.scanned.pdf")), "hunan-03.scanned.pdf");
        Assert.Equal("no-text-layer", document.Error?.Code);
        Assert.Contains("第 1、2 页需要 OCR", document.Error!.Message);
        Assert.Empty(document.Blocks);
    }

    [Fact]
    public void A_scanned_page_among_text_pages_is_read_around_and_named_in_an_extraction_finding()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText("Page one has text.", 12, new PdfPoint(72, 700), font);
        builder.AddPage(PageSize.A4).AddPng(File.ReadAllBytes(Other("nanjing-02.page1.png")), new PdfRectangle(0, 0, 595, 842));
        builder.AddPage(PageSize.A4).AddText("Page three has text.", 12, new PdfPoint(72, 700), font);
        var document = Read(builder.Build());

        Assert.Null(document.Error);
        var text = string.Concat(document.Paragraphs.Select(p => p.Text));
        Assert.Equal("Page one has text.Page three has text.", text.Replace(" Page three", "Page three"));
        Assert.DoesNotContain(document.Blocks, b => b.Location.Page == 2);
        var issue = Assert.Single(document.IssueList);
        Assert.Equal(("no-text-layer", 2), (issue.Code, issue.Location.Page));

        var result = TestPipeline.Instance.Run(document, "scan.pdf", new ReportOptions());
        var finding = Assert.Single(result.Findings, f => f.Category == "extraction");
        Assert.Equal("extraction.no-text-layer", finding.Rule);
        Assert.Contains("第 2 页没有可读的文字层", finding.Message);
    }

    [Fact]
    public void Past_the_page_limit_the_first_pages_are_read_and_the_file_is_too_large()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (int n = 1; n <= 5; n++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText($"Page {n} of the report, a paragraph that runs to the margin and", 12, new PdfPoint(72, 700), font);
            page.AddText("ends here.", 12, new PdfPoint(72, 685), font);
        }
        var document = new PdfReportReader(maxPages: 3).Read(SourceFile.FromBytes("long.pdf", builder.Build()));
        Assert.Equal("too-large", document.Error?.Code);
        Assert.Contains("共 5 页，只读取了前 3 页", document.Error!.Message);
        Assert.Equal(5, document.Source.Pages);
        Assert.Equal([1, 2, 3], document.Paragraphs.Select(p => p.Location.Page ?? 0));
        Assert.StartsWith("Page 3 of the report", document.Paragraphs.Last().Original);
    }

    [Fact]
    public void A_page_past_the_glyph_limit_is_read_up_to_it_and_named()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var line = new string('8', 100);
        for (int row = 0; row * 100 <= PdfPageContent.MaxGlyphs; row++)
            page.AddText(line, 4, new PdfPoint(20, 830 - 4 * (row % 200)), font);
        var document = Read(builder.Build());
        Assert.Null(document.Error);
        var issue = Assert.Single(document.IssueList);
        Assert.Equal(("page-truncated", 1), (issue.Code, issue.Location.Page));
        Assert.Contains($"第 1 页字符超过 {PdfPageContent.MaxGlyphs} 个", issue.Message);
    }

    [Fact]
    public void A_pdf_needing_a_user_password_is_encrypted_and_an_owner_password_only_one_is_read()
    {
        Assert.Equal("encrypted", Read(File.ReadAllBytes(Other("hunan-03.user-password.pdf"))).Error?.Code);
        var ownerOnly = Read(File.ReadAllBytes(Other("hunan-03.owner-password.pdf")));
        Assert.Null(ownerOnly.Error);
        Assert.NotEmpty(ownerOnly.Paragraphs);
    }

    [Fact]
    public void A_truncated_pdf_is_corrupt()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, "pdf", "hunan-01.pdf"));
        var document = Read(bytes[..(bytes.Length / 2)]);
        Assert.Equal("corrupt", document.Error?.Code);
    }

    [Fact]
    public void Random_bytes_are_corrupt_and_never_throw()
    {
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        Assert.Equal("corrupt", Read(bytes).Error?.Code);
        Assert.Equal("corrupt", Read("%PDF-1.7\n%garbage"u8.ToArray()).Error?.Code);
    }

    [Fact]
    public void Flipped_bytes_never_escape_the_reader()
    {
        var original = File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, "pdf", "hunan-03.pdf"));
        var random = new Random(11);
        for (int run = 0; run < 10; run++)
        {
            var bytes = (byte[])original.Clone();
            for (int i = 0; i < 40; i++) bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
            var document = Read(bytes);
            Assert.True(document.Error == null || document.Error.Code is "corrupt" or "empty" or "no-text-layer");
        }
    }
}
