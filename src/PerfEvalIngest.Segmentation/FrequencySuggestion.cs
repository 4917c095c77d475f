namespace PerfEvalIngest.Segmentation;

/// <summary>
/// jieba's <c>suggest_freq</c>. The probability of the parts is multiplied out in the same order and converted
/// back to a count with the same truncation, so a suggested frequency is the number jieba would suggest.
/// </summary>
internal static class FrequencySuggestion
{
    /// <summary>A frequency at which <paramref name="word"/> outscores the route through its current parts.</summary>
    public static int Joined(JiebaDictionary dictionary, UserWords user, string word)
    {
        var lexicon = new LayeredLexicon(dictionary.Trie, user);
        using var parts = new PooledBuffer<Range>(word.Length);
        JiebaSegmenter.Segment(word, SegmentMode.Precise, hmm: false, lexicon, dictionary.Hmm, new RangeCollector(parts));
        var probability = PartProbability(lexicon, word, parts.ToArray());
        var joined = (long)(probability * lexicon.Total) + 1;
        long current = lexicon.Lookup(word) ?? 1;
        return checked((int)Math.Max(joined, current));
    }

    /// <summary>A frequency at which the concatenation of <paramref name="segments"/> loses to the segments themselves.</summary>
    public static int Split(JiebaDictionary dictionary, UserWords user, IReadOnlyList<string> segments)
    {
        var lexicon = new LayeredLexicon(dictionary.Trie, user);
        var word = string.Concat(segments);
        double total = lexicon.Total;
        var probability = 1.0;
        foreach (var segment in segments)
            probability *= (lexicon.Lookup(segment) ?? 1) / total;
        var split = (long)(probability * lexicon.Total);
        long current = lexicon.Lookup(word) ?? 0;
        return checked((int)Math.Min(split, current));
    }

    private static double PartProbability(LayeredLexicon lexicon, string word, Range[] parts)
    {
        double total = lexicon.Total;
        var probability = 1.0;
        foreach (var part in parts)
            probability *= (lexicon.Lookup(word.AsSpan()[part]) ?? 1) / total;
        return probability;
    }
}
