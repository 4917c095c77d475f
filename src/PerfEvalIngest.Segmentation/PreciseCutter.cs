namespace PerfEvalIngest.Segmentation;

/// <summary>
/// jieba's precise mode on one block: the most probable route through the graph of dictionary words, found by
/// dynamic programming from the end of the block over log frequencies; then either the HMM for the single
/// characters the route leaves between words, or (without HMM) gluing single Latin letters and digits.
/// </summary>
internal static class PreciseCutter
{
    public static void Cut<TLexicon>(
        ReadOnlySpan<char> text, int start, int end, TLexicon lexicon, CharacterHmm? hmm, CutScratch scratch, TokenSink sink)
        where TLexicon : ILexicon
    {
        var length = end - start;
        var next = scratch.Next(length);
        FindRoute(text.Slice(start, length), lexicon, scratch.Score(length + 1), next);
        if (hmm is null)
            EmitGluingLatin(text, start, next, sink);
        else
            EmitWithHmm(text, start, next, lexicon, hmm, scratch, sink);
    }

    /// <summary>
    /// For every position, the last index of the word that starts the best route from there. Scores are summed in
    /// the reference's order and ties go to the longer word, so equal-probability routes resolve identically.
    /// </summary>
    private static void FindRoute<TLexicon>(ReadOnlySpan<char> block, TLexicon lexicon, Span<double> score, Span<int> next)
        where TLexicon : ILexicon
    {
        var logTotal = lexicon.LogTotal;
        var n = block.Length;
        score[n] = 0.0;
        for (var i = n - 1; i >= 0; i--)
        {
            var cursor = lexicon.Start;
            var bestEnd = -1;
            var bestScore = 0.0;
            for (var j = i; j < n && lexicon.Step(ref cursor, block[j]); j++)
            {
                if (lexicon.Frequency(cursor) <= 0)
                    continue;
                var candidate = lexicon.LogFrequency(cursor) - logTotal + score[j + 1];
                if (bestEnd < 0 || candidate >= bestScore)
                {
                    bestScore = candidate;
                    bestEnd = j;
                }
            }
            if (bestEnd < 0)
            {
                // No word starts here: the character stands alone with jieba's floor frequency of one.
                bestScore = 0.0 - logTotal + score[i + 1];
                bestEnd = i;
            }
            score[i] = bestScore;
            next[i] = bestEnd;
        }
    }

    private static void EmitGluingLatin(ReadOnlySpan<char> text, int start, ReadOnlySpan<int> next, TokenSink sink)
    {
        var latinFrom = -1;
        for (var x = 0; x < next.Length;)
        {
            var y = next[x] + 1;
            if (y - x == 1 && char.IsAsciiLetterOrDigit(text[start + x]))
            {
                if (latinFrom < 0)
                    latinFrom = x;
            }
            else
            {
                if (latinFrom >= 0)
                {
                    sink.Add(start + latinFrom, start + x);
                    latinFrom = -1;
                }
                sink.Add(start + x, start + y);
            }
            x = y;
        }
        if (latinFrom >= 0)
            sink.Add(start + latinFrom, start + next.Length);
    }

    private static void EmitWithHmm<TLexicon>(
        ReadOnlySpan<char> text, int start, ReadOnlySpan<int> next, TLexicon lexicon, CharacterHmm hmm, CutScratch scratch, TokenSink sink)
        where TLexicon : ILexicon
    {
        var singlesFrom = -1;
        for (var x = 0; x < next.Length;)
        {
            var y = next[x] + 1;
            if (y - x == 1)
            {
                if (singlesFrom < 0)
                    singlesFrom = x;
            }
            else
            {
                if (singlesFrom >= 0)
                {
                    EmitSingles(text, start + singlesFrom, start + x, lexicon, hmm, scratch, sink);
                    singlesFrom = -1;
                }
                sink.Add(start + x, start + y);
            }
            x = y;
        }
        if (singlesFrom >= 0)
            EmitSingles(text, start + singlesFrom, start + next.Length, lexicon, hmm, scratch, sink);
    }

    /// <summary>
    /// A run of characters the route left single. If the run as a whole is a dictionary word the route still
    /// preferred single characters, and jieba keeps them single; otherwise the HMM proposes words.
    /// </summary>
    private static void EmitSingles<TLexicon>(
        ReadOnlySpan<char> text, int start, int end, TLexicon lexicon, CharacterHmm hmm, CutScratch scratch, TokenSink sink)
        where TLexicon : ILexicon
    {
        if (end - start == 1)
        {
            sink.Add(start, end);
        }
        else if (lexicon.IsWord(text[start..end]))
        {
            for (var i = start; i < end; i++)
                sink.Add(i, i + 1);
        }
        else
        {
            UnknownRunCutter.Cut(text, start, end, lexicon, hmm, scratch, sink);
        }
    }
}
