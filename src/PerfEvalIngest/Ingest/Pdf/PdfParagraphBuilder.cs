using System.Text;
using System.Text.RegularExpressions;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Ingest.Pdf;

/// <summary>One thing on a page in reading order: a body line or a table.</summary>
internal abstract record PdfPageItem(int Page, double Top);
internal sealed record PdfLineItem(int Page, PdfLine Line) : PdfPageItem(Page, Line.Top);
/// <summary>A table; <paramref name="StartPage"/> is set when it began on an earlier page, and then
/// <paramref name="RowPages"/> holds the page of each row.</summary>
internal sealed record PdfTableItem(int Page, PdfTable Table, int? StartPage = null, IReadOnlyList<int>? RowPages = null)
    : PdfPageItem(Page, Table.Top)
{
    /// <summary>The page of every row, this item's own page where no earlier page is involved.</summary>
    public IReadOnlyList<int> PagesOfRows => RowPages ?? Enumerable.Repeat(Page, Table.RowCount).ToList();
}

/// <summary>
/// Joins lines into paragraphs across the whole document. A paragraph ends after a line that stops short of the
/// right margin, before a line that looks like a heading (a numbering label at its start, another size or weight,
/// centred), before an indented first line and at a gap wider than the usual line pitch. A paragraph that runs to
/// the margin at the foot of a page continues on the next page. A table whose columns line up with a table ending
/// the previous page continues it; a repeated header row is dropped.
/// </summary>
internal sealed partial class PdfParagraphBuilder
{
    [GeneratedRegex(@"^(?:[一二三四五六七八九十百]+\s*[、．.]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|\d{1,2}\s*[.、．](?!\d)|第[一二三四五六七八九十]+[章节部分]|[①-⑳])")]
    private static partial Regex HeadingLabel();

    /// <summary>Where a page's full lines begin and end.</summary>
    private sealed record Margins(double Left, double Right)
    {
        public double Centre => (Left + Right) / 2;
    }

    private readonly IReadOnlyDictionary<int, Margins> _margins;
    private readonly Margins _usual;
    private readonly double _pitch;

    private PdfParagraphBuilder(IReadOnlyDictionary<int, Margins> margins, Margins usual, double pitch)
    {
        _margins = margins;
        _usual = usual;
        _pitch = pitch;
    }

    private Margins At(int page) => _margins.GetValueOrDefault(page, _usual);

    public static bool LooksLikeHeading(string text) => HeadingLabel().IsMatch(text);

    /// <summary>Adds the items (pages in order, items top-down within a page) to <paramref name="blocks"/>.</summary>
    public static void Build(IReadOnlyList<PdfPageItem> items, BlockListBuilder blocks)
    {
        var lines = items.OfType<PdfLineItem>().Select(i => i.Line).ToList();
        if (lines.Count == 0 && !items.Any()) return;
        var usual = new Margins(lines.Count > 0 ? lines.Min(l => l.Left) : 0, RightMargin(lines));
        // Pages differ (a portrait 说明 beside landscape tables): a page with enough full lines has its own margins,
        // the others take those most pages have.
        var own = items.OfType<PdfLineItem>().GroupBy(i => i.Page)
            .Where(g => FullLines(g.Select(i => i.Line).ToList()) >= MinFullLines)
            .ToDictionary(g => g.Key, g => new Margins(g.Min(i => i.Line.Left), RightMargin(g.Select(i => i.Line).ToList())));
        if (own.Count > 0)
        {
            var common = own.Values.GroupBy(m => Math.Round(m.Right / 10)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First();
            usual = new Margins(common.Min(m => m.Left), common.Select(m => m.Right).Order().ElementAt(common.Count() / 2));
        }
        new PdfParagraphBuilder(own, usual, UsualPitch(items)).Run(items, blocks);
    }

    /// <summary>Lines a page needs to reach its right margin before its own margins are trusted.</summary>
    private const int MinFullLines = 3;

    private static int FullLines(IReadOnlyList<PdfLine> lines)
    {
        double max = lines.Max(l => l.Right);
        return lines.Count(l => l.Right >= max - 3 * l.Size);
    }

    /// <summary>Where full lines end: the middle of the right edges near the rightmost one. The rightmost edge itself
    /// is no measure, since a line may end in punctuation hung or squeezed past the margin.</summary>
    private static double RightMargin(IReadOnlyList<PdfLine> lines)
    {
        if (lines.Count == 0) return 0;
        double max = lines.Max(l => l.Right);
        var full = lines.Where(l => l.Right >= max - 3 * l.Size).Select(l => l.Right).Order().ToList();
        return full[full.Count / 2];
    }

    /// <summary>The most common baseline distance between consecutive lines of one page: the line pitch.</summary>
    private static double UsualPitch(IReadOnlyList<PdfPageItem> items)
    {
        var gaps = new List<double>();
        for (int i = 1; i < items.Count; i++)
            if (items[i] is PdfLineItem b && items[i - 1] is PdfLineItem a && a.Page == b.Page)
                gaps.Add(Math.Round(a.Line.Baseline - b.Line.Baseline));
        return gaps.Count == 0 ? 0 : gaps.GroupBy(g => g).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    private void Run(IReadOnlyList<PdfPageItem> items, BlockListBuilder blocks)
    {
        var units = new List<object>();   // (PdfTable, page) or paragraph lines
        List<PdfLineItem>? paragraph = null;
        PdfTableItem? lastTable = null;

        void EndParagraph()
        {
            if (paragraph != null) units.Add(paragraph);
            paragraph = null;
        }

        void AddLine(PdfLineItem line)
        {
            if (paragraph != null && EndsBefore(paragraph[^1], line)) EndParagraph();
            paragraph ??= [];
            paragraph.Add(line);
        }

        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is PdfTableItem t)
            {
                bool continues = paragraph == null && lastTable != null && units.Count > 0 && ReferenceEquals(units[^1], lastTable)
                    && t.Page == lastTable.Page + 1 && IsFirstOnPage(items, i) && lastTable.Table.ColumnsLineUpWith(t.Table);
                if (!continues && t.Table.WithoutLead is { } alone)
                {
                    // Not the rest of a table: the short lines over it are text, read like any other lines.
                    foreach (var lead in t.Table.Lead) AddLine(new PdfLineItem(t.Page, lead));
                    t = t with { Table = alone };
                }
                EndParagraph();
                if (continues)
                {
                    var joined = lastTable!.Table.Append(WithoutRepeatedHeader(lastTable.Table, t.Table));
                    // Rows added by the continuation stand on its page; a row cut in two keeps the page it began on.
                    var rowPages = lastTable.PagesOfRows.Concat(Enumerable.Repeat(t.Page, joined.RowCount - lastTable.Table.RowCount)).ToList();
                    lastTable = new PdfTableItem(t.Page, joined, lastTable.StartPage ?? lastTable.Page, rowPages);
                    units[^1] = lastTable;
                    continue;
                }
                lastTable = t;
                units.Add(t);
                continue;
            }
            AddLine((PdfLineItem)item);
        }
        EndParagraph();

        foreach (var unit in units)
        {
            if (unit is PdfTableItem table)
            {
                var found = table.Table.WithGroupCellsMergedDown();
                blocks.AddTable(found.Cells, found.RowCount, found.ColumnCount, table.StartPage ?? table.Page, table.RowPages);
                continue;
            }
            var p = (List<PdfLineItem>)unit;
            var (text, pageStarts) = Joined(p);
            blocks.AddParagraph(text, Style(p), p[0].Page, pageStarts);
        }
    }

    /// <summary>A paragraph's lines joined into its text, with the offset where each later page begins, so that a
    /// figure after a page break is located on its own page.</summary>
    private static (string Text, List<PageStart>? PageStarts) Joined(List<PdfLineItem> lines)
    {
        var text = new System.Text.StringBuilder();
        List<PageStart>? starts = null;
        int page = lines[0].Page;
        foreach (var item in lines)
        {
            var line = item.Line.Text.Trim();
            if (line.Length == 0) continue;
            if (item.Page != page)
            {
                page = item.Page;
                (starts ??= []).Add(new PageStart(text.Length, page));
            }
            PdfTextJoin.Append(text, line);
        }
        return (text.ToString(), starts);
    }

    private static bool IsFirstOnPage(IReadOnlyList<PdfPageItem> items, int i) => i == 0 || items[i - 1].Page != items[i].Page;

    private static PdfTable WithoutRepeatedHeader(PdfTable above, PdfTable below)
    {
        var headerAbove = above.Cells.Where(c => c.Row == 0).Select(c => (c.Col, c.Text)).ToList();
        var headerBelow = below.Cells.Where(c => c.Row == 0).Select(c => (c.Col, c.Text)).ToList();
        if (below.RowCount < 2 || !headerAbove.SequenceEqual(headerBelow) || below.Cells.Any(c => c.Row == 0 && c.RowSpan > 1))
            return below;
        return below with
        {
            Cells = below.Cells.Where(c => c.Row > 0).Select(c => c with { Row = c.Row - 1 }).ToList(),
            RowCount = below.RowCount - 1,
        };
    }

    private bool EndsBefore(PdfLineItem previous, PdfLineItem next)
    {
        var a = previous.Line;
        var b = next.Line;
        if (LooksLikeHeading(b.Text)) return true;
        if (Math.Abs(a.Size - b.Size) > 0.6 || a.Bold != b.Bold) return true;
        // The next line's first word would have fitted at the end of this one, so this one ended by itself — unless
        // this one ran to the margin and stops mid-sentence ("…支出决算为" | "80.38 万元。"): a producer that keeps a
        // figure with its unit breaks earlier than the estimate of the figure's width allows.
        var margins = At(previous.Page);
        bool stopsMidSentence = a.Text.Length > 0 && StopsMidSentence(a.Text[^1]) && a.Right >= margins.Right - 6 * a.Size
                                && !LooksLikeHeading(a.Text);
        if (!stopsMidSentence && !PdfLineBreaks.Wrapped(a.Right, b.Text, b.Size, margins.Right)) return true;
        if (IsCentred(previous) || IsCentred(next)) return true;
        var nextMargins = At(next.Page);
        if (b.Left > nextMargins.Left + 1.5 * b.Size && a.Left <= margins.Left + 0.5 * a.Size) return true;
        if (previous.Page == next.Page && _pitch > 0 && a.Baseline - b.Baseline > _pitch * 1.3) return true;
        return false;
    }

    /// <summary>A character no paragraph ends on: a Chinese character, a digit (a figure whose unit is on the next line),
    /// or a comma, enumeration comma or opening mark.</summary>
    private static bool StopsMidSentence(char c) => c is >= '\u4e00' and <= '\u9fff' or '，' or '、' or '（' or '“' or '《' or ',' || char.IsAsciiDigit(c);

    // A first line indented by two characters that ends early also sits near the middle of the page: only a line that
    // stops well short of both margins, by about as much on each side, counts as centred.
    private bool IsCentred(PdfLineItem item)
    {
        var (line, m) = (item.Line, At(item.Page));
        return line.Left > m.Left + 2.5 * line.Size && line.Right < m.Right - 2.5 * line.Size
               && Math.Abs(line.CentreX - m.Centre) < line.Size;
    }

    private StyleHints Style(List<PdfLineItem> lines)
    {
        var first = lines[0].Line;
        return new StyleHints(
            Bold: lines.Count(l => l.Line.Bold) * 2 > lines.Count,
            FontSize: (decimal)Math.Round(first.Size, 1),
            Centered: lines.Count == 1 && IsCentred(lines[0]));
    }
}
