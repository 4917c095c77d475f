namespace PerfEvalIngest.Ingest;

/// <summary>
/// Turns the pages' glyphs and rulings into one reading-order stream: on each page, tables from ruling lines, then
/// tables from column alignment among the glyphs left, the remaining glyphs as lines, running text removed, then lines and tables top to bottom.
/// </summary>
public static class PdfPageLayout
{
    public static IReadOnlyList<PdfPageItem> Items(IReadOnlyList<PdfPageContent> pages)
    {
        var tables = new List<IReadOnlyList<PdfTable>>(pages.Count);
        var pageLines = new List<PdfRunningTextFilter.PageLines>(pages.Count);
        foreach (var page in pages)
        {
            var found = PdfRuledTableFinder.Find(page.Rulings, page.Glyphs)
                .Where(t => t.ColumnCount >= 2).ToList();
            var rest = page.Glyphs.Where(g => !found.Any(t => t.Contains(g))).ToList();
            found.AddRange(PdfAlignedTableFinder.Find(rest));
            tables.Add(found);
            var body = rest.Where(g => !found.Any(t => t.Contains(g)));
            pageLines.Add(new PdfRunningTextFilter.PageLines(page.Number, page.Height, PdfLineBuilder.Build(body)));
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
}
