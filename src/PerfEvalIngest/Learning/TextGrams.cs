namespace PerfEvalIngest.Learning;

/// <summary>
/// The n-grams a text classifier counts, in the order they occur: word uni- and bigrams of the space-separated
/// <see cref="TextSample.Words"/>, and character 1–3-grams of <see cref="TextSample.Chars"/> framed by a start mark
/// (U+0002) and an end mark (U+0003). A gram is a string: words joined by one space (a word never holds one), or the
/// characters themselves. This is the featurisation the models were trained with (ML.NET's word and character bags),
/// so training builds its dictionary from it and prediction counts with it.
/// </summary>
internal static class TextGrams
{
    public const int WordLength = 2, CharLength = 3;
    public const char Start = '\u0002', End = '\u0003';

    /// <summary>Word grams: at each word, the grams that start there, shortest first.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            yield return words[i];
            if (i + 1 < words.Length) yield return string.Concat(words[i], " ", words[i + 1]);
        }
    }

    /// <summary>Character grams of the framed text; an empty text has none, not even its marks.</summary>
    public static IEnumerable<string> Chars(string text)
    {
        if (text.Length == 0) yield break;
        var framed = string.Concat(Start.ToString(), text, End.ToString());
        for (int i = 0; i < framed.Length; i++)
            for (int n = 1; n <= CharLength && i + n <= framed.Length; n++)
                yield return framed.Substring(i, n);
    }
}
