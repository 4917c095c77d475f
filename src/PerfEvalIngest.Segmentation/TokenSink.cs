namespace PerfEvalIngest.Segmentation;

/// <summary>
/// Receives words as offsets into the text being cut, so the algorithms never allocate strings; the sink decides
/// what a word becomes (a <see cref="Token"/>, a string, a count). A virtual call per word costs far less than the
/// word itself, and keeps the algorithms from being compiled once per kind of sink.
/// </summary>
internal abstract class TokenSink
{
    public abstract void Add(int start, int end);

    /// <summary>
    /// A full-mode word glued from pieces that are not adjacent in the text; <paramref name="pieces"/> holds
    /// start, end pairs. Rare: it takes a dictionary word of Latin letters or digits overlapping a longer one.
    /// </summary>
    public abstract void AddJoined(ReadOnlySpan<int> pieces);
}
