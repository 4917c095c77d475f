namespace PerfEvalIngest.Segmentation;

/// <summary>
/// Search mode as a sink over precise mode: before each word longer than two characters, the dictionary words of
/// two characters inside it, then (for words longer than three) those of three, in order of position.
/// </summary>
internal sealed class SearchExpander<TLexicon>(string text, TLexicon lexicon, TokenSink inner) : TokenSink
    where TLexicon : ILexicon
{
    public override void Add(int start, int end)
    {
        var length = end - start;
        if (length > 2)
            AddGrams(start, end, 2);
        if (length > 3)
            AddGrams(start, end, 3);
        inner.Add(start, end);
    }

    public override void AddJoined(ReadOnlySpan<int> pieces) => inner.AddJoined(pieces);

    private void AddGrams(int start, int end, int size)
    {
        for (var i = start; i + size <= end; i++)
        {
            if (IsWord(i, size))
                inner.Add(i, i + size);
        }
    }

    private bool IsWord(int start, int size)
    {
        var cursor = lexicon.Start;
        for (var i = start; i < start + size; i++)
        {
            if (!lexicon.Step(ref cursor, text[i]))
                return false;
        }
        return lexicon.Frequency(cursor) > 0;
    }
}
