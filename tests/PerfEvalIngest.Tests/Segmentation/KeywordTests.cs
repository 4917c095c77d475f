using PerfEvalIngest.Tests.Support;
using System.Globalization;
using PerfEvalIngest.Segmentation;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Tests.Segmentation;

/// <summary>TF-IDF keywords against jieba.analyse.extract_tags, weights compared exactly.</summary>
[Collection(JiebaCollection.Name)]
public sealed class KeywordTests(JiebaFixture fixture)
{
    private TfIdfKeywordExtractor Extractor(JiebaSegmenter segmenter)
        => new(segmenter, fixture.Idf, TfIdfKeywordExtractor.ReadStopWords(ModelDirectory.File("jieba", "stop-words.txt")));

    [Fact]
    public void Keywords_of_a_known_text_match_jieba_with_their_weights()
    {
        const string text = "此外，公司拟对全资子公司吉林欧亚置业有限公司增资4.3亿元，增资后，吉林欧亚置业注册资本由7000万元增加到5亿元。" +
                            "吉林欧亚置业主要经营范围为房地产开发及百货零售等业务。目前在建吉林欧亚城市商业综合体项目。" +
                            "2013年，实现营业收入0万元，实现净利润-139.13万元。";

        var keywords = Extractor(new JiebaSegmenter(fixture.Dictionary)).ExtractTags(text, topK: 10);

        Assert.Equal(
            [new Keyword("欧亚", 0.7300142700289363), new Keyword("吉林", 0.659038184373617), new Keyword("置业", 0.4887134522112766),
             new Keyword("万元", 0.3392722481859574), new Keyword("增资", 0.33582401985234045), new Keyword("4.3", 0.25435675538085106),
             new Keyword("7000", 0.25435675538085106), new Keyword("2013", 0.25435675538085106),
             new Keyword("139.13", 0.25435675538085106), new Keyword("实现", 0.19900979900382978)],
            keywords);
    }

    [Fact]
    public void Stop_words_and_single_characters_are_not_keywords()
    {
        var extractor = Extractor(new JiebaSegmenter(fixture.Dictionary));

        var keywords = extractor.ExtractTags("The budget is 预算 and the 预算 of this 项目 is ok 的", topK: 0);

        // "budget" and "ok" tie (both missing from the IDF table) and keep their order of appearance.
        Assert.Equal(
            [new Keyword("预算", 2.882941593484), new Keyword("budget", 2.39095350058), new Keyword("ok", 2.39095350058),
             new Keyword("项目", 0.976566078424)],
            keywords);
        Assert.Equal(31, extractor.StopWords.Count);
    }

    [Fact]
    public void A_few_kept_keywords_are_the_heaviest_accepted_ones_ties_in_order_of_appearance()
    {
        var extractor = Extractor(new JiebaSegmenter(fixture.Dictionary));
        var counts = extractor.CountTerms("The budget is 预算 and the 预算 of this 项目 is ok 的");

        // Without 预算, the heaviest, the two that tie come first, in the order they appear; 项目 is left out.
        var keywords = extractor.Rank(counts, topK: 2, keep: word => word != "预算");

        Assert.Equal([new Keyword("budget", 2.39095350058), new Keyword("ok", 2.39095350058)], keywords);
    }

    [Fact]
    public void Idf_table_gives_jiebas_values_and_the_median_for_words_it_lacks()
    {
        // Values from jieba's analyse/idf.txt, of common words and of single characters at the ends of the ideographs.
        Assert.Equal(7.20735398371, fixture.Idf["预算"]);
        Assert.Equal(8.65893063692, fixture.Idf["绩效"]);
        Assert.Equal(3.69538325294, fixture.Idf["一"]);
        Assert.Equal(8.0285598625, fixture.Idf["龢"]);
        // Not in the table, including a word that shares a first character with many that are: the median.
        Assert.Equal(fixture.Idf.Median, fixture.Idf["预算绩效自评报告书"]);
        Assert.Equal(fixture.Idf.Median, fixture.Idf["zh"]);
        Assert.Equal(fixture.Idf.Median, fixture.Idf[""]);
        Assert.False(fixture.Idf.Contains("龥"));
    }

    [Fact]
    public void Idf_table_hashes_as_the_data_script_does_and_reaches_every_word_through_its_slots()
    {
        // FNV-1a's published 32-bit values for "" and "a" (one code unit below 256 hashes as its byte); 预 is U+9884.
        Assert.Equal(0x811C9DC5u, IdfTable.Hash(""));
        Assert.Equal(0xE40C292Cu, IdfTable.Hash("a"));
        Assert.Equal(unchecked((0x811C9DC5u ^ 0x9884u) * 16777619u), IdfTable.Hash("预"));
        // A word the table stores but cannot reach would silently weigh as the median.
        for (var i = 0; i < fixture.Idf.Count; i++)
            Assert.Equal(i, fixture.Idf.IndexOf(fixture.Idf.Word(i)));
    }

    [Fact]
    public void Idf_table_has_jiebas_median_and_greatest_value()
    {
        Assert.Equal(11.9547675029, fixture.Idf.Median);
        // The value of the 34,108 rarest words of idf.txt (龟镜 …), the bound a ranking may skip words by.
        Assert.Equal(13.900677652, fixture.Idf.Max);
        Assert.Equal(270132, fixture.Idf.Count);
    }

    [Fact]
    public void Keywords_of_the_mixed_text_match_the_reference() => AssertMatchesReference("mixed-text",
        ReferenceStreams.ReadGzipText(Path.Combine(RepositoryPaths.SegmentationReference, "mixed-text.txt.gz")));

    [SeedTheory]
    [InlineData("000_3c5d018504183b2f")]
    [InlineData("001_51313b31403ae784")]
    [InlineData("002_98fcc12b36c2cf12")]
    public void Keywords_of_the_seed_reports_match_the_reference(string seed)
        => AssertMatchesReference(seed, ReferenceStreams.ReadSeed(seed));

    private void AssertMatchesReference(string name, string text)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.SegmentationReference, name + ".keywords.txt"));
        foreach (var variant in new[] { "width", "userdict" })
        {
            var expected = lines.Select(l => l.Split('\t')).Where(f => f[0] == variant)
                .Select(f => new Keyword(f[1], double.Parse(f[2], CultureInfo.InvariantCulture))).ToArray();
            var actual = Extractor(fixture.Segmenter(variant)).ExtractTags(text);
            Assert.Equal(expected, actual);
        }
    }
}
