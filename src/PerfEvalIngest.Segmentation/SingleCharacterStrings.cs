using System.Runtime.CompilerServices;

namespace PerfEvalIngest.Segmentation;

/// <summary>
/// One shared string for each character that commonly stands alone as a token (ASCII, CJK punctuation, Han
/// characters, full-width forms): a third or more of all tokens are single characters, and sharing their strings
/// takes most of the per-token allocation out of a cut. Immutable after construction.
/// </summary>
internal sealed class SingleCharacterStrings
{
    /// <summary>First and last character of each range, in pairs.</summary>
    private const string RangeBounds = "\u0000\u007F\u2000\u206F\u3000\u303F\u4E00\u9FD5\uFF00\uFFEF";

    private readonly string[][] _strings;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SingleCharacterStrings()
    {
        _strings = new string[RangeBounds.Length / 2][];
        for (var r = 0; r < _strings.Length; r++)
        {
            var (first, last) = (RangeBounds[2 * r], RangeBounds[2 * r + 1]);
            var strings = new string[last - first + 1];
            for (var i = 0; i < strings.Length; i++)
                strings[i] = ((char)(first + i)).ToString();
            _strings[r] = strings;
        }
    }

    /// <summary>The text of <paramref name="source"/> from <paramref name="start"/> to <paramref name="end"/>, shared when it is one common character.</summary>
    public string Slice(string source, int start, int end)
    {
        if (end - start == 1)
        {
            var c = source[start];
            for (var r = 0; r < _strings.Length; r++)
            {
                var (first, last) = (RangeBounds[2 * r], RangeBounds[2 * r + 1]);
                if (c >= first && c <= last)
                    return _strings[r][c - first];
            }
        }
        return source.Substring(start, end - start);
    }
}
