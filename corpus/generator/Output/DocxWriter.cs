using System.Security;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using PerfEvalIngest.Corpus.Plan;
using PerfEvalIngest.Corpus.Writing;

namespace PerfEvalIngest.Corpus.Output;

/// <summary>
/// The Word version of a report, written with the Open XML SDK: one paragraph per paragraph of the text (run-on
/// lines split again), headings numbered by Word's automatic numbering or typed as the plan says, built-in heading
/// styles where the plan says, and tables as Word tables with gridSpan and vMerge for merged cells. No document
/// properties are written and the zip is re-dated, so the bytes are the same on every run.
/// </summary>
static class DocxWriter
{
    const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    /// <summary>A4 text width in twentieths of a point; table columns share it evenly.</summary>
    const int TextWidth = 8800;

    public static byte[] Write(GeneratedReport report)
    {
        var form = report.Plan.WordLayout;
        var numbers = new WordListNumbers();
        var body = new StringBuilder();
        foreach (var block in report.Word)
        {
            switch (block)
            {
                case WordHeading h:
                    Heading(body, h, form, numbers);
                    break;
                case WordParagraph p:
                    Paragraph(body, "", p.Text, p.Bookmark);
                    break;
                case WordTable t:
                    Table(body, t.Table);
                    break;
            }
        }
        // Word always ends the body with a paragraph; after a final table it is an empty one.
        if (report.Word.Count > 0 && report.Word[^1] is WordTable) body.Append("<w:p/>");
        body.Append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>" +
                    "<w:pgMar w:top=\"1440\" w:right=\"1550\" w:bottom=\"1440\" w:left=\"1550\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr>");

        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            // Relationship ids are given: the SDK's own are random and would change the bytes on every run.
            var main = doc.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            Feed(main.AddNewPart<StyleDefinitionsPart>("rId1"), $"<w:styles {Namespaces}>{Styles}</w:styles>");
            if (form.AutoNumbering)
                Feed(main.AddNewPart<NumberingDefinitionsPart>("rId2"), $"<w:numbering {Namespaces}>{numbers.Xml()}</w:numbering>");
            Feed(main, $"<w:document {Namespaces}><w:body>{body}</w:body></w:document>");
        }
        return FixedZip.Normalize(stream.ToArray());
    }

    static void Heading(StringBuilder body, WordHeading h, WordForm form, WordListNumbers numbers)
    {
        var styled = form.HeadingStyles && !h.RunIn && !h.Attachment && h.Level is >= 1 and <= 3;
        var style = styled ? $"<w:pStyle w:val=\"Heading{h.Level}\"/>" : "";
        if (form.AutoNumbering && numbers.Number(h) is ({ } numId, { } level))
        {
            var numPr = $"<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr>";
            Paragraph(body, style + numPr, h.Body, h.Bookmark);
            return;
        }
        Paragraph(body, style, h.Printed.Trim(), h.Bookmark);
    }

    static void Paragraph(StringBuilder body, string pPr, string text, bool bookmark)
    {
        body.Append("<w:p>");
        if (pPr.Length > 0) body.Append("<w:pPr>").Append(pPr).Append("</w:pPr>");
        // Word leaves "_GoBack" where the cursor last was; dumps print it as "[bookmark: _GoBack]".
        if (bookmark) body.Append("<w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"0\"/>");
        body.Append(Run(text)).Append("</w:p>");
    }

    const string CellParagraph = "<w:pPr><w:ind w:firstLine=\"0\"/></w:pPr>";

    static string Run(string text) =>
        text.Length == 0 ? "" : $"<w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r>";

    static void Table(StringBuilder body, DumpTable table)
    {
        var (cells, rows, cols) = CellGrid.Of(table);
        var width = TextWidth / cols;
        body.Append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/>" +
                    "<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        for (var c = 0; c < cols; c++) body.Append($"<w:gridCol w:w=\"{width}\"/>");
        body.Append("</w:tblGrid>");
        var byPosition = cells.ToDictionary(c => (c.Row, c.Col));
        for (var r = 0; r < rows; r++)
        {
            body.Append("<w:tr>");
            for (var c = 0; c < cols;)
            {
                // A position below a vertically merged cell repeats its column span with a bare vMerge.
                var owner = byPosition.TryGetValue((r, c), out var own) ? own
                    : cells.First(x => x.Col == c && x.Row < r && x.Row + x.RowSpan > r);
                var starts = owner.Row == r;
                var props = new StringBuilder($"<w:tcW w:w=\"{width * owner.ColSpan}\" w:type=\"dxa\"/>");
                if (owner.ColSpan > 1) props.Append($"<w:gridSpan w:val=\"{owner.ColSpan}\"/>");
                if (owner.RowSpan > 1) props.Append(starts ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>");
                // The body's first-line indent (Normal) outranks the table style, so cell paragraphs clear it
                // directly, as a hand-made table does; otherwise a narrow cell prints its first character alone.
                var content = starts ? string.Concat(owner.Text.Split('\n').Select(l => $"<w:p>{CellParagraph}{Run(l)}</w:p>"))
                    : $"<w:p>{CellParagraph}</w:p>";
                body.Append($"<w:tc><w:tcPr>{props}</w:tcPr>{content}</w:tc>");
                c += owner.ColSpan;
            }
            body.Append("</w:tr>");
        }
        body.Append("</w:tbl>");
    }

    static void Feed(OpenXmlPart part, string xml)
    {
        using var s = new MemoryStream(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml));
        part.FeedData(s);
    }

    // 仿宋 body and 黑体/楷体 headings are the usual government layout; fonts only matter to whoever opens the file.
    const string Styles =
        "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"仿宋\"/>" +
        "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>" +
        "<w:pPrDefault><w:pPr><w:spacing w:line=\"560\" w:lineRule=\"exact\"/></w:pPr></w:pPrDefault></w:docDefaults>" +
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:pPr><w:ind w:firstLine=\"640\"/></w:pPr></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>" +
        "<w:pPr><w:keepNext/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:rFonts w:eastAsia=\"黑体\"/></w:rPr></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>" +
        "<w:pPr><w:keepNext/><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr><w:rFonts w:eastAsia=\"楷体\"/></w:rPr></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>" +
        "<w:pPr><w:keepNext/><w:outlineLvl w:val=\"2\"/></w:pPr></w:style>" +
        "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:pPr><w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/></w:pPr>" +
        "<w:rPr><w:sz w:val=\"21\"/></w:rPr><w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>" +
        "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>" +
        "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>" +
        "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/></w:tblBorders></w:tblPr></w:style>";
}
