using System.Globalization;
using System.Text;

namespace PerfEvalIngest.Output.Word;

/// <summary>
/// Writes the few WordprocessingML pieces a checklist is made of straight into the document part: paragraphs of plain
/// text, cells with an optional fill, and fixed-width tables whose header row repeats on every page. A checklist is
/// laid out once and never read back, so it is written as it goes rather than built as an element tree first. The
/// text is what the Open XML SDK's elements would write, so a checklist keeps the bytes it had when they wrote it:
/// child elements in the order the schema requires (so Word, WPS and the Open XML validator all accept them),
/// attributes in the schema's order, and the SDK's spellings of values (<c>true</c>, <c>clear</c>, <c>restart</c>).
/// </summary>
/// <remarks>The markup is spelled out as <c>XmlWriter</c> spells it (one <c>w</c> prefix declared on the root, an
/// element without content closed as <c>&lt;w:b /&gt;</c>, <c>&amp; &lt; &gt;</c> escaped in text and those and the
/// quote in attribute values), since every piece comes from this class and holds only text <see cref="Clean"/> made
/// valid: going through <c>XmlWriter</c> cost a batch more time than the rest of the checklist.</remarks>
internal sealed class DocxBlocks
{
    private const string Ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private readonly StringBuilder _xml;
    private readonly Stack<string> _open = new();

    /// <summary>Whether the last start tag is still open: closed by <c>&gt;</c> when content follows, or as an empty
    /// element when none does.</summary>
    private bool _startTagOpen;

    private DocxBlocks(StringBuilder xml) => _xml = xml;

    /// <summary>The document element and its body around what <paramref name="body"/> writes, in the builder it was
    /// written into (a caller encodes it piece by piece); the root declares the <c>w</c> prefix, which every element
    /// after it shares.</summary>
    public static StringBuilder Document(Action<DocxBlocks> body)
    {
        var blocks = new DocxBlocks(new StringBuilder(1 << 15));
        blocks.Start("document");
        blocks._xml.Append(" xmlns:w=\"").Append(Ns).Append('"');
        blocks.Start("body");
        body(blocks);
        blocks.End();
        blocks.End();
        return blocks._xml;
    }

    /// <summary>A paragraph of one run; <paramref name="style"/> is a paragraph style id of <see cref="ChecklistDocxStyles"/>.</summary>
    public void Para(string text, string? style = null, bool bold = false, int indentTwips = 0)
    {
        Start("p");
        if (style != null || indentTwips > 0)
        {
            Start("pPr");
            if (style != null) Empty("pStyle", ("val", style));
            if (indentTwips > 0) Empty("ind", ("left", Twips(indentTwips)));
            End();
        }
        if (text.Length > 0) Run(text, bold);
        End();
    }

    /// <summary>"标签：值" with the label bold, for the header block and the note on a file that was not checked.</summary>
    public void Labelled(string label, string value)
    {
        Start("p");
        Run(label + "：", bold: true);
        Run(value);
        End();
    }

    /// <summary>Starts a fixed-layout table in the bordered checklist table style, as wide as the columns given, and
    /// writes its header row: bold titles on a grey fill, repeated at the top of every page the table runs onto, and
    /// never split across pages. The rows follow through <see cref="Row"/>, then <see cref="EndTable"/>.</summary>
    public void StartTable(IReadOnlyList<int> widths, IReadOnlyList<string> titles)
    {
        Start("tbl");
        Start("tblPr");
        Empty("tblStyle", ("val", ChecklistDocxStyles.Table));
        Empty("tblW", ("w", Twips(widths.Sum())), ("type", "dxa"));
        Empty("tblLayout", ("type", "fixed"));
        Empty("tblLook", ("val", "04A0"), ("firstRow", "true"), ("lastRow", "false"), ("firstColumn", "false"),
            ("lastColumn", "false"), ("noHBand", "true"), ("noVBand", "true"));
        End();
        Start("tblGrid");
        foreach (var w in widths) Empty("gridCol", ("w", Twips(w)));
        End();

        Start("tr");
        Start("trPr");
        Empty("cantSplit");
        Empty("tblHeader");
        End();
        for (var i = 0; i < titles.Count; i++)
            Cell(DocxCell.Text(widths[i], titles[i], ChecklistDocxStyles.HeaderFill, bold: true));
        End();
    }

    public void Row(params ReadOnlySpan<DocxCell> cells)
    {
        Start("tr");
        foreach (var cell in cells) Cell(cell);
        End();
    }

    public void EndTable() => End();

    /// <summary>The section's page: its size and margins in twentieths of a point, with no gutter.</summary>
    public void Page(int width, int height, int marginTopBottom, int marginSides, int header, int footer)
    {
        Start("sectPr");
        Empty("pgSz", ("w", Twips(width)), ("h", Twips(height)));
        Empty("pgMar", ("top", Twips(marginTopBottom)), ("right", Twips(marginSides)), ("bottom", Twips(marginTopBottom)),
            ("left", Twips(marginSides)), ("header", Twips(header)), ("footer", Twips(footer)), ("gutter", "0"));
        End();
    }

    /// <summary>A cell must hold at least one paragraph, so one without any gets an empty one.</summary>
    private void Cell(DocxCell cell)
    {
        Start("tc");
        Start("tcPr");
        Empty("tcW", ("w", Twips(cell.Width)), ("type", "dxa"));
        if (cell.Merge != VerticalMerge.None)
            Empty("vMerge", ("val", cell.Merge == VerticalMerge.Restart ? "restart" : "continue"));
        if (cell.Fill != null)
            Empty("shd", ("val", "clear"), ("color", "auto"), ("fill", cell.Fill));
        End();
        if (cell.Paragraphs.Count == 0) Para("", ChecklistDocxStyles.TableText);
        foreach (var text in cell.Paragraphs) Para(text, ChecklistDocxStyles.TableText, cell.Bold);
        End();
    }

    private void Run(string text, bool bold = false)
    {
        Start("r");
        if (bold)
        {
            Start("rPr");
            Empty("b");
            Empty("bCs");
            End();
        }
        Start("t");
        _xml.Append(" xml:space=\"preserve\"");
        CloseStartTag();
        AppendEscaped(Clean(text), attribute: false);
        End();
        End();
    }

    private void Start(string name)
    {
        CloseStartTag();
        _xml.Append("<w:").Append(name);
        _open.Push(name);
        _startTagOpen = true;
    }

    private void CloseStartTag()
    {
        if (!_startTagOpen) return;
        _xml.Append('>');
        _startTagOpen = false;
    }

    private void End()
    {
        var name = _open.Pop();
        if (_startTagOpen) _xml.Append(" />");
        else _xml.Append("</w:").Append(name).Append('>');
        _startTagOpen = false;
    }

    /// <summary>An element without content; its attributes are written in the order given, which is the schema's.</summary>
    private void Empty(string name, params ReadOnlySpan<(string Name, string Value)> attributes)
    {
        Start(name);
        foreach (var (attribute, value) in attributes)
        {
            _xml.Append(" w:").Append(attribute).Append("=\"");
            AppendEscaped(value, attribute: true);
            _xml.Append('"');
        }
        End();
    }

    /// <summary>Text as XML 1.0 needs it escaped: <c>&amp; &lt; &gt;</c> everywhere, as <c>XmlWriter</c> does, and in
    /// an attribute value also the quote that delimits it and the white space a parser would normalise.</summary>
    private void AppendEscaped(string text, bool attribute)
    {
        int from = 0;
        for (int i = 0; i < text.Length; i++)
        {
            string? entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' when attribute => "&quot;",
                '\t' when attribute => "&#x9;",
                '\n' when attribute => "&#xA;",
                '\r' when attribute => "&#xD;",
                _ => null,
            };
            if (entity == null) continue;
            _xml.Append(text, from, i - from).Append(entity);
            from = i + 1;
        }
        _xml.Append(text, from, text.Length - from);
    }

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Report text as one line of valid XML: characters XML 1.0 forbids (control characters from damaged
    /// files, lone surrogates) would make the document unreadable, and line breaks inside a cell's quote would only
    /// waste space, so both become spaces.</summary>
    public static string Clean(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = c >= ' ' && c != '\uFFFE' && c != '\uFFFF' && !char.IsSurrogate(c);
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            if (ok)
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new StringBuilder(text.Length).Append(text, 0, i);
            sb.Append(' ');
        }
        return sb?.ToString() ?? text;
    }
}
