namespace PerfEvalIngest.Segmentation;

/// <summary>
/// Splits a text the way jieba does before any dictionary work: maximal runs of block characters
/// (<see cref="CharClasses.IsBlockChar"/>) go to the mode's cutter; everything else yields whitespace one character
/// at a time (CR LF together) and other characters one by one, or, in full mode, as whole runs.
/// </summary>
internal static class TextCutter
{
    public static void Cut<TLexicon>(
        ReadOnlySpan<char> text, SegmentMode mode, TLexicon lexicon, CharacterHmm? hmm, TokenSink sink)
        where TLexicon : ILexicon
    {
        using var scratch = new CutScratch();
        var full = mode == SegmentMode.Full;
        var i = 0;
        while (i < text.Length)
        {
            var block = CharClasses.IsBlockChar(text[i]);
            var j = i + 1;
            while (j < text.Length && CharClasses.IsBlockChar(text[j]) == block)
                j++;
            if (!block)
                CutOther(text, i, j, full, sink);
            else if (full)
                FullCutter.Cut(text, i, j, lexicon, scratch, sink);
            else
                PreciseCutter.Cut(text, i, j, lexicon, hmm, scratch, sink);
            i = j;
        }
    }

    private static void CutOther(ReadOnlySpan<char> text, int start, int end, bool full, TokenSink sink)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            int j;
            if (c == '\r' && i + 1 < end && text[i + 1] == '\n')
            {
                j = i + 2;
            }
            else if (CharClasses.IsPythonWhitespace(c))
            {
                j = i + 1;
            }
            else if (full)
            {
                j = i + 1;
                while (j < end && !CharClasses.IsPythonWhitespace(text[j]))
                    j++;
            }
            else
            {
                // One code point, as the reference iterates a Python string: a surrogate pair stays together.
                j = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? i + 2 : i + 1;
            }
            sink.Add(i, j);
            i = j;
        }
    }
}
