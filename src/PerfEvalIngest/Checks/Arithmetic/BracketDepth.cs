namespace PerfEvalIngest.Checks.Arithmetic;

/// <summary>How deep in round brackets each character of a text stands (the bracket itself counts as inside): a figure in
/// 「（其中江北新区1206家）」 details its whole rather than being one.</summary>
internal static class BracketDepth
{
    public static int[] Of(string text)
    {
        var depth = new int[text.Length + 1];
        int d = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '（' or '(') d++;
            depth[i] = d;
            if (text[i] is '）' or ')') d = Math.Max(0, d - 1);
        }
        depth[text.Length] = d;
        return depth;
    }
}
