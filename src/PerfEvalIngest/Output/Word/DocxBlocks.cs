using System.Globalization;
using System.Text;
using System.Xml;

namespace PerfEvalIngest.Output.Word;

/// <summary>
/// Writes the few WordprocessingML pieces a checklist is made of straight into the document part: paragraphs of plain
/// text, cells with an optional fill, and fixed-width tables whose header row repeats on every page. A checklist is
/// laid out once and never read back, so it is written as it goes rather than built as an element tree first. The
/// text is what the Open XML SDK's elements would write, so a checklist keeps the bytes it had when they wrote it:
/// child elements in the order the schema requires (so Word, WPS and the Open XML validator all accept them),
/// attributes in the schema's order, and the SDK's spellings of values (<c>true</c>, <c>clear</c>, <c>restart</c>).
/// </summary>
internal sealed class DocxBlocks
{
    private const string Ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string XmlNs = "http://www.w3.org/XML/1998/namespace";

    private readonly XmlWriter _xml;

    private DocxBlocks(XmlWriter xml) => _xml = xml;

    /// <summary>Writes the document element and its body around what <paramref name="body"/> writes; the root
    /// declares the <c>w</c> prefix, which every element after it shares.</summary>
    public static void Document(XmlWriter xml, Action<DocxBlocks> body)
    {
        var blocks = new DocxBlocks(xml);
        blocks.Start("document");
        blocks.Start("body");
        body(blocks);
        xml.WriteEndElement();
        xml.WriteEndElement();
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
            _xml.WriteEndElement();
        }
        if (text.Length > 0) Run(text, bold);
        _xml.WriteEndElement();
    }

    /// <summary>"标签：值" with the label bold, for the header block and the note on a file that was not checked.</summary>
    public void Labelled(string label, string value)
    {
        Start("p");
        Run(label + "：", bold: true);
        Run(value);
        _xml.WriteEndElement();
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
        _xml.WriteEndElement();
        Start("tblGrid");
        foreach (var w in widths) Empty("gridCol", ("w", Twips(w)));
        _xml.WriteEndElement();

        Start("tr");
        Start("trPr");
        Empty("cantSplit");
        Empty("tblHeader");
        _xml.WriteEndElement();
        for (var i = 0; i < titles.Count; i++)
            Cell(DocxCell.Text(widths[i], titles[i], ChecklistDocxStyles.HeaderFill, bold: true));
        _xml.WriteEndElement();
    }

    public void Row(params ReadOnlySpan<DocxCell> cells)
    {
        Start("tr");
        foreach (var cell in cells) Cell(cell);
        _xml.WriteEndElement();
    }

    public void EndTable() => _xml.WriteEndElement();

    /// <summary>The section's page: its size and margins in twentieths of a point, with no gutter.</summary>
    public void Page(int width, int height, int marginTopBottom, int marginSides, int header, int footer)
    {
        Start("sectPr");
        Empty("pgSz", ("w", Twips(width)), ("h", Twips(height)));
        Empty("pgMar", ("top", Twips(marginTopBottom)), ("right", Twips(marginSides)), ("bottom", Twips(marginTopBottom)),
            ("left", Twips(marginSides)), ("header", Twips(header)), ("footer", Twips(footer)), ("gutter", "0"));
        _xml.WriteEndElement();
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
        _xml.WriteEndElement();
        if (cell.Paragraphs.Count == 0) Para("", ChecklistDocxStyles.TableText);
        foreach (var text in cell.Paragraphs) Para(text, ChecklistDocxStyles.TableText, cell.Bold);
        _xml.WriteEndElement();
    }

    private void Run(string text, bool bold = false)
    {
        Start("r");
        if (bold)
        {
            Start("rPr");
            Empty("b");
            Empty("bCs");
            _xml.WriteEndElement();
        }
        Start("t");
        _xml.WriteAttributeString("xml", "space", XmlNs, "preserve");
        _xml.WriteString(Clean(text));
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    private void Start(string name) => _xml.WriteStartElement("w", name, Ns);

    /// <summary>An element without content; its attributes are written in the order given, which is the schema's.</summary>
    private void Empty(string name, params ReadOnlySpan<(string Name, string Value)> attributes)
    {
        Start(name);
        foreach (var (attribute, value) in attributes) _xml.WriteAttributeString("w", attribute, Ns, value);
        _xml.WriteEndElement();
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
