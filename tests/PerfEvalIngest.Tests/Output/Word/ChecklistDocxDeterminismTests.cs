using System.Globalization;
using System.IO.Compression;
using PerfEvalIngest.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEvalIngest.Tests.Output.Word;

/// <summary>The Word checklist is a function of its view: the same view gives the same bytes (a rerun does not
/// change a file nobody changed), and the reader's locale does not change how figures print.</summary>
public sealed class ChecklistDocxDeterminismTests
{
    [Fact]
    public void The_same_view_gives_the_same_bytes()
    {
        var view = DocxChecklists.Synthetic();
        var first = DocxChecklists.Bytes(view);
        // Zip entries carry a time to two seconds; let a stamp of "now" show if one were left.
        Thread.Sleep(2100);
        Assert.Equal(first, DocxChecklists.Bytes(view));
        // A view built again from the same data, not only the same object.
        Assert.Equal(first, DocxChecklists.Bytes(DocxChecklists.Synthetic()));
    }

    [Fact]
    public void Entries_carry_a_fixed_time_and_the_properties_no_date()
    {
        using var zip = new ZipArchive(new MemoryStream(DocxChecklists.Bytes(DocxChecklists.Synthetic())), ZipArchiveMode.Read);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2000, 1, 1), e.LastWriteTime.DateTime));
        using var core = new StreamReader(zip.GetEntry("docProps/core.xml")!.Open());
        var xml = core.ReadToEnd();
        Assert.Contains("<dc:title>审核清单：某单位2023年度部门整体支出绩效自评报告</dc:title>", xml);
        Assert.DoesNotContain("dcterms:created", xml);
        Assert.DoesNotContain("dcterms:modified", xml);
    }

    [Fact]
    public void Figures_keep_their_decimal_point_under_a_comma_locale()
    {
        var view = PerfEvalIngest.Output.ChecklistView.Of(
            TestPipeline.Check("一、部门（单位）概况\n2023年收入总额为2792.30万元，其中财政拨款收入为2318.05万元。\n"));
        var before = CultureInfo.CurrentCulture;
        byte[] german, invariant;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            german = DocxChecklists.Bytes(view);
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            invariant = DocxChecklists.Bytes(view);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
        Assert.Equal(invariant, german);

        using var doc = DocxChecklists.Open(german);
        var figures = DocxChecklists.Rows(DocxChecklists.TableHeaded(DocxChecklists.Body(doc), "指标")!);
        var income = figures.Single(r => DocxChecklists.Text(r[0]) == "收入总额");
        Assert.Equal("2792.30万元", DocxChecklists.Text(income[1]));
        Assert.DoesNotContain("2792,30", DocxChecklists.Body(doc).InnerText);
    }
}
