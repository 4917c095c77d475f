using PerfEvalIngest.Ingest.Word;
using PerfEvalIngest.Ingest;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Tests.Ingest.OfficeBuilders;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Ingest;

public sealed class DocxReportReaderTests
{
    private static Document Read(DocxPackage package, string name = "x.docx") =>
        DocxReportReader.Instance.Read(SourceFile.FromBytes(name, package.Build()));

    private static string[] Texts(Document doc) => doc.Paragraphs.Select(p => p.Original).ToArray();

    /// <summary>一、 at level 0 and （一） at level 1 in chineseCounting, a decimal third level.</summary>
    private static string ReportLists =>
        DocxPackage.ListDefinition(1, ("chineseCounting", "%1、", 1), ("chineseCounting", "（%2）", 1), ("decimal", "%3.", 1))
        + DocxPackage.Num(1, 1);

    [Fact]
    public void Automatic_numbering_is_printed_in_the_text_and_restarts_under_a_new_parent()
    {
        var doc = Read(new DocxPackage { Numbering = ReportLists }
            .Paragraph("2023年度部门整体支出绩效自评报告")
            .Numbered("部门概况", 1)
            .Numbered("部门基本情况", 1, 1)
            .Paragraph("本单位在职人员65人。")
            .Numbered("部门职能", 1, 1)
            .Numbered("全年组织活动16场", 1, 2)
            .Numbered("绩效目标", 1)
            .Numbered("年度绩效目标", 1, 1)
            .Numbered("完成培训", 1, 2));

        Assert.Null(doc.Error);
        Assert.Equal(["2023年度部门整体支出绩效自评报告", "一、部门概况", "（一）部门基本情况", "本单位在职人员65人。",
            "（二）部门职能", "1. 全年组织活动16场", "二、绩效目标", "（一）年度绩效目标", "1. 完成培训"], Texts(doc));
        Assert.Equal("（二）", doc.Paragraphs.ElementAt(4).Style.ListLabel);

        var result = TestPipeline.Instance.Run(doc, "x.docx", new ReportOptions());
        var outline = result.Structure!.Outline.Select(h => (h.Label, h.Level, h.Title)).ToList();
        Assert.Contains(("一、", 1, "部门概况"), outline);
        Assert.Contains(("（一）", 2, "部门基本情况"), outline);
        Assert.Contains(("（二）", 2, "部门职能"), outline);
        Assert.Contains(("二、", 1, "绩效目标"), outline);
        Assert.Contains(("（一）", 2, "年度绩效目标"), outline);
        Assert.Equal("二、/（一）", result.Structure.Outline.Single(h => h.Title == "年度绩效目标").Path);
    }

    [Fact]
    public void Other_number_formats_start_values_and_overrides_render_as_printed()
    {
        var numbering =
            DocxPackage.ListDefinition(1, ("chineseCounting", "%1、", 1)) +
            DocxPackage.ListDefinition(2, ("ideographTraditional", "（%1）", 1)) +
            DocxPackage.ListDefinition(3, ("decimalEnclosedCircle", "%1", 1)) +
            DocxPackage.ListDefinition(4, ("decimalFullWidth", "%1.", 3)) +
            DocxPackage.ListDefinition(5, ("taiwaneseCountingThousand", "第%1部分", 11)) +
            DocxPackage.Num(1, 1) + DocxPackage.Num(2, 2) + DocxPackage.Num(3, 3) + DocxPackage.Num(4, 4) + DocxPackage.Num(5, 5) +
            DocxPackage.Num(6, 1, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride>") +
            DocxPackage.Num(7, 1);
        var doc = Read(new DocxPackage { Numbering = numbering }
            .Numbered("甲项", 2).Numbered("乙项", 2)
            .Numbered("圈一", 3).Numbered("圈二", 3)
            .Numbered("全角", 4)
            .Numbered("部分", 5)
            .Numbered("第一个", 1)
            .Numbered("从五开始", 6)
            .Numbered("共享定义接着数", 7));

        Assert.Equal(["（甲）甲项", "（乙）乙项", "①圈一", "②圈二", "３. 全角", "第十一部分部分", "一、第一个", "五、从五开始",
            "六、共享定义接着数"], Texts(doc));
        Assert.Equal("3. 全角", doc.Paragraphs.ElementAt(4).Text);
    }

    [Fact]
    public void Numbering_and_heading_levels_come_through_styles_and_their_based_on_chain()
    {
        const string styles =
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:rPr><w:sz w:val=\"24\"/></w:rPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>" +
            "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"ReportSub\"><w:name w:val=\"报告二级标题\"/>" +
            "<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"ReportSubRed\"><w:name w:val=\"报告二级标题红\"/>" +
            "<w:basedOn w:val=\"ReportSub\"/></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/></w:style>";
        var doc = Read(new DocxPackage { Styles = styles, Numbering = ReportLists }
            .Paragraph("目录条目 1", "<w:pStyle w:val=\"TOC1\"/>")
            .Paragraph("部门概况", "<w:pStyle w:val=\"1\"/>")
            .Paragraph("自定义样式标题", "<w:pStyle w:val=\"ReportSub\"/>")
            .Paragraph("继承的标题", "<w:pStyle w:val=\"ReportSubRed\"/>")
            .Paragraph("段落自带大纲级别", "<w:outlineLvl w:val=\"2\"/>")
            .Paragraph("正文"));

        Assert.Equal(["一、部门概况", "自定义样式标题", "继承的标题", "段落自带大纲级别", "正文"], Texts(doc));
        var styleOf = doc.Paragraphs.ToDictionary(p => p.Original, p => p.Style);
        Assert.Equal((1, true, 16m), (styleOf["一、部门概况"].HeadingLevel, styleOf["一、部门概况"].Bold, styleOf["一、部门概况"].FontSize));
        Assert.Equal(2, styleOf["自定义样式标题"].HeadingLevel);
        Assert.Equal(2, styleOf["继承的标题"].HeadingLevel);
        Assert.Equal(3, styleOf["段落自带大纲级别"].HeadingLevel);
        Assert.Equal((null, false, 12m), (styleOf["正文"].HeadingLevel, styleOf["正文"].Bold, styleOf["正文"].FontSize));
    }

    [Fact]
    public void Merged_cells_become_spans_and_a_nested_table_reads_into_its_cell()
    {
        static string Cell(string text, string tcPr = "") =>
            $"<w:tc>{(tcPr.Length > 0 ? $"<w:tcPr>{tcPr}</w:tcPr>" : "")}<w:p>{DocxPackage.Run(text)}</w:p></w:tc>";
        const string nested = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>内1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>内2</w:t></w:r></w:p></w:tc></w:tr>" +
                              "<w:tr><w:tc><w:p><w:r><w:t>内3</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>";
        var table = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>" +
                    $"<w:tr>{Cell("项目", "<w:gridSpan w:val=\"2\"/>")}{Cell("金额（万元）")}</w:tr>" +
                    $"<w:tr>{Cell("基本支出", "<w:vMerge w:val=\"restart\"/>")}{Cell("人员经费")}{Cell("100")}</w:tr>" +
                    $"<w:tr>{Cell("", "<w:vMerge/>")}{Cell("公用经费")}<w:tc><w:p><w:r><w:t>外</w:t></w:r></w:p>{nested}<w:p/></w:tc></w:tr>" +
                    "</w:tbl>";
        var doc = Read(new DocxPackage().Paragraph("表1 支出明细").Raw(table).Paragraph("表后正文。"));

        var t = Assert.Single(doc.Tables);
        Assert.Equal((3, 3), (t.RowCount, t.ColumnCount));
        Assert.Equal(7, t.Cells.Count);
        Assert.Equal(new TableCell(0, 0, 1, 2, "项目"), t.CellAt(0, 1));
        Assert.Equal(new TableCell(1, 0, 2, 1, "基本支出"), t.CellAt(2, 0));
        Assert.Equal("100", t.TextAt(1, 2));
        Assert.Equal("外\n内1 内2\n内3", t.TextAt(2, 2));
        Assert.Equal("表1 支出明细", t.Caption);
        Assert.Equal(["表1 支出明细", "表后正文。"], Texts(doc));
    }

    [Fact]
    public void Tracked_changes_fields_headers_footers_footnotes_and_the_contents_stay_out_of_the_body()
    {
        var body = new DocxPackage
        {
            Header = "<w:p><w:r><w:t>页眉单位名称</w:t></w:r></w:p>",
            Footer = "<w:p><w:r><w:t>页脚第1页</w:t></w:r></w:p>",
            Footnotes = "<w:footnote w:id=\"1\"><w:p><w:r><w:t>脚注说明文字</w:t></w:r></w:p></w:footnote>",
        }
            // A table of contents as Word writes it: one TOC field over several paragraphs.
            .Raw("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h </w:instrText></w:r>" +
                 "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>一、部门概况\t1</w:t></w:r></w:p>")
            .Raw("<w:p><w:r><w:t>二、绩效目标\t3</w:t></w:r></w:p>")
            .Raw("<w:p><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>")
            .Raw("<w:p><w:r><w:t xml:space=\"preserve\">预算</w:t></w:r><w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>执行</w:t></w:r></w:ins>" +
                 "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>完成</w:delText></w:r></w:del><w:r><w:t>率95%。</w:t></w:r>" +
                 "<w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>")
            .Raw("<w:p><w:r><w:t xml:space=\"preserve\">填报单位：</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>" +
                 "<w:r><w:instrText xml:space=\"preserve\"> DOCPROPERTY Company </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
                 "<w:r><w:t>泓川市农业技术推广中心</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>")
            .Raw("<w:p><w:fldSimple w:instr=\" MERGEFIELD 联系人 \"><w:r><w:t>联系人：王某</w:t></w:r></w:fldSimple></w:p>");
        var doc = Read(body);

        Assert.Equal(["预算执行率95%。", "填报单位：泓川市农业技术推广中心", "联系人：王某"], Texts(doc));
        var all = string.Join("|", Texts(doc));
        foreach (var absent in new[] { "完成", "DOCPROPERTY", "MERGEFIELD", "页眉", "页脚", "脚注", "绩效目标" })
            Assert.DoesNotContain(absent, all);
    }

    [Fact]
    public void Text_box_text_follows_its_paragraph_once_although_the_shape_is_stored_twice()
    {
        const string box = "<w:txbxContent><w:p><w:r><w:t>框内说明：资金到位率100%</w:t></w:r></w:p></w:txbxContent>";
        var shape = "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData>" +
                    $"<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
                    $"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
        var doc = Read(new DocxPackage()
            .Raw($"<w:p>{DocxPackage.Run("带文本框的段落。")}{shape}</w:p>")
            .Paragraph("下一段。"));

        Assert.Equal(["带文本框的段落。", "框内说明：资金到位率100%", "下一段。"], Texts(doc));
    }

    [Fact]
    public void A_line_break_inside_a_paragraph_starts_a_new_paragraph_as_in_a_text_dump()
    {
        var doc = Read(new DocxPackage().Raw("<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>"));
        Assert.Equal(["第一行", "第二行"], Texts(doc));
        Assert.Equal([1, 2], doc.Paragraphs.Select(p => p.Location.Paragraph!.Value));
    }

    [Fact]
    public void A_macro_enabled_document_is_read_as_text()
    {
        var doc = DocxReportReader.Instance.Read(SourceFile.FromBytes("x.docm",
            new DocxPackage { WithMacros = true }.Paragraph("一、部门概况").Build()));
        Assert.Null(doc.Error);
        Assert.Equal(["一、部门概况"], Texts(doc));
        Assert.Equal("docx", doc.Source.Format);
    }
}
