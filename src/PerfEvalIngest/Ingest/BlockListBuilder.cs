using PerfEvalIngest.Model;

namespace PerfEvalIngest.Ingest;

/// <summary>
/// Collects blocks in reading order and numbers them: paragraphs 1, 2, 3 … and tables T1, T2 …. Shared by the
/// readers so every format numbers locations the same way.
/// </summary>
public sealed class BlockListBuilder
{
    private int _paragraphs;
    private int _tables;
    public List<Block> Blocks { get; } = [];

    /// <summary>No real paragraph comes near this; a longer one is cut at sentence ends so that every later stage
    /// works on bounded pieces whatever the input.</summary>
    public const int MaxParagraphLength = 5000;

    /// <summary>Adds a paragraph unless it is blank; surrounding white space (ASCII or ideographic) is trimmed.</summary>
    public void AddParagraph(string original, StyleHints? style = null, int? page = null)
    {
        var trimmed = original.Trim(' ', '\t', '\u3000', '\u00A0');
        if (trimmed.Length == 0) return;
        while (trimmed.Length > MaxParagraphLength)
        {
            int cut = trimmed.LastIndexOfAny(['。', '；', '！', '？'], MaxParagraphLength - 1) + 1;
            if (cut <= MaxParagraphLength / 2) cut = MaxParagraphLength;
            Add(trimmed[..cut], style, page);
            trimmed = trimmed[cut..];
        }
        Add(trimmed, style, page);
    }

    private void Add(string trimmed, StyleHints? style, int? page)
    {
        _paragraphs++;
        Blocks.Add(new Paragraph(Blocks.Count, TextFold.Fold(trimmed), trimmed, style ?? StyleHints.None,
            new Location(Paragraph: _paragraphs, Page: page)));
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
