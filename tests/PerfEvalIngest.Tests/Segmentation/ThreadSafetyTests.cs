using PerfEvalIngest.Tests.Support;
using PerfEvalIngest.Segmentation;

namespace PerfEvalIngest.Tests.Segmentation;

/// <summary>One loaded dictionary shared by many threads cuts exactly as one thread does.</summary>
[Collection(JiebaCollection.Name)]
public sealed class ThreadSafetyTests(JiebaFixture fixture)
{
    [Fact]
    public void Parallel_segmentations_over_one_dictionary_match_a_single_thread()
    {
        var text = ReferenceStreams.ReadGzipText(Path.Combine(RepositoryPaths.SegmentationReference, "mixed-text.txt.gz"));
        var paragraphs = text.Split('\n').Where(p => p.Length > 0).Take(1500).ToArray();
        var shared = new JiebaSegmenter(fixture.Dictionary).LoadUserDict(fixture.BudgetUserDictionaryPath);
        var modes = new[] { SegmentMode.Precise, SegmentMode.Full, SegmentMode.Search };

        var sequential = paragraphs.Select((p, i) => Signature(shared.Tokenize(p, modes[i % 3], hmm: i % 2 == 0))).ToArray();

        var parallel = new string[paragraphs.Length];
        Parallel.For(0, paragraphs.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, n =>
        {
            var i = n % paragraphs.Length;
            // Every fourth pass builds its own segmenter over the shared dictionary, adding user words on the way.
            var segmenter = n / paragraphs.Length == 3
                ? new JiebaSegmenter(fixture.Dictionary).LoadUserDict(fixture.BudgetUserDictionaryPath)
                : shared;
            var signature = Signature(segmenter.Tokenize(paragraphs[i], modes[i % 3], hmm: i % 2 == 0));
            var previous = Interlocked.CompareExchange(ref parallel[i], signature, null);
            Assert.True(previous is null || previous == signature, $"paragraph {i} cut two different ways");
        });

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Adding_words_on_one_thread_does_not_change_segmenters_on_others()
    {
        var plain = new JiebaSegmenter(fixture.Dictionary);
        var expected = plain.Cut("网易杭研大厦");

        Parallel.For(0, 64, i =>
        {
            var mine = plain.AddWord("杭研大厦" + i % 4, 1000 + i).DelWord("网易");
            Assert.Equal(expected, plain.Cut("网易杭研大厦"));
            Assert.Equal(["网", "易", "杭研", "大厦"], mine.Cut("网易杭研大厦"));
        });
    }

    private static string Signature(IReadOnlyList<Token> tokens) => string.Join("\u0001", tokens.Select(t => $"{t.Start}:{t.End}:{t.Text}"));
}
