using System.Text.RegularExpressions;

namespace PerfEvalIngest.Corpus.Writing;

/// <summary>
/// Picks the quote for a number: the clause it ends, from the previous clause break to the end of its unit
/// ("其中财政拨款收入为2318.05万元"), which is what a reviewer would cite as evidence.
/// </summary>
static partial class Quotes
{
    [GeneratedRegex(@"^[（(][0-9一二三四五六七八九十]+[）)]")]
    private static partial Regex ListLabel();

    const string ClauseBreaks = "，。；：！？,;:（(、\n";

    /// <param name="acrossLists">Keep going over 、 so a count quotes the list it counts ("设有A、B、C3个").</param>
    public static int ClauseStart(string text, int start, bool acrossLists = false)
    {
        var i = start - 1;
        while (i >= 0)
        {
            var c = text[i];
            // A bracket closed before the number is part of the label ("全年支出预算（调整后）"), not a break.
            var closedBracket = c is '（' or '(' && text.IndexOf('）', i, start - i) >= 0;
            if (ClauseBreaks.Contains(c) && !closedBracket && !(acrossLists && c == '、')) break;
            i--;
        }
        var s = i + 1;
        // "（3）本年度…": a list label opening the clause is not part of it.
        if (ListLabel().Match(text[s..]) is { Success: true } m && s + m.Length <= start)
            s += m.Length;
        while (s < start && text[s] == ' ') s++;
        return s;
    }

    public static string Clause(string text, int start, int end, bool acrossLists = false) => text[ClauseStart(text, start, acrossLists)..end];
}
