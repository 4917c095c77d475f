namespace PerfEvalIngest.Segmentation;

/// <summary>
/// Cuts a run of single characters that the dictionary route left unjoined (jieba's finalseg): Han stretches go to
/// the HMM; between them, Latin letters and digits stay together with one decimal part and a trailing percent sign,
/// and anything else stays as one piece.
/// </summary>
internal static class UnknownRunCutter
{
    public static void Cut<TLexicon>(
        ReadOnlySpan<char> text, int start, int end, TLexicon lexicon, CharacterHmm hmm, CutScratch scratch, TokenSink sink)
        where TLexicon : ILexicon
    {
        var i = start;
        while (i < end)
        {
            var han = CharClasses.IsHan(text[i]);
            var j = i + 1;
            while (j < end && CharClasses.IsHan(text[j]) == han)
                j++;
            if (han)
                CutHan(text, i, j, lexicon, hmm, scratch, sink);
            else
                CutOther(text, i, j, sink);
            i = j;
        }
    }

    private static void CutHan<TLexicon>(
        ReadOnlySpan<char> text, int start, int end, TLexicon lexicon, CharacterHmm hmm, CutScratch scratch, TokenSink sink)
        where TLexicon : ILexicon
    {
        var length = end - start;
        var states = scratch.States(length);
        hmm.Decode(text[start..end], states, scratch.Backpointers(length * CharacterHmm.StateCount));
        var begin = 0;
        var emittedTo = 0;
        for (var i = 0; i < length; i++)
        {
            switch (states[i])
            {
                case CharacterHmm.Begin:
                    begin = i;
                    break;
                case CharacterHmm.End:
                    Emit(text, start + begin, start + i + 1, lexicon, sink);
                    emittedTo = i + 1;
                    break;
                case CharacterHmm.Single:
                    Emit(text, start + i, start + i + 1, lexicon, sink);
                    emittedTo = i + 1;
                    break;
            }
        }
        // Decode ends every path in End or Single, so nothing is left here; the guard keeps every character emitted regardless.
        if (emittedTo < length)
            Emit(text, start + emittedTo, end, lexicon, sink);
    }

    private static void Emit<TLexicon>(ReadOnlySpan<char> text, int start, int end, TLexicon lexicon, TokenSink sink)
        where TLexicon : ILexicon
    {
        if (end - start > 1 && lexicon.IsForcedSplit(text[start..end]))
        {
            for (var i = start; i < end; i++)
                sink.Add(i, i + 1);
        }
        else
        {
            sink.Add(start, end);
        }
    }

    /// <summary>Number-like pieces: letters and digits, then optionally "." and digits, then optionally "%".</summary>
    private static void CutOther(ReadOnlySpan<char> text, int start, int end, TokenSink sink)
    {
        var i = start;
        while (i < end)
        {
            var j = i;
            if (char.IsAsciiLetterOrDigit(text[i]))
            {
                while (j < end && char.IsAsciiLetterOrDigit(text[j]))
                    j++;
                if (j + 1 < end && text[j] == '.' && char.IsAsciiDigit(text[j + 1]))
                {
                    j += 2;
                    while (j < end && char.IsAsciiDigit(text[j]))
                        j++;
                }
                if (j < end && text[j] == '%')
                    j++;
            }
            else
            {
                while (j < end && !char.IsAsciiLetterOrDigit(text[j]))
                    j++;
            }
            sink.Add(i, j);
            i = j;
        }
    }
}
