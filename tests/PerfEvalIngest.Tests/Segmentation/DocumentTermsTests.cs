using PerfEvalIngest.Knowledge;
using PerfEvalIngest.Segmentation;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Segmentation;

/// <summary>A document's parts ranked through numbered words give what ranking each part's merged counts gives.</summary>
[Collection(JiebaCollection.Name)]
public sealed class DocumentTermsTests(JiebaFixture fixture)
{
    private TfIdfKeywordExtractor Extractor() => new(new JiebaSegmenter(fixture.Dictionary), fixture.Idf,
        TfIdfKeywordExtractor.ReadStopWords(ModelDirectory.File("jieba", "stop-words.txt")));

    [Fact]
    public void The_known_text_ranks_as_jieba_ranks_it()
    {
        // The text of KeywordTests, whose weights are jieba's; here in two parts added to one, the first counted twice.
        var extractor = Extractor();
        const string firstText = "此外，公司拟对全资子公司吉林欧亚置业有限公司增资4.3亿元，增资后，吉林欧亚置业注册资本由7000万元增加到5亿元。";
        var terms = new DocumentTerms(extractor);
        var first = terms.Count(firstText);
        terms.Add(first);
        terms.Add(terms.Count("吉林欧亚置业主要经营范围为房地产开发及百货零售等业务。目前在建吉林欧亚城市商业综合体项目。" +
                              "2013年，实现营业收入0万元，实现净利润-139.13万元。"));

        Assert.Equal(["欧亚", "吉林", "置业"], terms.TakeTop(3).Select(k => k.Word));
        // The part is empty after it is taken; a text's counts can be added again to the next, which then ranks as
        // that text alone does.
        terms.Add(first);
        Assert.Equal(extractor.ExtractTags(firstText, 5), terms.TakeTop(5));
    }

    /// <summary>Every report of the corpus and the seeds as nested parts (each line, and the running whole), with a
    /// filter that drops words with a digit: the same words and weights as <see cref="TfIdfKeywordExtractor.Rank"/>.</summary>
    [Fact]
    public void Parts_rank_as_their_merged_counts_do()
    {
        var extractor = Extractor();
        static bool NoDigit(string word) => !word.Any(char.IsDigit);
        var files = RepositoryPaths.TextReports();
        foreach (var file in files)
        {
            var lines = File.ReadLines(file).Where(l => l.Length > 0).ToList();
            var terms = new DocumentTerms(extractor, NoDigit);
            var counted = lines.Select(terms.Count).ToList();
            var whole = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < lines.Count; i++)
            {
                terms.Add(counted[i]);
                var expected = extractor.Rank(extractor.CountTerms(lines[i]), 5, NoDigit);
                Assert.Equal(expected, terms.TakeTop(5));
                foreach (var (word, count) in extractor.CountTerms(lines[i]))
                    whole[word] = whole.GetValueOrDefault(word) + count;
            }
            foreach (var c in counted) terms.Add(c);
            Assert.Equal(extractor.Rank(whole, 5, NoDigit), terms.TakeTop(5));
        }
    }
}
