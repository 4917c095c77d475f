using System.Text.RegularExpressions;
using PerfEvalIngest.Structure;

namespace PerfEvalIngest.Evaluation;

/// <summary>
/// Lists closed by their count (「A、B、C三大目标」, 「A、B和C等3项」) read plainly from a paragraph's text, where the
/// fault injector plants enumeration faults. Deliberately simple and apart from the enumeration check: the clause
/// before the count split at 、 outside brackets, the last piece split once more at 和 or 及; a site is kept only when
/// that reading gives exactly the stated number of items, so the clean report agrees with itself there.
/// </summary>
internal static partial class StatedLists
{
    /// <summary>A count and the items before it: each item's start and end in the text.</summary>
    internal sealed record Site(int NumeralStart, int NumeralLength, int Stated, IReadOnlyList<(int Start, int End)> Items);

    [GeneratedRegex(@"(?<n>\d{1,2}|[一二三四五六七八九十两]{1,3})(?:个|项|大|类|种|条|家|方面)")]
    private static partial Regex Count();

    public static IEnumerable<Site> Find(string text)
    {
        foreach (Match m in Count().Matches(text))
        {
            var numeral = m.Groups["n"];
            int start = numeral.Index;
            if (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] is '第' or '.' or '、' or '和' or '及')) continue;
            int n = int.TryParse(numeral.Value, out var digits) ? digits : ChineseNumerals.Parse(numeral.Value) ?? 0;
            if (n < 2) continue;
            int end = start > 0 && text[start - 1] == '等' ? start - 1 : start;
            var items = Items(text, end);
            if (items.Count == n) yield return new Site(start, numeral.Length, n, items);
        }
    }

    /// <summary>The pieces of the clause that ends at <paramref name="end"/>.</summary>
    private static List<(int Start, int End)> Items(string text, int end)
    {
        var cuts = new List<int>();
        int depth = 0, clause = 0;
        for (int i = end - 1; i >= 0; i--)
        {
            char c = text[i];
            if (c is '）' or ')' or '》' or '”' or '」') depth++;
            else if (c is '（' or '(' or '《' or '“' or '「') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && c is '，' or '。' or '；' or '：' or ',' or ';' or ':') { clause = i + 1; break; }
            else if (depth == 0 && c == '、') cuts.Add(i);
        }
        if (cuts.Count == 0) return [];
        cuts.Reverse();
        var items = new List<(int Start, int End)>();
        int from = clause;
        foreach (var cut in cuts)
        {
            items.Add((from, cut));
            from = cut + 1;
        }
        int joint = text.IndexOfAny(['和', '及'], from, end - from);
        if (joint > from && joint < end - 1)
        {
            items.Add((from, joint));
            from = joint + 1;
        }
        items.Add((from, end));
        return items.Any(i => i.End <= i.Start) ? [] : items;
    }
}
