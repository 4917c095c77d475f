namespace PerfEvalIngest.Corpus.Figures;

/// <summary>Chinese numerals for heading labels (一、（三）) and for counts written out (两项, 三大目标).</summary>
static class ChineseNumerals
{
    const string Digits = "零一二三四五六七八九";

    public static string Of(int n)
    {
        if (n is < 0 or > 99) throw new ArgumentOutOfRangeException(nameof(n));
        if (n < 10) return Digits[n].ToString();
        var tens = n / 10;
        var ones = n % 10;
        return (tens == 1 ? "" : Digits[tens].ToString()) + "十" + (ones == 0 ? "" : Digits[ones].ToString());
    }

    /// <summary>Counts before a measure word use 两 for 2 ("两项", "两个批次").</summary>
    public static string Count(int n) => n == 2 ? "两" : Of(n);

    public static bool IsNumeral(string s) => s.All(c => c is '两' or '十' || Digits.Contains(c));

    public static int Parse(string s)
    {
        s = s.Replace('两', '二');
        var ten = s.IndexOf('十');
        if (ten < 0) return s.Aggregate(0, (acc, c) => acc * 10 + Digits.IndexOf(c));
        var tens = ten == 0 ? 1 : Digits.IndexOf(s[0]);
        var ones = ten == s.Length - 1 ? 0 : Digits.IndexOf(s[^1]);
        return tens * 10 + ones;
    }

    public static string Circled(int n) => ((char)('①' + n - 1)).ToString();
}
