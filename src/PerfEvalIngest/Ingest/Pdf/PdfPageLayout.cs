using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Ingest.Pdf;

/// <summary>
/// Turns the pages' glyphs and rulings into one reading-order stream: on each page, tables from ruling lines, then
/// tables from column alignment among the glyphs left, the remaining glyphs as lines, running text removed, then lines and tables top to bottom.
/// </summary>
internal static class PdfPageLayout
{
    public static IReadOnlyList<PdfPageItem> Items(IReadOnlyList<PdfPageContent> pages) => Items(pages, []);

    /// <summary>The same, naming in <paramref name="issues"/> each page whose tables could not be made out: that page
    /// is read as plain lines, so a table finder's trouble costs one page's tables, never the file. Pages are laid out
    /// each on its own, on up to <paramref name="threads"/> threads; the result is the same for any number.</summary>
    public static IReadOnlyList<PdfPageItem> Items(IReadOnlyList<PdfPageContent> pages, List<ExtractionIssue> issues, int threads = 1)
    {
        var laid = new (List<PdfTable>? Tables, string? Problem, IReadOnlyList<PdfLine> Lines)[pages.Count];
        if (threads > 1)
            Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => laid[i] = LayOut(pages[i]));
        else
            for (int i = 0; i < pages.Count; i++) laid[i] = LayOut(pages[i]);

        var tables = new List<IReadOnlyList<PdfTable>>(pages.Count);
        var pageLines = new List<PdfRunningTextFilter.PageLines>(pages.Count);
        for (int i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            if (laid[i].Tables == null)
                issues.Add(new ExtractionIssue("table-unread",
                    $"第 {page.Number} 页的表格未能识别，已按文字读取 / the tables on page {page.Number} could not be made out and were read as text ({laid[i].Problem})",
                    new Location(Page: page.Number)));
            tables.Add(laid[i].Tables ?? []);
            pageLines.Add(new PdfRunningTextFilter.PageLines(page.Number, page.Height, laid[i].Lines));
        }

        var filtered = PdfRunningTextFilter.Filter(pageLines);
        var items = new List<PdfPageItem>();
        for (int i = 0; i < pages.Count; i++)
        {
            var onPage = filtered[i].Lines.Select(l => (PdfPageItem)new PdfLineItem(pages[i].Number, l))
                .Concat(tables[i].Select(t => new PdfTableItem(pages[i].Number, t)))
                .OrderByDescending(item => item.Top);
            items.AddRange(onPage);
        }
        return items;
    }

    /// <summary>One page's tables (null, with the reason, where they could not be made out) and its other glyphs as lines.</summary>
    private static (List<PdfTable>? Tables, string? Problem, IReadOnlyList<PdfLine> Lines) LayOut(PdfPageContent page)
    {
        var (found, problem) = PdfPageGuard.Run(() => Tables(page));
        var inTables = found ?? [];
        return (found, problem, PdfLineBuilder.Build(page.Glyphs.Where(g => !inTables.Any(t => t.Contains(g)))));
    }

    private static List<PdfTable> Tables(PdfPageContent page)
    {
        var found = PdfRuledTableFinder.Find(page.Rulings, page.Glyphs)
            .Where(t => t.ColumnCount >= 2).ToList();
        var rest = page.Glyphs.Where(g => !found.Any(t => t.Contains(g))).ToList();
        found.AddRange(PdfAlignedTableFinder.Find(rest));
        return found;
    }
}
