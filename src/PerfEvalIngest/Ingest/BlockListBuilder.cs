using PerfEvalIngest.Ingest.Text;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Ingest;

/// <summary>
/// Collects blocks in reading order and numbers them: paragraphs 1, 2, 3 … and tables T1, T2 …. Shared by the
/// readers so every format numbers locations the same way.
/// </summary>
internal sealed class BlockListBuilder
{
    private int _paragraphs;
    private int _tables;
    public List<Block> Blocks { get; } = [];

    /// <summary>No real paragraph comes near this; a longer one is cut at sentence ends so that every later stage
    /// works on bounded pieces whatever the input.</summary>
    public const int MaxParagraphLength = 5000;

    /// <summary>Adds a paragraph unless it is blank; surrounding white space (ASCII or ideographic) is trimmed.</summary>
    /// <param name="pageStarts">For a paragraph that runs over page breaks, where each later page begins in
    /// <paramref name="original"/>.</param>
    public void AddParagraph(string original, StyleHints? style = null, int? page = null,
        IReadOnlyList<PageStart>? pageStarts = null)
    {
        var trimmed = original.TrimStart(' ', '\t', '\u3000', '\u00A0');
        int shift = original.Length - trimmed.Length;
        trimmed = trimmed.TrimEnd(' ', '\t', '\u3000', '\u00A0');
        if (trimmed.Length == 0) return;
        var starts = pageStarts?.Select(s => s with { Offset = s.Offset - shift }).ToList() ?? [];
        while (trimmed.Length > MaxParagraphLength)
        {
            // At a sentence's end if one is near, else at a clause's, so that no figure is cut in two.
            int cut = trimmed.LastIndexOfAny(['。', '；', '！', '？'], MaxParagraphLength - 1) + 1;
            if (cut <= MaxParagraphLength / 2) cut = trimmed.LastIndexOfAny(['，', '、', ',', ' ', '\t'], MaxParagraphLength - 1) + 1;
            if (cut <= MaxParagraphLength / 2) cut = MaxParagraphLength;
            Add(trimmed[..cut], style, page, starts);
            page = starts.LastOrDefault(s => s.Offset <= cut) is { Page: > 0 } moved ? moved.Page : page;
            starts = starts.Where(s => s.Offset > cut).Select(s => s with { Offset = s.Offset - cut }).ToList();
            trimmed = trimmed[cut..];
        }
        Add(trimmed, style, page, starts);
    }

    private void Add(string trimmed, StyleHints? style, int? page, IReadOnlyList<PageStart> starts)
    {
        _paragraphs++;
        var within = starts.Where(s => s.Offset > 0 && s.Offset < trimmed.Length && s.Page != page).ToList();
        Blocks.Add(new Paragraph(Blocks.Count, TextFold.Fold(trimmed), trimmed, style ?? StyleHints.None,
            new Location(Paragraph: _paragraphs, Page: page)) { PageStarts = within.Count > 0 ? within : null });
    }

    /// <summary>Adds a table from rows of cell texts. One row is no table (a dump often wraps a title in a cell):
    /// its cells become paragraphs.</summary>
    public void AddTableOrParagraphs(List<List<string>> rows, int? page = null)
    {
        if (rows.Count < 2 || rows.Max(r => r.Count) < 2)
        {
            foreach (var text in rows.SelectMany(r => r).SelectMany(t => t.Split('\n')))
                AddParagraph(text, page: page);
            return;
        }
        var (cells, rowCount, colCount) = TabTableParser.BuildGrid(rows);
        AddTable(cells, rowCount, colCount, page);
    }

    /// <param name="rowPages">The page of each row, for a table that runs over pages.</param>
    public void AddTable(IReadOnlyList<TableCell> cells, int rowCount, int colCount, int? page = null,
        IReadOnlyList<int>? rowPages = null)
    {
        _tables++;
        var id = $"T{_tables}";
        var folded = cells.Select(c => c with { Text = TextFold.Fold(c.Text) }).ToList();
        bool onePage = rowPages == null || rowPages.All(p => p == page);
        Blocks.Add(new Table(Blocks.Count, id, CaptionBefore(), folded, rowCount, colCount,
            new Location(Page: page, Table: id)) { RowPages = onePage ? null : rowPages });
    }

    /// <summary>The short paragraph just before a table names it (a numbered heading, "表1 …" or "单位：万元").</summary>
    private string? CaptionBefore()
    {
        if (Blocks.Count == 0 || Blocks[^1] is not Paragraph p) return null;
        return p.Text.Length <= 40 ? p.Text : null;
    }
}
