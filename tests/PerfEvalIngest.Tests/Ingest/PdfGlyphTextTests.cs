using PerfEvalIngest.Ingest.Pdf;
using PerfEvalIngest.Ingest;

namespace PerfEvalIngest.Tests.Ingest;

/// <summary>Characters of a PDF text layer: look-alikes folded to the ideographs they stand for, and pages of
/// unmapped characters told from text.</summary>
public sealed class PdfGlyphTextTests
{
    [Fact]
    public void Kangxi_radicals_and_compatibility_ideographs_read_as_the_ideographs_they_stand_for()
    {
        // ⼀ U+2F00, ⼆ U+2F06, ⾦ U+2FA6 (radicals); 金 U+F90A (compatibility ideograph).
        Assert.Equal("一、二、金额", PdfGlyphText.Normalize("\u2F00、\u2F06、\u2FA6额"));
        Assert.Equal("金", PdfGlyphText.Normalize("\uF90A"));
        Assert.Equal("预算执行率96.03%", PdfGlyphText.Normalize("预算执行率96.03%"));
    }

    [Fact]
    public void A_page_mostly_of_private_use_characters_has_no_readable_text()
    {
        static PdfGlyph G(string text) => new(text, 0, 10, 0, 10, 10, false);
        var unmapped = Enumerable.Range(0, 10).Select(i => G(((char)(0xE000 + i)).ToString())).Append(G("1")).ToList();
        Assert.False(PdfGlyphText.IsReadable(unmapped));
        var text = "收入合计4957.62万元".Select(c => G(c.ToString())).Append(G("\uFFFD")).ToList();
        Assert.True(PdfGlyphText.IsReadable(text));
        Assert.True(PdfGlyphText.IsReadable([]));
    }
}
