using PerfEvalIngest.Ingest.Word;
using System.Text;
using PerfEvalIngest.Ingest;
using PerfEvalIngest.Output;
using PerfEvalIngest.Tests.Ingest.OfficeBuilders;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Ingest;

/// <summary>Pictures in a Word report are counted in reading order, each with the 图 N caption next to it.</summary>
public sealed class DocxFigureTests
{
    private const string Picture =
        "<w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"100\" cy=\"100\"/><wp:docPr id=\"1\" name=\"p\"/>" +
        "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">" +
        "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"1\" name=\"p\"/><pic:cNvPicPr/></pic:nvPicPr>" +
        "<pic:blipFill/><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";

    [Fact]
    public void Pictures_are_counted_with_their_captions_and_shapes_are_not_pictures()
    {
        var package = new DocxPackage()
            .Paragraph("一、部门（单位）概况")
            .Raw(Picture).Paragraph("图1 农业技术推广示范基地")
            .Paragraph("正文段落。")
            .Paragraph("图2 培训现场").Raw(Picture)
            .Raw(Picture)
            .Raw("<w:p><w:r><w:pict><v:rect><v:textbox><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></v:textbox></v:rect></w:pict></w:r></w:p>");
        var doc = DocxReportReader.Instance.Read(SourceFile.FromBytes("figures.docx", package.Build()));

        Assert.Null(doc.Error);
        Assert.Equal([(1, "图1 农业技术推广示范基地"), (2, "图2 培训现场"), (3, null)],
            doc.FigureList.Select(f => (f.Number, f.Caption)));
        Assert.Equal(2, doc.FigureList[0].Location.Paragraph);

        var json = Encoding.UTF8.GetString(ReportJsonWriter.Write(TestPipeline.Instance.Run(doc, "figures.docx", new ReportOptions())));
        Assert.Contains("\"caption\": \"图1 农业技术推广示范基地\"", json);
        Assert.Contains("\"section\": \"一、\"", json);
    }

    [Fact]
    public void Text_reports_have_no_figures()
    {
        var doc = TestPipeline.Read("一、概况\n图1 示意图\n");
        Assert.Empty(doc.FigureList);
    }
}
