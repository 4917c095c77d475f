namespace PerfEvalIngest.Segmentation;

/// <summary>Collects <see cref="Token"/>s whose text comes from the caller's original (unnormalised) text.</summary>
internal sealed class TokenCollector(string original, SingleCharacterStrings strings, PooledBuffer<Token> tokens) : TokenSink
{
    public override void Add(int start, int end) => tokens.Add(new Token(strings.Slice(original, start, end), start, end));

    public override void AddJoined(ReadOnlySpan<int> pieces) => tokens.Add(new Token(Join(original, pieces), pieces[0], pieces[^1]));

    internal static string Join(string source, ReadOnlySpan<int> pieces)
    {
        var length = 0;
        for (var i = 0; i < pieces.Length; i += 2)
            length += pieces[i + 1] - pieces[i];
        return string.Create(length, (source, bounds: pieces.ToArray()), static (chars, state) =>
        {
            var at = 0;
            for (var i = 0; i < state.bounds.Length; i += 2)
            {
                var piece = state.source.AsSpan(state.bounds[i], state.bounds[i + 1] - state.bounds[i]);
                piece.CopyTo(chars[at..]);
                at += piece.Length;
            }
        });
    }
}

/// <summary>Collects word strings, as jieba's <c>lcut</c> returns them.</summary>
internal sealed class StringCollector(string source, SingleCharacterStrings strings, PooledBuffer<string> words) : TokenSink
{
    public override void Add(int start, int end) => words.Add(strings.Slice(source, start, end));

    public override void AddJoined(ReadOnlySpan<int> pieces) => words.Add(TokenCollector.Join(source, pieces));
}

/// <summary>Collects offsets only, for callers that slice the text themselves.</summary>
internal sealed class RangeCollector(PooledBuffer<Range> ranges) : TokenSink
{
    public override void Add(int start, int end) => ranges.Add(new Range(start, end));

    public override void AddJoined(ReadOnlySpan<int> pieces) => ranges.Add(new Range(pieces[0], pieces[^1]));
}
