using System.Text.Json;
using System.Text.RegularExpressions;
using PerfEvalIngest.Knowledge;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Checks;

public class RequiredCharactersTests
{
    [Theory]
    // Literals in sequence, each needed.
    [InlineData("比上一度", new[] { "比", "上", "一", "度" })]
    // A group is passed over whatever it holds; what follows it is still needed.
    [InlineData("(?:原因(?:是|为|：|:)?|[数额值]为|用于)。", new[] { "。" })]
    [InlineData("与(?:上年|去年)相(?![比同])", new[] { "与", "相" })]
    // A class of listed characters is one needed character, a quantifier with a minimum of one keeps it needed.
    [InlineData("[XＸ×x]{2,}", new[] { "XＸ×x" })]
    [InlineData("[（(][一二三]{1,3}[)）]、", new[] { "（(", "一二三", ")）", "、" })]
    // ?, * and {0,…} let an atom match nothing; a lazy mark does not change that.
    [InlineData("a?b*c{0,3}d+e{1,2}?f*?", new[] { "d", "e" })]
    // A negated class, a range and escapes of letters tell nothing; an escaped symbol is itself.
    [InlineData("[^。]*万", new[] { "万" })]
    [InlineData("[\\u4e00-\\u9fff]万元", new[] { "万", "元" })]
    [InlineData("[a-z]\\d+\\.\\d+", new[] { "." })]
    [InlineData("^\\s*年$", new[] { "年" })]
    // An escape is read whole: what follows its backslash is no literal (\u0041 is not "0041", \12 is not "2").
    [InlineData("\\u0041B", new[] { "B" })]
    [InlineData("\\x41\\cAB", new[] { "B" })]
    [InlineData("(?<y>a)\\k<y>x\\12c", new[] { "x", "c" })]
    [InlineData("\\p{L}元", new[] { "元" })]
    [InlineData("[\\u005D]x", new[] { "x" })]
    public void Reads_the_characters_every_match_needs(string pattern, string[] expected)
    {
        Assert.Equal(expected, RequiredCharacters.Atoms(pattern));
    }

    [Theory]
    // Alternatives at the top level, or inline options: nothing is certain.
    [InlineData("部门预算安排|本部门(?!门)")]
    [InlineData("(?i)abc")]
    [InlineData("ab(?i:c)|d")]
    // An escape of a letter it does not know.
    [InlineData("a\\qb")]
    public void Gives_up_on_patterns_it_does_not_read_safely(string pattern)
    {
        Assert.Null(RequiredCharacters.Atoms(pattern));
        Assert.Empty(RequiredCharacters.Of(pattern));
        Assert.True(RequiredCharacters.MayMatch("", RequiredCharacters.Of(pattern)));
    }

    [Fact]
    public void A_pattern_that_is_one_group_needs_nothing_certain()
    {
        Assert.Empty(RequiredCharacters.Atoms("([。，；、])\\s*\\1")!);
        Assert.True(RequiredCharacters.MayMatch("无标点", RequiredCharacters.Of("([。，；、])\\s*\\1")));
    }

    [Fact]
    public void A_text_needs_a_character_of_every_set()
    {
        var required = RequiredCharacters.Of("[（(][一二三]{1,3}[)）]、");
        Assert.True(RequiredCharacters.MayMatch("见（二）、下文", required));
        Assert.False(RequiredCharacters.MayMatch("见（二）下文", required));      // no 、
        Assert.False(RequiredCharacters.MayMatch("见(四)、下文", required));       // none of 一二三
    }

    /// <summary>Soundness on text: for every pattern of the checks' and the statements' data, a data pattern finds in every line of the
    /// corpus and the seeds the same matches as its regular expression alone.</summary>
    [Fact]
    public void Never_skips_a_line_the_data_patterns_match()
    {
        var patterns = new[] { "editorial.json", "own-year.json" }
            .SelectMany(f => JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "models", "checks", f)))
                .RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("pattern").GetString()!))
            // The statement patterns (比上年…, 决算数大于预算数 …).
            .Concat(JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "models", "statements.json"))).RootElement
                .EnumerateObject().Where(p => p.Name.EndsWith("Pattern", StringComparison.Ordinal)).Select(p => p.Value.GetString()!))
            .ToList();
        var lines = RepositoryPaths.TextReports()
            .SelectMany(File.ReadLines)
            // The slips the editorial patterns look for, written out, so that each pattern matches at least once.
            .Concat([
                "填写XX局名称", "比上年增加（减少）5万元", "（按实际填写）", "比上年基本持平", "比上年相比", "（一）、", "共计5万元。与上年持平，主要原因",
                "原因是：A。", "与上年相", "较上一度", "完成。。", "主要原因是。", "发放万元", "本部门", "增长了5.5，", "5万（含）、共6万元",
                "2023年部门决算", "2023年度单位预算公开", "截至2023年12月31日", "实施周期为2021年至2023年", "2021年-2023年",
                "比2022年度预算数相比", "较上年同期", "2023年当年预算执行数", "决算数大于年初预算数", "支出减少", "，节约的主要原因",
            ])
            .ToList();
        foreach (var pattern in patterns)
        {
            var regex = new Regex(pattern, RegexOptions.CultureInvariant);
            var search = new DataPattern(pattern);
            Assert.True(lines.Any(regex.IsMatch), $"no line matches {pattern}");
            foreach (var line in lines)
                Assert.Equal(regex.Matches(line).Select(m => (m.Index, m.Value)), search.Matches(line).Select(m => (m.Index, m.Value)));
        }
    }
}
