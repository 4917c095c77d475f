namespace PerfEvalIngest.Segmentation;

/// <summary>
/// Maps full-width digits and Latin letters, and the full-width forms of the symbols jieba keeps inside numbers
/// and names (<c>＋ ＃ ＆ ． ＿ ％ －</c>), to ASCII, so that "２３．４％" is cut like "23.4%". The mapping is one UTF-16
/// unit to one, so offsets into the normalised text are offsets into the original.
/// </summary>
internal static class WidthNormalizer
{
    private const int FullWidthOffset = 0xFEE0;

    public static char Map(char c) => c switch
    {
        >= '\uFF10' and <= '\uFF19' => (char)(c - FullWidthOffset),
        >= '\uFF21' and <= '\uFF3A' => (char)(c - FullWidthOffset),
        >= '\uFF41' and <= '\uFF5A' => (char)(c - FullWidthOffset),
        '\uFF0B' or '\uFF03' or '\uFF06' or '\uFF0E' or '\uFF3F' or '\uFF05' or '\uFF0D' => (char)(c - FullWidthOffset),
        _ => c,
    };

    /// <summary>The normalised text; the same instance when nothing needed mapping, so ASCII-width input costs no copy.</summary>
    public static string Normalize(string text)
    {
        var first = IndexOfFullWidth(text);
        if (first < 0)
            return text;
        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan(0, state.first).CopyTo(span);
            for (var i = state.first; i < span.Length; i++)
                span[i] = Map(state.text[i]);
        });
    }

    private static int IndexOfFullWidth(string text)
    {
        // Every mapped character lies in U+FF03..U+FF5A, so one vectorised range search finds candidates.
        var from = 0;
        while (true)
        {
            var found = text.AsSpan(from).IndexOfAnyInRange('\uFF03', '\uFF5A');
            if (found < 0)
                return -1;
            var index = from + found;
            if (Map(text[index]) != text[index])
                return index;
            from = index + 1;
        }
    }
}
