using System.Text;
using DocumentFormat.OpenXml;
using PerfEvalIngest.DocumentModel;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEvalIngest.Ingest.Word;

/// <summary>
/// Walks a document body in reading order and turns it into blocks: paragraphs with their list labels printed in
/// front, tables on their grid, text boxes after the paragraph that anchors them. One walker per read: list
/// counters and open fields follow document order.
/// </summary>
internal sealed class WordBodyWalker
{
    /// <summary>Text boxes inside table cells inside text boxes … stop somewhere; real documents nest two or three.</summary>
    private const int MaxNesting = 8;

    private readonly WordStyles _styles;
    private readonly WordNumberingDefinitions _numbering;
    private readonly WordListCounters _counters;
    private readonly WordParagraphText _text;
    private int _depth;

    public BlockListBuilder Builder { get; } = new();

    public WordBodyWalker(WordStyles styles, WordNumberingDefinitions numbering)
    {
        _styles = styles;
        _numbering = numbering;
        _counters = new WordListCounters(numbering);
        _text = new WordParagraphText(styles, new WordFieldState());
    }

    public void WalkBlocks(OpenXmlElement container)
    {
        if (_depth > MaxNesting) return;
        _depth++;
        try
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case W.Paragraph p: AddParagraph(p); break;
                    case W.Table t: AddTable(t); break;
                    case W.SdtBlock sdt when !IsTableOfContents(sdt):
                        if (sdt.SdtContentBlock is { } content) WalkBlocks(content);
                        break;
                    case W.CustomXmlBlock: WalkBlocks(child); break;
                    case AlternateContent alternate:
                        if (WordParagraphText.PickAlternative(alternate) is { } chosen) WalkBlocks(chosen);
                        break;
                }
            }
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>For each picture met, the number of blocks there were before the paragraph that holds it.</summary>
    public List<int> PicturePositions { get; } = [];

    private void AddParagraph(W.Paragraph p)
    {
        // Pictures (DrawingML pic:pic, or VML image data in older files); shapes and text boxes are not pictures.
        int pictures = p.Descendants<DocumentFormat.OpenXml.Drawing.Pictures.Picture>().Count()
                       + p.Descendants<DocumentFormat.OpenXml.Vml.ImageData>().Count();
        for (int i = 0; i < pictures; i++) PicturePositions.Add(Builder.Blocks.Count);
        var read = ReadParagraph(p);
        if (read == null) return;
        var (text, hints, boxes) = read.Value;
        var lines = text.Split('\n');
        Builder.AddParagraph(lines[0], hints);
        var rest = hints with { HeadingLevel = null, ListLabel = null };
        foreach (var line in lines.Skip(1)) Builder.AddParagraph(line, rest);
        foreach (var box in boxes) WalkBlocks(box);
    }

    /// <summary>The paragraph's printed text (label first) and look; null for a table-of-contents entry.</summary>
    private (string Text, StyleHints Hints, IReadOnlyList<W.TextBoxContent> Boxes)? ReadParagraph(W.Paragraph p)
    {
        var props = p.ParagraphProperties;
        var styleId = props?.ParagraphStyleId?.Val?.Value ?? _styles.DefaultParagraphStyleId;
        var style = _styles.Get(styleId);
        var runs = _text.Read(p, style);
        if (runs.InToc || style?.IsToc == true) return null;

        var label = NextLabel(props, style, styleId, out var level);
        var body = runs.Text;
        if (body.Trim(' ', '\t', '\u3000', '\u00A0', '\n').Length == 0) return null;
        var text = label == null ? body : label + WordListCounters.Separator(label, level) + body.TrimStart(' ', '\t', '\u3000');

        int? outline = props?.OutlineLevel?.Val?.Value;
        int? heading = outline switch
        {
            >= 0 and <= 8 => outline + 1,
            not null => null,
            null => style?.HeadingLevel,
        };
        bool centered = props?.Justification?.Val is { } j ? j.Value == W.JustificationValues.Center : style?.Centered ?? false;
        var hints = new StyleHints(heading, runs.AllBold, runs.FontSize ?? style?.FontSize ?? _styles.DefaultFontSize,
            label, centered);
        return (text, hints, runs.TextBoxes);
    }

    /// <summary>Numbering set on the paragraph wins over its style's; numId 0 on the paragraph switches the style's
    /// list off. A style linked to a list level gives that level when the paragraph names none.</summary>
    private string? NextLabel(W.ParagraphProperties? props, WordStyle? style, string? styleId, out WordListLevel? level)
    {
        level = null;
        var numPr = props?.NumberingProperties;
        int? numId = numPr?.NumberingId?.Val?.Value ?? style?.NumId;
        if (numId is not int id || id == 0) return null;
        int ilvl = numPr?.NumberingLevelReference?.Val?.Value
                   ?? style?.NumLevel
                   ?? (styleId != null ? _numbering.LevelForStyle(id, styleId) : null)
                   ?? 0;
        level = _numbering.Level(id, ilvl);
        var label = _counters.Next(id, ilvl);
        return string.IsNullOrEmpty(label) ? null : label;
    }

    private void AddTable(W.Table table)
    {
        var layout = WordTableReader.Layout(table);
        if (layout.RowCount < 2 || layout.ColumnCount < 2)
        {
            // A one-row or one-column table is a frame around text (a boxed title, a whole report in one cell):
            // its paragraphs are body paragraphs, headings included.
            foreach (var cell in layout.Cells)
                if (cell.Source != null) WalkBlocks(cell.Source);
            return;
        }
        var cells = layout.Cells
            .Select(c => new TableCell(c.Row, c.Col, c.RowSpan, c.ColSpan, c.Source == null ? "" : CellText(c.Source)))
            .ToList();
        Builder.AddTable(cells, layout.RowCount, layout.ColumnCount);
    }

    /// <summary>A cell's paragraphs one per line; a nested table's cells joined by spaces, one line per row.</summary>
    private string CellText(OpenXmlElement container)
    {
        var lines = new List<string>();
        AppendCellLines(container, lines, 0);
        return string.Join("\n", lines.Select(l => l.Trim(' ', '\t', '\u3000', '\u00A0')).Where(l => l.Length > 0));
    }

    private void AppendCellLines(OpenXmlElement container, List<string> lines, int depth)
    {
        if (depth > MaxNesting) return;
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case W.Paragraph p:
                    if (ReadParagraph(p) is { } read)
                    {
                        lines.AddRange(read.Text.Split('\n'));
                        foreach (var box in read.Boxes) AppendCellLines(box, lines, depth + 1);
                    }
                    break;
                case W.Table nested:
                    var layout = WordTableReader.Layout(nested);
                    foreach (var row in layout.Cells.Where(c => c.Source != null).GroupBy(c => c.Row))
                    {
                        var parts = row.Select(c => CellText(c.Source!).Replace('\n', ' ')).Where(t => t.Length > 0);
                        var joined = string.Join(" ", parts);
                        if (joined.Length > 0) lines.Add(joined);
                    }
                    break;
                case W.SdtBlock sdt when !IsTableOfContents(sdt):
                    if (sdt.SdtContentBlock is { } content) AppendCellLines(content, lines, depth + 1);
                    break;
                case W.CustomXmlBlock:
                    AppendCellLines(child, lines, depth + 1);
                    break;
            }
        }
    }

    private static bool IsTableOfContents(W.SdtBlock sdt)
    {
        var gallery = sdt.SdtProperties?.GetFirstChild<W.SdtContentDocPartObject>()?.GetFirstChild<W.DocPartGallery>()?.Val?.Value;
        return gallery != null && gallery.Contains("Table of Contents", StringComparison.OrdinalIgnoreCase);
    }
}
