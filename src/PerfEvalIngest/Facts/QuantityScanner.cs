using System.Globalization;
using System.Text.RegularExpressions;
using PerfEvalIngest.Structure;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Facts;

/// <summary>
/// Finds the quantities in folded text: Arabic figures with units and qualifiers, and small Chinese-numeral
/// counts with a classifier (两项, 三批次, 十余场).
/// </summary>
/// <remarks>
/// Not quantities (domain guide, "traps"): years and dates (2023年, 2023年度, 11月30日, 2018-2021年), document
/// numbers (〔2020〕107号), ordinals (第27期, 第八届), budget subject codes ((204类)(06款)(04项)), phone and other
/// long identifiers, and bare numbers in running text that carry no unit (identifiers, list labels). In table cells a bare number is a quantity: its unit comes
/// from the table's caption or headers.
/// </remarks>
internal static partial class QuantityScanner
{
    // Built once from models/units.json.
    /// <summary>The words that may stand before a figure and qualify it, longest first where one begins another.</summary>
    private static readonly string[] Qualifiers =
        ["不低于", "不少于", "不超过", "不高于", "不足", "至少", "超过", "高于", "低于", "约", "近", "超", "逾", ">=", "<=", "≥", "≤", ">", "<", "=", "＝"];

    /// <summary>How far before its first digit a match of <see cref="Arabic"/> may start, besides the spaces between
    /// qualifier and figure: the longest qualifier, a minus sign and a decimal point.</summary>
    private static readonly int LongestQualifier = Qualifiers.Max(q => q.Length);

    internal static readonly Regex Arabic = PatternRegex.Of(
        @"(?<qual>" + string.Join("|", Qualifiers.Select(Regex.Escape)) + @")?\s*" +
        @"(?<num>-?(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d+)?|-?\.\d+)" +
        @"(?<approx>余|多)?" +
        // PDF text often spaces a figure from its unit ("232.02 万元", "21.95 %"): one or two spaces, never a line.
        @"(?:[ \u3000]{0,2}(?<unit>" + Units.Vocabulary.Alternation(Units.Words.Money.Keys.Concat(Units.Words.Percent)) +
        "|(?:" + Units.Vocabulary.Alternation(Units.Words.Magnitudes.Keys) + ")?(?:" + Units.Vocabulary.Alternation(Units.Words.Classifiers) + ")" +
        "|" + Units.Vocabulary.Alternation(Units.Words.Magnitudes.Keys) + "))?" +
        @"(?<suffix>余|多|以上|左右|以内|以下)?");

    internal static readonly Regex Chinese = PatternRegex.Of(
        @"(?<![一二三四五六七八九十两百千万第几])(?<num>[一二三四五六七八九十两]{1,3})(?<approx>余|多)?(?<unit>" +
        Units.Vocabulary.Alternation(Units.Words.ChineseCountClassifiers) + ")");

    /// <summary>What every match of <see cref="Chinese"/> holds: text without any is not scanned for one, which most
    /// table cells and many sentences are not.</summary>
    private static readonly System.Buffers.SearchValues<char> ChineseDigits = System.Buffers.SearchValues.Create("一二三四五六七八九十两");

    public static List<Quantity> Scan(string text, bool bareNumbersAllowed = false)
    {
        var found = new List<Quantity>();
        foreach (var m in ArabicMatches(text))
        {
            var q = FromArabic(text, m, bareNumbersAllowed);
            if (q != null) found.Add(q);
        }
        if (!text.AsSpan().ContainsAny(ChineseDigits))
            return found;
        foreach (Match m in Chinese.Matches(text))
        {
            if (IsChineseOrdinalOrWord(text, m)) continue;
            if (found.Any(q => q.Start < m.Index + m.Length && m.Index < q.End)) continue;
            var value = ChineseNumerals.Parse(m.Groups["num"].Value);
            if (value is null or 0) continue;
            var approx = m.Groups["approx"].Success ? m.Groups["approx"].Value : null;
            found.Add(new Quantity(value.Value, 0, m.Groups["unit"].Value, approx, m.Index, m.Length, m.Value));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>
    /// The matches of <see cref="Arabic"/>, the same as <c>Arabic.Matches(text)</c> gives, found by searching only a
    /// little before each figure. Every match holds a decimal digit (<c>\d</c>, any script's), and what precedes its
    /// first digit in the match is a qualifier, spaces, a minus sign and a decimal point; so no match starts before
    /// the start found by stepping back over those from the next digit, and the pattern is not tried at the many
    /// characters of running text that merely begin a qualifier (不, 高, 近 …) or are spaces.
    /// </summary>
    internal static IEnumerable<Match> ArabicMatches(string text)
    {
        int at = 0;
        for (int digit = NextDecimalDigit(text, at); digit >= 0; digit = NextDecimalDigit(text, at))
        {
            int from = digit;
            if (from > at && text[from - 1] == '.') from--;
            if (from > at && text[from - 1] == '-') from--;
            while (from > at && char.IsWhiteSpace(text[from - 1])) from--;
            from = Math.Max(at, from - LongestQualifier);
            // A match is found at the digit at the latest: \d+ matches there with no qualifier.
            var m = Arabic.Match(text, from);
            yield return m;
            at = m.Index + m.Length;
        }
    }

    /// <summary>The first character at or after <paramref name="from"/> that <c>\d</c> matches (Unicode category Nd), or
    /// -1: ASCII digits found at vector speed, then the other scripts' digits, none of which lie among the CJK
    /// ideographs.</summary>
    private static int NextDecimalDigit(string text, int from)
    {
        var rest = text.AsSpan(from);
        int ascii = rest.IndexOfAnyInRange('0', '9');
        var before = ascii < 0 ? rest : rest[..ascii];
        for (int i = 0; i < before.Length; i++)
            if (before[i] > '\u007F' && before[i] is < '\u4E00' or > '\u9FFF' && char.IsDigit(before[i])) return from + i;
        return ascii < 0 ? -1 : from + ascii;
    }

    // The groups by number: looking a group up by its name costs a search of the pattern's names for every figure.
    private static readonly int QualGroup = Arabic.GroupNumberFromName("qual"), NumGroup = Arabic.GroupNumberFromName("num"),
        ApproxGroup = Arabic.GroupNumberFromName("approx"), UnitGroup = Arabic.GroupNumberFromName("unit"),
        SuffixGroup = Arabic.GroupNumberFromName("suffix");

    private static Quantity? FromArabic(string text, Match m, bool bareNumbersAllowed)
    {
        var num = m.Groups[NumGroup];
        int start = num.Index;
        if (start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '_' or '-' or '/' or '~'))
            return null;
        string unit = m.Groups[UnitGroup].Value;
        int end = m.Index + m.Length;
        // Views, not copies: a paragraph with many figures would otherwise copy itself twice per figure.
        var after = text.AsSpan(num.Index + num.Length);
        var before = text.AsSpan(0, start);

        if (IsDateOrIdentifier(before, num.Value, after, unit)) return null;
        if (unit.Length == 0 && !bareNumbersAllowed) return null;
        if (unit is "万" or "亿" && !bareNumbersAllowed) return null;
        // "1.5万" alone in a table is 15,000 of the table's unit; in text it needs a unit after it (handled above).
        var numberText = num.Value.Replace(",", "");
        if (!decimal.TryParse(numberText, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            return null;
        int decimals = numberText.Contains('.') ? numberText.Length - numberText.IndexOf('.') - 1 : 0;

        string? qualifier = m.Groups[QualGroup].Success && m.Groups[QualGroup].Length > 0 ? m.Groups[QualGroup].Value : null;
        if (qualifier == "＝") qualifier = "=";
        if (m.Groups[ApproxGroup].Success) qualifier ??= m.Groups[ApproxGroup].Value;
        if (m.Groups[SuffixGroup].Success && m.Groups[SuffixGroup].Length > 0) qualifier ??= m.Groups[SuffixGroup].Value;

        int qStart = m.Groups[QualGroup].Success && m.Groups[QualGroup].Length > 0 ? m.Groups[QualGroup].Index : start;
        return new Quantity(value, decimals, unit, qualifier, qStart, end - qStart, text[qStart..end]);
    }

    private static bool IsDateOrIdentifier(ReadOnlySpan<char> before, string number, ReadOnlySpan<char> after, string unit)
    {
        var trimmedBefore = before.TrimEnd();
        after = after.TrimStart([' ', '\u3000']);     // "2018 年" as PDF text spaces it
        char prev = trimmedBefore.Length > 0 ? trimmedBefore[^1] : '\0';
        char next = after.Length > 0 ? after[0] : '\0';

        if (prev == '第') return true;                                         // 第27期, 第3名
        // Budget subject codes: 公共安全支出（204类）司法（06款）基层司法业务（04项）.
        if (prev is '（' or '(' && after.Length > 1 && after[0] is '类' or '款' or '项' && after[1] is '）' or ')') return true;
        if (prev is '〔' or '[' or '【' || next is '〕' or ']' or '】') return true;   // 〔2020〕107号
        if (next is '年' or '月' or '日' or '号' or '时' or '届' or '点' || after.StartsWith("季度", StringComparison.Ordinal) || after.StartsWith("周岁", StringComparison.Ordinal))
            return true;
        if (next is '-' or '—' or '~' or '至' && after.Length > 1 && char.IsDigit(after[1])) return true;   // 2018-2021年
        if (prev is '-' or '—' or '~' || (trimmedBefore.EndsWith("至", StringComparison.Ordinal) && unit.Length == 0)) return true;
        // A list of ordinals shares its 第: 第27、28期.
        if (prev == '、' && OrdinalListBefore(trimmedBefore)) return true;
        var digits = number.TrimStart('-').Replace(",", "");
        int intDigits = digits.Contains('.') ? digits.IndexOf('.') : digits.Length;
        if (unit.Length == 0 && intDigits >= 7 && !number.Contains(',')) return true;   // phone numbers, codes
        if (unit.Length == 0 && intDigits == 4 && digits.Length == 4 && digits.StartsWith("20", StringComparison.Ordinal) && !after.StartsWith(".", StringComparison.Ordinal))
            return true;                                                       // a bare year
        return false;
    }

    private static bool OrdinalListBefore(ReadOnlySpan<char> before)
    {
        int i = before.Length - 2;
        while (i >= 0 && (char.IsDigit(before[i]) || before[i] == '、')) i--;
        return i >= 0 && before[i] == '第';
    }

    private static bool IsChineseOrdinalOrWord(string text, Match m)
    {
        int end = m.Index + m.Length;
        char next = end < text.Length ? text[end] : '\0';
        // 一是 / 一类知识产权 / 三大 are not counts; 一个 / 一项 alone ("一项重要工作") carry no list.
        if (m.Groups["num"].Value == "一") return true;
        return next is '是' or '级';
    }
}
