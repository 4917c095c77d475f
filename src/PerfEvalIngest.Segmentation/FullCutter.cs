namespace PerfEvalIngest.Segmentation;

/// <summary>
/// jieba's full mode on one block: every dictionary word that starts at each position, with the reference's quirks
/// kept: a position covered by an earlier word yields only its longer words, and single Latin letters and digits
/// (and dictionary words that start with one) are glued into one word until a character of another kind.
/// </summary>
internal static class FullCutter
{
    public static void Cut<TLexicon>(
        ReadOnlySpan<char> text, int start, int end, TLexicon lexicon, CutScratch scratch, TokenSink sink)
        where TLexicon : ILexicon
    {
        var ends = scratch.Ends(end - start);
        var coveredTo = -1;
        var latin = new LatinGlue(scratch);
        for (var k = start; k < end; k++)
        {
            var count = WordEnds(text, k, end, lexicon, ends);
            if (latin.IsOpen && !char.IsAsciiLetterOrDigit(text[k]))
                latin.Flush(sink);
            if (count == 1 && k > coveredTo)
            {
                var last = ends[0];
                if (char.IsAsciiLetterOrDigit(text[k]))
                    latin.Append(k, last + 1);
                else
                    sink.Add(k, last + 1);
                coveredTo = last;
            }
            else
            {
                foreach (var last in ends[..count])
                {
                    if (last > k)
                    {
                        sink.Add(k, last + 1);
                        coveredTo = last;
                    }
                }
            }
        }
        if (latin.IsOpen)
            latin.Flush(sink);
    }

    /// <summary>Last indices of the words starting at <paramref name="k"/>, ascending; the character itself when there are none.</summary>
    private static int WordEnds<TLexicon>(ReadOnlySpan<char> text, int k, int end, TLexicon lexicon, Span<int> ends)
        where TLexicon : ILexicon
    {
        var count = 0;
        var cursor = lexicon.Start;
        for (var j = k; j < end && lexicon.Step(ref cursor, text[j]); j++)
        {
            if (lexicon.Frequency(cursor) > 0)
                ends[count++] = j;
        }
        if (count == 0)
            ends[count++] = k;
        return count;
    }

    /// <summary>The Latin word being glued: its pieces as start, end pairs, usually adjacent.</summary>
    private struct LatinGlue(CutScratch scratch)
    {
        private int _count;

        public readonly bool IsOpen => _count > 0;

        public void Append(int start, int end)
        {
            var pieces = scratch.Pieces(_count + 2);
            pieces[_count++] = start;
            pieces[_count++] = end;
        }

        public void Flush(TokenSink sink)
        {
            var pieces = scratch.Pieces(_count).AsSpan(0, _count);
            _count = 0;
            for (var i = 2; i < pieces.Length; i += 2)
            {
                if (pieces[i] != pieces[i - 1])
                {
                    sink.AddJoined(pieces);
                    return;
                }
            }
            sink.Add(pieces[0], pieces[^1]);
        }
    }
}
