using System.Text.RegularExpressions;

namespace PerfEvalIngest.Structure;

/// <summary>
/// A numbering label at the start of a paragraph: its style, its number, the label as printed ("（二）", "3、")
/// and where the text after it starts.
/// </summary>
internal sealed partial record NumberingLabel(NumberingStyle Style, int Ordinal, string Text, int Length,
    bool FollowedBySpace)
{
    [GeneratedRegex(@"^第([一二三四五六七八九十]+)部分")]
    private static partial Regex Part();

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3})[、．.]")]
    private static partial Regex ChineseComma();

    [GeneratedRegex(@"^[（(]([一二三四五六七八九十]{1,3})[）)]")]
    private static partial Regex ChineseParen();

    // "2023年" and "1.5万元" are not labels: at most two digits, and a dot label is not followed by a digit —
    // unless a year follows ("2.2024年度目标").
    [GeneratedRegex(@"^(\d{1,2})(?:、|[.．](?!\d)|[.．](?=(?:19|20)\d{2}年))")]
    private static partial Regex Arabic();

    [GeneratedRegex(@"^[（(](\d{1,2})[）)]")]
    private static partial Regex ArabicParen();

    /// <summary>Parses the label at the start of folded paragraph text, or returns null.</summary>
    public static NumberingLabel? Parse(string text)
    {
        if (text.Length == 0) return null;
        if (text[0] is >= '①' and <= '⑳')
            return Make(NumberingStyle.Circled, text[0] - '①' + 1, text, 1);

        Match m;
        if ((m = Part().Match(text)).Success)
            return Make(NumberingStyle.Part, ChineseNumerals.Parse(m.Groups[1].Value) ?? 0, text, m.Length);
        if ((m = ChineseComma().Match(text)).Success && ChineseNumerals.Parse(m.Groups[1].Value) is int cc)
            return Make(NumberingStyle.ChineseComma, cc, text, m.Length);
        if ((m = ChineseParen().Match(text)).Success && ChineseNumerals.Parse(m.Groups[1].Value) is int cp)
            return Make(NumberingStyle.ChineseParen, cp, text, m.Length);
        if ((m = Arabic().Match(text)).Success)
            return Make(NumberingStyle.Arabic, int.Parse(m.Groups[1].Value), text, m.Length);
        if ((m = ArabicParen().Match(text)).Success)
            return Make(NumberingStyle.ArabicParen, int.Parse(m.Groups[1].Value), text, m.Length);
        return null;
    }

    private static NumberingLabel Make(NumberingStyle style, int ordinal, string text, int length)
    {
        bool space = length < text.Length && text[length] is ' ' or '\u3000' or '\t';
        return new NumberingLabel(style, ordinal, text[..length], length, space);
    }

    /// <summary>The text after the label, without the spaces that separate it.</summary>
    public string Rest(string text) => text[Length..].TrimStart(' ', '\u3000', '\t');
}
