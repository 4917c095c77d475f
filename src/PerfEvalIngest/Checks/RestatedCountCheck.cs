using PerfEvalIngest.Facts;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks;

/// <summary>
/// cross-reference.restated — "the same figure stated differently": a count the report states twice with the same
/// words before it (「全市共登记技术合同6750项」 in the summary, 「共登记技术合同6570项」 under 完成情况), once with its
/// digits slipped — two swapped, or one changed. Counts carry no concept the report-level comparison knows; their
/// own words and classifier name them.
/// </summary>
/// <remarks>Traps: the same words may count different things (两次培训, each 100人次 and 200人次), so only a slip of the
/// digits — the same number of digits, two swapped, or one changed in a number of three digits or more — is taken for the same figure mistyped; money and
/// rates are compared by concept elsewhere; approximate counts are skipped; a figure and its restatement in one sentence
/// are one statement.</remarks>
internal sealed class RestatedCountCheck : ICheck
{
    /// <summary>Characters of the words before a count that name it.</summary>
    private const int NameLength = 4;

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var blocks = context.Structure.Document.Blocks;
        var first = new Dictionary<string, Fact>(StringComparer.Ordinal);
        foreach (var fact in context.Facts.Facts)
        {
            if (fact.Quantity.Kind is not (UnitKind.Count or UnitKind.People) || !fact.Quantity.IsExact || fact.Quantity.Decimals > 0 || fact.Value < 10) continue;
            var text = fact.InTable ? fact.Text : (blocks[fact.BlockIndex] as DocumentModel.Paragraph)?.Text;
            if (text == null || Name(text, fact) is not { } name) continue;
            var key = name + "|" + Units.StripMagnitude(fact.Unit);
            if (!first.TryGetValue(key, out var earlier)) { first[key] = fact; continue; }
            if (earlier.Value == fact.Value || (earlier.BlockIndex == fact.BlockIndex && earlier.SentenceIndex == fact.SentenceIndex)) continue;
            if (!Slipped(Digits(earlier), Digits(fact))) continue;
            yield return new Finding("cross-reference.restated", Severity.Warning,
                $"同一数据前后不一致：「{name}」在 {earlier.Location.Describe()} 为 {earlier.Quantity.Printed}，在 {fact.Location.Describe()} 为 {fact.Quantity.Printed}（数字疑有笔误）。/ {name} is {earlier.Quantity.Printed} in one place and {fact.Quantity.Printed} in another.",
                fact.Text, earlier.Quantity.Printed, fact.Quantity.Printed, fact.Location);
        }
    }

    /// <summary>The Chinese words right before the figure (in its cell for a table), without 共/达/为 and the like.</summary>
    private static string? Name(string text, Fact fact)
    {
        int end = fact.InTable ? text.IndexOf(fact.Quantity.Printed, StringComparison.Ordinal) : fact.Quantity.Start;
        if (end <= 0 || end > text.Length) return null;
        var before = text[..end].TrimEnd(' ', '共', '达', '为', '了', '计', '约', '：', ':');
        int start = before.Length;
        while (start > 0 && before[start - 1] is >= '\u4e00' and <= '\u9fff' && before.Length - start < NameLength) start--;
        var name = before[start..];
        return name.Length == NameLength ? name : null;
    }

    private static string Digits(Fact f) => new(f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Where(char.IsAsciiDigit).ToArray());

    /// <summary>Same number of digits, and two neighbours swapped or (from three digits on) one digit changed.</summary>
    private static bool Slipped(string a, string b)
    {
        if (a.Length != b.Length || a == b) return false;
        var differ = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        // One digit changed in a short number is as likely another figure (15个 and 16个): only from three digits on.
        if (differ.Count == 1) return a.Length >= 3;
        return differ.Count == 2 && differ[1] == differ[0] + 1 && a[differ[0]] == b[differ[1]] && a[differ[1]] == b[differ[0]];
    }
}
