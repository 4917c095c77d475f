using System.Globalization;
using System.Text;

namespace PerfEvalIngest.Ingest.Word;

/// <summary>
/// Renders one level's counter the way Word prints it for a w:numFmt value. Formats Word only offers for other
/// scripts fall back to decimal: a wrong digit shape is better than a missing label.
/// </summary>
internal static class WordNumberFormats
{
    private const string ChineseDigits = "零一二三四五六七八九";
    private const string LegalDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";
    private const string EarthlyBranches = "子丑寅卯辰巳午未申酉戌亥";

    /// <summary>Null for formats that print no number (none, bullet): the caller decides what a bullet shows.</summary>
    public static string? Format(int value, string? numFmt) => numFmt switch
    {
        null or "" or "decimal" => Decimal(value),
        "none" or "bullet" => null,
        "decimalZero" => value is >= 0 and < 10 ? "0" + Decimal(value) : Decimal(value),
        // Past what the scheme writes sensibly (Word stops letters at 780, Roman numerals at 3999) a hostile start value
        // would print millions of letters: the decimal number stands in.
        "upperRoman" => value > MaxRoman ? Decimal(value) : Roman(value),
        "lowerRoman" => value > MaxRoman ? Decimal(value) : Roman(value).ToLowerInvariant(),
        "upperLetter" => Letters(value, 'A'),
        "lowerLetter" => Letters(value, 'a'),
        "chineseCounting" or "chineseCountingThousand" or "taiwaneseCounting" or "taiwaneseCountingThousand"
            or "japaneseCounting" or "ideographDigital" => Chinese(value, ChineseDigits, "十百千"),
        "chineseLegalSimplified" or "ideographLegalTraditional" => Chinese(value, LegalDigits, "拾佰仟"),
        "ideographTraditional" => Cycle(value, HeavenlyStems),
        "ideographZodiac" => Cycle(value, EarthlyBranches),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" or "ideographEnclosedCircle" =>
            value is >= 1 and <= 20 ? ((char)('①' + value - 1)).ToString() : Decimal(value),
        "decimalEnclosedParen" => value is >= 1 and <= 20 ? ((char)('⑴' + value - 1)).ToString() : $"({Decimal(value)})",
        "decimalEnclosedFullstop" => value is >= 1 and <= 20 ? ((char)('⒈' + value - 1)).ToString() : $"{Decimal(value)}.",
        "decimalFullWidth" or "decimalFullWidth2" => FullWidth(value),
        _ => Decimal(value),
    };

    private static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string FullWidth(int value)
    {
        var digits = Decimal(value);
        var sb = new StringBuilder(digits.Length);
        foreach (var c in digits) sb.Append(c is >= '0' and <= '9' ? (char)('０' + (c - '0')) : c);
        return sb.ToString();
    }

    /// <summary>Counting style: 十一 not 一十一, 一百零五, 二千零二十; beyond 9999 the digits are read one by one.</summary>
    private static string Chinese(int value, string digits, string units)
    {
        if (value <= 0) return digits[0].ToString();
        if (value > 9999)
            return string.Concat(Decimal(value).Select(c => digits[c - '0']));
        var sb = new StringBuilder();
        int[] places = [value / 1000, value / 100 % 10, value / 10 % 10, value % 10];
        bool pendingZero = false;
        for (int i = 0; i < 4; i++)
        {
            int d = places[i];
            if (d == 0)
            {
                pendingZero = sb.Length > 0;
                continue;
            }
            if (pendingZero) sb.Append(digits[0]);
            pendingZero = false;
            bool bareTen = i == 2 && d == 1 && sb.Length == 0;
            if (!bareTen) sb.Append(digits[d]);
            if (i < 3) sb.Append(units[2 - i]);
        }
        return sb.ToString();
    }

    private static string Cycle(int value, string symbols) =>
        value >= 1 ? symbols[(value - 1) % symbols.Length].ToString() : Decimal(value);

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000) return Decimal(value);
        (int, string)[] table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var sb = new StringBuilder();
        foreach (var (n, s) in table)
            while (value >= n) { sb.Append(s); value -= n; }
        return sb.ToString();
    }

    /// <summary>Word repeats the letter past Z (AA, BBB), unlike spreadsheet columns.</summary>
    private static string Letters(int value, char first) =>
        value <= 0 || value > MaxLetters ? Decimal(value) : new string((char)(first + (value - 1) % 26), (value - 1) / 26 + 1);

    private const int MaxLetters = 780, MaxRoman = 3999;
}
