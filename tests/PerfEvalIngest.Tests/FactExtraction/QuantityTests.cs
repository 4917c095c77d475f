using PerfEvalIngest.Facts;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.FactExtraction;

/// <summary>Figures as real PDFs print them, and the numbers that are not figures.</summary>
public sealed class QuantityTests
{
    [Theory]
    [InlineData("年初预算为 232.02 万元，支出决算为 219.24 万元", new[] { "232.02万元", "219.24万元" })]
    [InlineData("各增加 3,958.67 万元，增长 21.95 %", new[] { "3958.67万元", "21.95%" })]
    [InlineData("（一）人员经费 11,257.35 万元。", new[] { "11257.35万元" })]
    public void A_space_between_a_figure_and_its_unit_is_no_gap(string text, string[] expected)
    {
        var found = QuantityScanner.Scan(text).Select(q => q.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + q.Unit);

        Assert.Equal(expected, found);
    }

    [Theory]
    [InlineData("公共安全支出（204类）司法（06款）基层司法业务（04项）支出50.00万元", new[] { "50.00万元" })]
    [InlineData("2018 年度部门预算，较 2017 年增加", new string[0])]
    public void Codes_and_years_are_not_figures(string text, string[] expected)
    {
        var found = QuantityScanner.Scan(text).Select(q => q.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + q.Unit);

        Assert.Equal(expected, found);
    }

    [Fact]
    public void Subject_code_columns_are_labels_not_amounts()
    {
        // A text dump prints a table one cell per TAB line, rows apart by a blank line; the code header spans
        // the three code columns (an empty cell after it is that cell merged across).
        static string Row(params string[] cells) => string.Concat(cells.Select(c => "\t" + c + "\n")) + "\n";
        var result = TestPipeline.Check("支出预算总表\n单位：元\n" +
            Row("功能分类科目编码", "功能分类科目编码", "功能分类科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出") +
            Row("类", "款", "项", "功能分类科目名称", "合计", "基本支出", "项目支出") +
            Row("201", "", "", "一般公共服务支出", "2,932,700", "2,932,700", "0") +
            Row("201", "05", "", "统计信息事务", "257,700", "257,700", "0") +
            Row("201", "05", "07", "专项普查活动", "257,700", "257,700", "0"));
        var tableFacts = result.Facts!.Facts.Where(f => f.InTable).ToList();

        Assert.DoesNotContain(tableFacts, f => f.Value is 201 or 5 or 7);
        Assert.Equal(9, tableFacts.Count);
        Assert.Contains(tableFacts, f => f.Value == 257700m && f.Unit == "元" && f.Row == "专项普查活动" && f.Column == "基本支出");
    }

    /// <summary>The figure search starts a little before each digit instead of at every character: on every line of the
    /// corpus and the seeds, and on written-out figures with qualifiers, spaces, signs and other scripts' digits, it
    /// finds what the pattern finds scanning the whole line.</summary>
    [Fact]
    public void Searching_from_the_digits_finds_what_the_whole_line_gives()
    {
        var lines = RepositoryPaths.TextReports()
            .SelectMany(File.ReadLines)
            .Concat([
                "不低于  -.5万元", "约\u3000\u300012个", "高于\t-3.2%", "不不低于5项", "超过 1,234.5万元", "第27期", "-. 5", "近.5%",
                "  \t 7", "≥≥90%", "=＝3", "完成率为９８．５％", "共٣٤万元", "增长 12 %余", "-", "不低于", "",
            ])
            .ToList();
        static IEnumerable<string> Captures(System.Text.RegularExpressions.Match m) =>
            m.Groups.Values.Select(g => $"{g.Name}:{g.Success}:{g.Index}:{g.Value}");
        foreach (var line in lines)
            Assert.Equal(QuantityScanner.Arabic.Matches(line).SelectMany(Captures), QuantityScanner.ArabicMatches(line).SelectMany(Captures));

        var spaced = Assert.Single(QuantityScanner.Scan("目标不低于  -.5万元"));
        Assert.Equal((-0.5m, "不低于", "万元", 2), (spaced.Value, spaced.Qualifier, spaced.Unit, spaced.Start));
    }
}
