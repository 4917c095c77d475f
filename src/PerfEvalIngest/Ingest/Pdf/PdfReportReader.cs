using PerfEvalIngest.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace PerfEvalIngest.Ingest;

/// <summary>
/// Reads PDF reports with PdfPig: glyphs → lines → running headers, footers and page numbers removed → tables
/// from ruling lines → paragraphs in reading order, with page numbers in every location. Trouble becomes
/// <see cref="Document.Error"/>: "encrypted" (a user password is needed), "corrupt" (the file or some pages could
/// not be parsed; the pages that could are kept), "no-text-layer" (only scanned images; OCR is not done),
/// "too-large" (more pages than <see cref="MaxPages"/>; the first ones are read).
/// </summary>
public sealed class PdfReportReader : IDocumentReader
{
    public static PdfReportReader Instance { get; } = new();

    public string Format => "pdf";
    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    /// <summary>Pages read at most; every page costs bounded time (see <see cref="PdfPageContent.MaxGlyphs"/>).</summary>
    public const int MaxPages = 2_000;

    public Document Read(SourceFile file)
    {
        PdfDocument pdf;
        try
        {
            pdf = PdfDocument.Open(file.Bytes, new ParsingOptions { UseLenientParsing = true });
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
            return Read(file, pdf);
    }

    private Document Read(SourceFile file, PdfDocument pdf)
    {
        var (pageCount, countProblem) = PdfPageGuard.Run(() => (object)pdf.NumberOfPages);
        if (pageCount is not int total)
            return new Document(file.Info(Format), [], ReadError.Corrupt($"页面树损坏 / broken page tree ({countProblem})"));

        var pages = new List<PdfPageContent>();
        var failed = new List<int>();
        for (int n = 1; n <= Math.Min(total, MaxPages); n++)
        {
            int number = n;
            var (content, _) = PdfPageGuard.Run(() => PdfPageContent.From(pdf.GetPage(number)));
            if (content == null) failed.Add(number);
            else pages.Add(content);
        }

        var builder = new BlockListBuilder();
        PdfParagraphBuilder.Build(PdfPageLayout.Items(pages), builder);
        var info = file.Info(Format, pages: total);
        var blank = pages.Where(p => p.Glyphs.All(g => g.IsSpace)).Select(p => p.Number).ToList();

        ReadError? error = null;
        if (failed.Count > 0)
            error = ReadError.Corrupt($"第 {Pages(failed)} 页无法解析，其余页已读取 / pages {Pages(failed)} could not be parsed");
        else if (pages.Count > 0 && blank.Count == pages.Count)
            error = new ReadError("no-text-layer",
                $"没有文字层（扫描件），第 {Pages(blank)} 页需要 OCR 识别 / no text layer: pages {Pages(blank)} need OCR");
        else if (total > MaxPages)
            error = new ReadError("too-large", $"共 {total} 页，只读取了前 {MaxPages} 页 / {total} pages, read the first {MaxPages}");
        else if (pages.Count == 0)
            error = ReadError.Empty("没有页面 / no pages");

        // Some pages scanned among pages with text: the text is read, and the scanned pages are named.
        var issues = error == null && blank.Count > 0
            ? new[] { new ExtractionIssue("no-text-layer",
                $"第 {Pages(blank)} 页没有文字层（扫描页），未能检查，需要 OCR 识别 / pages {Pages(blank)} have no text layer and were not checked",
                new Location(Page: blank[0])) }
            : null;
        return new Document(info, builder.Blocks, error, Issues: issues);
    }

    private static string Pages(IReadOnlyList<int> pages) =>
        pages.Count <= 20 ? string.Join("、", pages) : $"{string.Join("、", pages.Take(20))} 等 {pages.Count} 页";
}
