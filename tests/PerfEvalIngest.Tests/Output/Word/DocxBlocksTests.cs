using PerfEvalIngest.Output.Word;

namespace PerfEvalIngest.Tests.Output.Word;

/// <summary>The document part's markup, spelled as an XML writer spells it: empty elements closed with " />", the
/// prefix declared once on the root, and the characters XML reserves escaped.</summary>
public sealed class DocxBlocksTests
{
    private const string Root = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    private const string End = "</w:body></w:document>";

    [Fact]
    public void Empty_elements_close_themselves_and_an_empty_run_keeps_its_text_element()
    {
        var xml = DocxBlocks.Document(b =>
        {
            b.Para("");
            b.Labelled("单位", "");
        }).ToString();

        Assert.Equal(Root + "<w:p />"
                     + "<w:p><w:r><w:rPr><w:b /><w:bCs /></w:rPr><w:t xml:space=\"preserve\">单位：</w:t></w:r>"
                     + "<w:r><w:t xml:space=\"preserve\"></w:t></w:r></w:p>" + End, xml);
    }

    [Fact]
    public void Reserved_characters_are_escaped_and_control_characters_become_spaces()
    {
        var xml = DocxBlocks.Document(b => b.Para("A&B <5> \"引号\"\u0001'", "Heading1", indentTwips: 420)).ToString();

        Assert.Equal(Root + "<w:p><w:pPr><w:pStyle w:val=\"Heading1\" /><w:ind w:left=\"420\" /></w:pPr>"
                     + "<w:r><w:t xml:space=\"preserve\">A&amp;B &lt;5&gt; \"引号\" '</w:t></w:r></w:p>" + End, xml);
    }

    /// <summary>Characters beyond the basic plane (𠀀, U+20000, a surrogate pair) in a long document part: wherever the
    /// writer's buffer is split, each is encoded whole, never as two replacement characters.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("a")]
    public void A_long_part_keeps_every_surrogate_pair(string lead)
    {
        var text = lead + string.Concat(Enumerable.Repeat("𠀀", 30000));
        using var docx = new MemoryStream();
        DocxPackage.Write(docx, "长文本", b => b.Para(text));

        docx.Position = 0;
        using var zip = new System.IO.Compression.ZipArchive(docx, System.IO.Compression.ZipArchiveMode.Read);
        using var part = new StreamReader(zip.GetEntry("word/document.xml")!.Open(), new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));
        var xml = part.ReadToEnd();
        Assert.Contains(">" + text + "<", xml, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', xml);
    }
}
