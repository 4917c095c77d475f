using PerfEvalIngest.Ingest.Text;
using System.Text;
using PerfEvalIngest.Ingest;
using PerfEvalIngest.Output;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Ingest;

public sealed class TextDecoderTests
{
    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Sample = "一、部门（单位）概况\n本年度收入567.37万元，其中财政拨款收入559.87万元，事业收入7.4万元，其他收入0.1万元。\n";

    [Theory]
    [InlineData("utf-8", "utf-8")]
    [InlineData("utf-8-bom", "utf-8-bom")]
    [InlineData("utf-16le-bom", "utf-16le")]
    [InlineData("utf-16be-bom", "utf-16be")]
    [InlineData("utf-16le", "utf-16le")]
    [InlineData("gb18030", "gb18030")]
    public void Detects_the_encoding_from_the_bytes(string saved, string detected)
    {
        var (decoded, problem) = TextDecoder.Decode(Encode(Sample, saved));
        Assert.Null(problem);
        Assert.Equal((Sample, detected), (decoded!.Text, decoded.EncodingName));
    }

    [Fact]
    public void Random_bytes_are_not_text()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var (decoded, problem) = TextDecoder.Decode(bytes);
        Assert.Null(decoded);
        Assert.Contains("不像文本", problem);
    }

    [Fact]
    public void Full_width_digits_are_folded_for_analysis_and_kept_as_printed_for_evidence()
    {
        var doc = TestPipeline.Read("本年度收入３６．５万元，增长１２％。");
        var p = doc.Paragraphs.Single();
        Assert.Equal("本年度收入36.5万元，增长12%。", p.Text);
        Assert.Equal("本年度收入３６．５万元，增长１２％。", p.Original);
    }

    [SeedTheory]
    [InlineData("gb18030")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    public void A_seed_saved_in_another_encoding_gives_the_same_json_but_for_its_hash(string encoding)
    {
        var path = TestPipeline.SeedPath("002_98fcc12b36c2cf12");
        var text = File.ReadAllText(path, Encoding.UTF8);
        var pipeline = TestPipeline.Instance;
        var original = pipeline.Run(TextReportReader.Instance.Read(SourceFile.FromBytes("seed.txt", File.ReadAllBytes(path))), "seed.txt", new ReportOptions());
        var copy = pipeline.Run(TextReportReader.Instance.Read(SourceFile.FromBytes("seed.txt", Encode(text, encoding))), "seed.txt", new ReportOptions());

        string Json(ReportResult r) => Encoding.UTF8.GetString(ReportJsonWriter.Write(r with { Source = r.Source with { Sha256 = "" } }));
        Assert.NotEqual(original.Source.Sha256, copy.Source.Sha256);
        Assert.Equal(Json(original), Json(copy));
        Assert.NotEmpty(copy.Facts!.Facts);
    }

    internal static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => new UTF8Encoding(false).GetBytes(text),
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. new UTF8Encoding(false).GetBytes(text)],
        "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf-16le" => Encoding.Unicode.GetBytes(text),
        "gb18030" => Encoding.GetEncoding("GB18030").GetBytes(text),
        _ => throw new ArgumentException(encoding),
    };
}
