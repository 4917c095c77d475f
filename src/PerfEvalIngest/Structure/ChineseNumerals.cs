namespace PerfEvalIngest.Structure;

/// <summary>Values of small Chinese numerals (一 … 九十九, 两, 〇/零), as used for ordinals and counts.</summary>
internal static class ChineseNumerals
{
    public static int? Digit(char c) => c switch
    {
        '〇' or '零' => 0, '一' => 1, '二' or '两' => 2, '三' => 3, '四' => 4, '五' => 5,
        '六' => 6, '七' => 7, '八' => 8, '九' => 9, _ => null,
    };

    /// <summary>Parses 一 … 九十九 (and 百 for round hundreds); null for anything else.</summary>
    public static int? Parse(ReadOnlySpan<char> s)
    {
        if (s.Length == 0) return null;
        if (s.Length == 1)
            return s[0] == '十' ? 10 : s[0] == '百' ? 100 : Digit(s[0]);
        int ten = s.IndexOf('十');
        if (ten < 0) return null;
        int tens = ten == 0 ? 1 : s.Length > 0 && Digit(s[0]) is int t && ten == 1 ? t : -1;
        if (tens < 0) return null;
        var after = s[(ten + 1)..];
        if (after.Length == 0) return tens * 10;
        return after.Length == 1 && Digit(after[0]) is int u ? tens * 10 + u : null;
    }

    /// <summary>一 … 九十九 as written in headings and counts (十一, 二十, 二十三).</summary>
    public static string Format(int n)
    {
        const string digits = "〇一二三四五六七八九";
        if (n is < 1 or > 99) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (n < 10) return digits[n].ToString();
        var tens = n / 10 == 1 ? "十" : digits[n / 10] + "十";
        return n % 10 == 0 ? tens : tens + digits[n % 10];
    }
}
