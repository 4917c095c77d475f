using PerfEvalIngest.DocumentModel;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace PerfEvalIngest.Ingest.Pdf;

/// <summary>
/// Reads PDF reports with PdfPig: glyphs → lines → running headers, footers and page numbers removed → tables
/// from ruling lines → paragraphs in reading order, with page numbers in every location. Trouble becomes
/// <see cref="Document.Error"/>: "encrypted" (a user password is needed), "corrupt" (the file or some pages could
/// not be parsed; the pages that could are kept), "no-text-layer" (only scanned images, or characters without a
/// Unicode map; OCR is not done),
/// "too-large" (more pages than <see cref="MaxPages"/>; the first ones are read).
/// </summary>
internal sealed class PdfReportReader : IDocumentReader
{
    public static PdfReportReader Instance { get; } = new();

    /// <summary>Pages read at most; every page costs bounded time (see <see cref="PdfPageContent.MaxGlyphs"/>).</summary>
    public const int MaxPages = 2_000;

    private readonly int _maxPages;

    /// <param name="maxPages">Pages read at most (<see cref="MaxPages"/>; lower only to test the limit).</param>
    public PdfReportReader(int maxPages = MaxPages) => _maxPages = maxPages;

    /// <summary>PdfPig parses the metrics of all 14 standard fonts the first time a document opens, whether or not the
    /// document uses them: about 40 ms of processor time, which a one-file check otherwise spends waiting with the
    /// file already loaded. Done on the thread pool instead, while the process reads the file and loads its knowledge.</summary>
    public void Prepare() => Task.Run(() => UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14.GetAdobeFontMetrics("Helvetica"));

    public string Format => "pdf";
    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    /// <summary>A long document read alone splits its pages between two threads.</summary>
    private const int MinPagesPerThread = 4;

    public Document Read(SourceFile file) => Read(file, threads: 1);

    public Document Read(SourceFile file, int threads)
    {
        PdfDocument pdf;
        try
        {
            pdf = Open(file);
        }
        catch (PdfDocumentEncryptedException)
        {
            return new Document(file.Info(Format), [], new ReadError("encrypted",
                "文件已加密，需要打开密码 / the PDF needs a user password to open"));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new Document(file.Info(Format), [], ReadError.Corrupt($"PDF 无法解析 / not a readable PDF ({e.GetType().Name})"));
        }
        using (pdf)
            return Read(file, pdf, threads);
    }

    private static PdfDocument Open(SourceFile file) => PdfDocument.Open(file.Bytes, new ParsingOptions { UseLenientParsing = true });

    private Document Read(SourceFile file, PdfDocument pdf, int threads)
    {
        var (pageCount, countProblem) = PdfPageGuard.Run(() => (object)pdf.NumberOfPages);
        if (pageCount is not int total)
            return new Document(file.Info(Format), [], ReadError.Corrupt($"页面树损坏 / broken page tree ({countProblem})"));

        var read = ReadPages(file, pdf, Math.Min(total, _maxPages), threads);
        var pages = read.OfType<PdfPageContent>().ToList();
        var failed = Enumerable.Range(1, read.Length).Where(n => read[n - 1] == null).ToList();

        // A page whose characters are no text (fonts without a Unicode map) is read as a scan: not at all.
        var misencoded = pages.Where(p => PdfGlyphText.IsMisencoded(p.Glyphs)).Select(p => p.Number).ToHashSet();
        pages = pages.Select(p => PdfGlyphText.IsReadable(p.Glyphs) && !misencoded.Contains(p.Number) ? p : p with { Glyphs = [], Unmapped = true }).ToList();
        var builder = new BlockListBuilder();
        var issues = new List<ExtractionIssue>();
        PdfParagraphBuilder.Build(PdfPageLayout.Items(pages, issues, threads), builder);
        var info = file.Info(Format, pages: total);
        // A page without text is a scan when it shows an image; without either it is blank, which a reviewer wants
        // to hear about (a spill page after the 目录) but which needs no OCR.
        var scanned = pages.Where(p => p.NeedsOcr).Select(p => p.Number).ToList();
        var blank = pages.Where(p => p.HasNoText && !p.NeedsOcr).Select(p => p.Number).ToList();

        ReadError? error = null;
        if (failed.Count > 0)
            error = ReadError.Corrupt($"第 {Pages(failed)} 页无法解析，其余页已读取 / pages {Pages(failed)} could not be parsed");
        else if (misencoded.Count > 0 && scanned.Count + blank.Count == pages.Count)
            error = ReadError.Corrupt($"文字层编码错误（UTF-8 文字存放在单字节字体中，显示为乱码），第 {Pages(misencoded.Order().ToList())} 页无法读取 / the text layer is mis-encoded (UTF-8 in a one-byte font): pages {Pages(misencoded.Order().ToList())} cannot be read");
        else if (pages.Count > 0 && scanned.Count > 0 && scanned.Count + blank.Count == pages.Count)
            error = new ReadError("no-text-layer",
                $"没有可读的文字层（扫描件，或字体没有 Unicode 映射），第 {Pages(scanned)} 页需要 OCR 识别 / no readable text layer: pages {Pages(scanned)} need OCR");
        else if (pages.Count > 0 && blank.Count == pages.Count)
            error = ReadError.Empty($"每一页都是空白页 / every page ({Pages(blank)}) is blank");
        else if (total > _maxPages)
            error = new ReadError("too-large", $"共 {total} 页，只读取了前 {_maxPages} 页 / {total} pages, read the first {_maxPages}");
        else if (pages.Count == 0)
            error = ReadError.Empty("没有页面 / no pages");

        // Some pages scanned among pages with text: the text is read, and the scanned pages are named.
        if (error == null && scanned.Count > 0)
            issues.Add(new ExtractionIssue("no-text-layer",
                $"第 {Pages(scanned)} 页没有可读的文字层（扫描页），未能检查，需要 OCR 识别 / pages {Pages(scanned)} have no readable text layer and were not checked",
                new Location(Page: scanned[0])));
        if (error == null)
            // A blank page amid the text (a spill page after the 目录) is a slip to mend; one at the end is a note.
            issues.AddRange(blank.Select(n => new ExtractionIssue("blank-page",
                $"第 {n} 页是空白页 / page {n} is blank", new Location(Page: n), Minor: n == total)));
        // A page past the glyph limit is read up to it: the rest of that page was not checked.
        var truncated = pages.Where(p => p.Truncated).Select(p => p.Number).ToList();
        if (truncated.Count > 0)
            issues.Add(new ExtractionIssue("page-truncated",
                $"第 {Pages(truncated)} 页字符超过 {PdfPageContent.MaxGlyphs} 个，只读取了前 {PdfPageContent.MaxGlyphs} 个 / pages {Pages(truncated)} hold more than {PdfPageContent.MaxGlyphs} characters; the rest was not read",
                new Location(Page: truncated[0])));
        return new Document(info, builder.Blocks, error, Issues: issues.Count > 0 ? issues : null);
    }

    /// <summary>Pages 1 to <paramref name="last"/>, null where a page could not be parsed. Given a second thread and
    /// enough pages, the later half is read on the thread pool from a second copy of the document, since a PdfPig
    /// document serves one thread; each copy parses the fonts its pages use, so this pays only where a core would
    /// otherwise wait (one file checked alone). Every page is read the same way either way.</summary>
    private static PdfPageContent?[] ReadPages(SourceFile file, PdfDocument pdf, int last, int threads)
    {
        var contents = new PdfPageContent?[last];
        void Range(PdfDocument document, int from, int to)
        {
            for (int n = from; n <= to; n++)
            {
                int number = n;
                contents[n - 1] = PdfPageGuard.Run(() => PdfPageContent.From(document.GetPage(number))).Value;
            }
        }
        if (threads < 2 || last < 2 * MinPagesPerThread)
        {
            Range(pdf, 1, last);
            return contents;
        }
        int half = (last + 1) / 2;
        var later = Task.Run(() =>
        {
            // It opened once already; should a second opening fail all the same, this thread reads those pages too.
            var (copy, _) = PdfPageGuard.Run(() => Open(file));
            if (copy == null) return false;
            using (copy) Range(copy, half + 1, last);
            return true;
        });
        Range(pdf, 1, half);
        if (!later.GetAwaiter().GetResult()) Range(pdf, half + 1, last);
        return contents;
    }

    private static string Pages(IReadOnlyList<int> pages) =>
        pages.Count <= 20 ? string.Join("、", pages) : $"{string.Join("、", pages.Take(20))} 等 {pages.Count} 页";
}
