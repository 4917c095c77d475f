using System.Security;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace PerfEvalIngest.Tests.Ingest.OfficeBuilders;

/// <summary>
/// Builds small .docx files in memory with the Open XML SDK. Parts are given as WordprocessingML fragments so a
/// test shows the exact markup it exercises.
/// </summary>
internal sealed class DocxPackage
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Namespaces =
        $"xmlns:w=\"{W}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    private readonly StringBuilder _body = new();
    public string? Styles { get; set; }
    public string? Numbering { get; set; }
    public string? Header { get; set; }
    public string? Footer { get; set; }
    public string? Footnotes { get; set; }
    /// <summary>Build a .docm with a (meaningless) VBA project part.</summary>
    public bool WithMacros { get; set; }

    public DocxPackage Raw(string xml)
    {
        _body.Append(xml);
        return this;
    }

    /// <summary>A paragraph with one run; <paramref name="pPr"/> is the inside of w:pPr.</summary>
    public DocxPackage Paragraph(string text, string pPr = "") =>
        Raw($"<w:p>{(pPr.Length > 0 ? $"<w:pPr>{pPr}</w:pPr>" : "")}{Run(text)}</w:p>");

    public DocxPackage Numbered(string text, int numId, int level = 0, string style = "") =>
        Paragraph(text, (style.Length > 0 ? $"<w:pStyle w:val=\"{style}\"/>" : "") +
                        $"<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr>");

    public static string Run(string text, string rPr = "") =>
        $"<w:r>{(rPr.Length > 0 ? $"<w:rPr>{rPr}</w:rPr>" : "")}<w:t xml:space=\"preserve\">{Escape(text)}</w:t></w:r>";

    public static string Escape(string text) => SecurityElement.Escape(text);

    /// <summary>A list definition (abstractNum and num with the same id) from (numFmt, lvlText, start) per level.</summary>
    public static string ListDefinition(int id, params (string Format, string Text, int Start)[] levels)
    {
        var sb = new StringBuilder($"<w:abstractNum w:abstractNumId=\"{id}\">");
        for (int i = 0; i < levels.Length; i++)
            sb.Append($"<w:lvl w:ilvl=\"{i}\"><w:start w:val=\"{levels[i].Start}\"/><w:numFmt w:val=\"{levels[i].Format}\"/>" +
                      $"<w:lvlText w:val=\"{Escape(levels[i].Text)}\"/></w:lvl>");
        return sb.Append("</w:abstractNum>").ToString();
    }

    public static string Num(int numId, int abstractId, string overrides = "") =>
        $"<w:num w:numId=\"{numId}\"><w:abstractNumId w:val=\"{abstractId}\"/>{overrides}</w:num>";

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream,
                   WithMacros ? WordprocessingDocumentType.MacroEnabledDocument : WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            if (WithMacros)
            {
                using var vba = new MemoryStream(Enumerable.Range(0, 512).Select(i => (byte)i).ToArray());
                main.AddNewPart<VbaProjectPart>().FeedData(vba);
            }
            var sectPr = new StringBuilder("<w:sectPr>");
            if (Header != null)
            {
                var header = main.AddNewPart<HeaderPart>();
                Feed(header, $"<w:hdr {Namespaces}>{Header}</w:hdr>");
                sectPr.Append($"<w:headerReference w:type=\"default\" r:id=\"{main.GetIdOfPart(header)}\"/>");
            }
            if (Footer != null)
            {
                var footer = main.AddNewPart<FooterPart>();
                Feed(footer, $"<w:ftr {Namespaces}>{Footer}</w:ftr>");
                sectPr.Append($"<w:footerReference w:type=\"default\" r:id=\"{main.GetIdOfPart(footer)}\"/>");
            }
            sectPr.Append("</w:sectPr>");
            if (Styles != null) Feed(main.AddNewPart<StyleDefinitionsPart>(), $"<w:styles {Namespaces}>{Styles}</w:styles>");
            if (Numbering != null) Feed(main.AddNewPart<NumberingDefinitionsPart>(), $"<w:numbering {Namespaces}>{Numbering}</w:numbering>");
            if (Footnotes != null) Feed(main.AddNewPart<FootnotesPart>(), $"<w:footnotes {Namespaces}>{Footnotes}</w:footnotes>");
            Feed(main, $"<w:document {Namespaces}><w:body>{_body}{sectPr}</w:body></w:document>");
        }
        return stream.ToArray();
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var s = new MemoryStream(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml));
        part.FeedData(s);
    }
}
