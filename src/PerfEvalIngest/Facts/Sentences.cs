namespace PerfEvalIngest.Facts;

/// <summary>Sentence bounds in Chinese prose: a sentence ends at 。！？； or a line break.</summary>
internal static class Sentences
{
    public static bool IsEnd(char c) => c is '。' or '！' or '？' or '；' or '\n' or '!' or '?' or ';';

    /// <summary>Offsets where sentences start (the first is 0), in one pass.</summary>
    public static List<int> Starts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length - 1; i++)
            if (IsEnd(text[i])) starts.Add(i + 1);
        return starts;
    }

    /// <summary>The sentence around an offset, ends included.</summary>
    public static (int Start, int End) Around(string text, int offset)
    {
        int s = offset;
        while (s > 0 && !IsEnd(text[s - 1])) s--;
        int e = offset;
        while (e < text.Length && !IsEnd(text[e])) e++;
        if (e < text.Length) e++;
        return (s, e);
    }
}
