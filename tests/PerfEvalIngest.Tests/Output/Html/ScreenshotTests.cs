using PerfEvalIngest.Checks;
using PerfEvalIngest.Output.Html;

namespace PerfEvalIngest.Tests.Output.Html;

/// <summary>
/// The pages as a browser draws them: headless Chromium renders a checklist and an overview, and the screenshot must
/// hold the error red and warning amber of <see cref="HtmlPalette"/>, not just name them in the stylesheet. Where
/// PERFEVAL_SCREENSHOTS names a folder the PNGs are kept there for a person to look at (Chinese set in a CJK face, not
/// boxes). The overview's sorting is tried by clicking its headers in the browser.
/// </summary>
public sealed class ScreenshotTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("html-screens-");

    public void Dispose() => _dir.Delete(true);

    [ChromiumFact]
    public void Checklist_renders_with_error_red_and_warning_amber()
    {
        var png = Render("checklist", ChecklistHtmlWriter.Write(HtmlTestReports.Mixed()));
        Assert.True(png.Red > 200, $"{png.Red} pixels of {HtmlPalette.ErrorRed}");
        Assert.True(png.Amber > 200, $"{png.Amber} pixels of {HtmlPalette.WarningAmber}");
    }

    [ChromiumFact]
    public void Overview_renders_with_error_red_and_warning_amber()
    {
        var rows = new[]
        {
            HtmlTestReports.Mixed(),
            HtmlTestReports.Failed("locked.docx", "encrypted", "文件已加密"),
            HtmlTestReports.WithFindings("w.txt", HtmlTestReports.Finding("claim.all-met", Severity.Warning, "称全部完成")),
        }.Select(r => OverviewRow.Of(r, "checklists/" + r.Name + ".html")).ToList();
        var png = Render("index", BatchOverviewWriter.Write(rows, "绩效自评报告审核总览"));
        Assert.True(png.Red > 200, $"{png.Red} pixels of {HtmlPalette.ErrorRed}");
        Assert.True(png.Amber > 200, $"{png.Amber} pixels of {HtmlPalette.WarningAmber}");
    }

    [ChromiumFact]
    public void Clicking_a_number_column_sorts_by_number_with_empty_cells_last()
    {
        OverviewRow Rated(string name, decimal? rate) =>
            OverviewRow.Of(HtmlTestReports.WithFindings(name), name + ".html") with { ExecutionRate = rate, ExecutionRateUnit = rate == null ? null : "%" };
        var rows = new[] { Rated("a", 100m), Rated("b", null), Rated("c", 9.5m), Rated("d", 96.03m) };
        var page = BatchOverviewWriter.Write(rows, "t");

        Assert.Equal(["c", "d", "a", "b"], Order(page, clicks: 1));
        Assert.Equal(["a", "d", "c", "b"], Order(page, clicks: 2));
    }

    /// <summary>The report names in the order the browser shows them after clicking 执行率 so many times.</summary>
    private string[] Order(string page, int clicks)
    {
        var click = "<script>for (var k = 0; k < " + clicks +
                    "; k++) Array.prototype.find.call(document.querySelectorAll('#reports th'), function (th) { return th.textContent === '执行率'; }).click();</script>\n</body>";
        var path = Path.Combine(_dir.FullName, $"sort-{clicks}.html");
        File.WriteAllText(path, page.Replace("</body>", click, StringComparison.Ordinal));
        var dom = HtmlDom.Parse(Chromium.DumpDom(path), lenient: true);
        Assert.Contains("js", dom.DocumentElement.ClassList); // the sorting script ran
        return dom.QuerySelectorAll("#reports tbody tr").Select(tr => tr.QuerySelector("a")!.TextContent).ToArray();
    }

    private (int Red, int Amber) Render(string name, string html)
    {
        var page = Path.Combine(_dir.FullName, name + ".html");
        File.WriteAllText(page, html);
        var png = Path.Combine(_dir.FullName, name + ".png");
        Chromium.Screenshot(page, png);
        Assert.True(File.Exists(png), "no screenshot written");
        Assert.True(new FileInfo(png).Length > 10_000, $"screenshot of {new FileInfo(png).Length} bytes");
        if (Environment.GetEnvironmentVariable("PERFEVAL_SCREENSHOTS") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            File.Copy(png, Path.Combine(keep, name + ".png"), overwrite: true);
        }
        var image = PngImage.Read(png);
        Assert.Equal((1280, 1600), (image.Width, image.Height));
        Assert.True(image.Count("#ffffff") > image.Width * image.Height / 4, "the page background is not white");
        return (image.Count(HtmlPalette.ErrorRed), image.Count(HtmlPalette.WarningAmber));
    }
}
