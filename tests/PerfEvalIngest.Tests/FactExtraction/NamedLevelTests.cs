using PerfEvalIngest.Facts;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.FactExtraction;

/// <summary>The last subject level a text names (「公共安全支出（204类）」), found without searching text that cannot
/// name one.</summary>
public sealed class NamedLevelTests
{
    [Fact]
    public void The_last_level_named_before_a_point_is_found()
    {
        const string text = "公共安全支出（204类）司法（06款）基层司法业务（04项）支出50.00万元";

        Assert.Equal("基层司法业务（04项）", SubjectCodes.LastNamedLevel(text)?.Value);
        Assert.Equal("司法（06款）", SubjectCodes.LastNamedLevel(text, text.IndexOf("基层", StringComparison.Ordinal))?.Value);
        // Cut before the closing bracket: no level is named whole.
        Assert.Null(SubjectCodes.LastNamedLevel(text, text.IndexOf("204类", StringComparison.Ordinal) + 4));
        Assert.Null(SubjectCodes.LastNamedLevel("项目支出（万元）合计"));
    }

    /// <summary>On every corpus and seed line and on written-out levels, whole and cut just before, at and after each
    /// closing bracket, the same match as searching the cut text with the pattern.</summary>
    [Fact]
    public void Skipping_text_without_a_closed_level_finds_what_the_pattern_finds()
    {
        var lines = RepositoryPaths.TextReports()
            .SelectMany(File.ReadLines)
            // Levels as budget disclosures name them, written out, since the corpus's reports name none.
            .Concat([
                "公共安全支出（204类）司法（06款）基层司法业务（04项）支出50.00万元",
                "7、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）支出决算为80.38万元",
                "一般公共服务支出(201类)人大事务(01款)行政运行(01项)", "教育支出（款)", "（类）", "“三公”经费（项）", "项目（万元）",
            ]);
        int named = 0;
        foreach (var line in lines)
        {
            var cuts = Enumerable.Range(0, line.Length).Where(i => line[i] is '）' or ')')
                .SelectMany(i => new[] { i - 1, i, i + 1, i + 2 }).Where(i => i >= 0 && i <= line.Length).Append(line.Length);
            foreach (var cut in cuts)
            {
                var expected = SubjectCodes.NamedLevel().Matches(line[..cut]).LastOrDefault();
                var found = SubjectCodes.LastNamedLevel(line, cut);
                Assert.Equal((expected?.Index, expected?.Value), (found?.Index, found?.Value));
                if (found != null) named++;
            }
        }
        Assert.True(named > 0, "no line names a subject level");
    }
}
