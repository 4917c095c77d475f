using System.Text;
using PerfEvalIngest.Cli;

namespace PerfEvalIngest.Tests.Segmentation;

public sealed class SegmentCommandTests
{
    private static (int Exit, string Out, string Err) Run(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = SegmentCommand.Run(args, new StringReader(stdin), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Standard_input_is_cut_one_token_per_line_with_the_budget_dictionary()
    {
        var (exit, output, _) = Run("财政拨款收入2792.30万元，预算执行率95.5％");

        Assert.Equal(0, exit);
        Assert.Equal("财政拨款收入\n2792.30\n万元\n，\n预算执行率\n95.5％\n", output);
    }

    [Fact]
    public void Plain_jieba_output_without_the_user_dictionary()
    {
        var (exit, output, _) = Run("财政拨款收入", "-", "--no-user-dict");

        Assert.Equal(0, exit);
        Assert.Equal("财政拨款\n收入\n", output);
    }

    [Fact]
    public void Modes_and_hmm_switch()
    {
        Assert.Equal("他\n来到\n了\n网易\n杭\n研\n大厦\n", Run("他来到了网易杭研大厦", "--mode", "full").Out);
        Assert.Equal("他\n来到\n了\n网易\n杭研\n大厦\n", Run("他来到了网易杭研大厦", "--mode=precise").Out);
        Assert.Equal("他\n来到\n了\n网易\n杭\n研\n大厦\n", Run("他来到了网易杭研大厦", "--no-hmm").Out);
        Assert.Equal("有限\n公司\n有限公司\n", Run("有限公司", "--mode", "search").Out);
    }

    [Fact]
    public void Line_breaks_tabs_and_backslashes_inside_tokens_are_escaped()
    {
        var (_, output, _) = Run("甲\r\n乙\t丙\\");

        Assert.Equal("甲\n\\r\\n\n乙\n\\t\n丙\n\\\\\n", output);
    }

    [Fact]
    public void Files_may_be_utf8_with_a_byte_order_mark_or_gb18030()
    {
        var directory = Directory.CreateTempSubdirectory("segment-");
        try
        {
            var utf8 = Path.Combine(directory.FullName, "utf8.txt");
            File.WriteAllBytes(utf8, [.. "\uFEFF"u8.ToArray(), .. Encoding.UTF8.GetBytes("项目支出")]);
            Assert.Equal("项目支出\n", Run("", utf8).Out);

            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var gb = Path.Combine(directory.FullName, "gb.txt");
            File.WriteAllBytes(gb, Encoding.GetEncoding("GB18030").GetBytes("基本支出"));
            Assert.Equal("基本支出\n", Run("", gb).Out);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("/nonexistent/report.txt")]
    [InlineData("--mode", "fast")]
    [InlineData("--mode")]
    [InlineData("--bogus")]
    [InlineData("a.txt", "b.txt")]
    public void Bad_usage_or_an_unreadable_file_exits_with_2(params string[] args)
    {
        var (exit, output, error) = Run("", args);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("perfeval: ", error);
    }

    [Fact]
    public void Help_exits_with_0()
    {
        var (exit, output, _) = Run("", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--mode", output);
    }
}
