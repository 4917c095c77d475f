using System.Text;
using System.Text.RegularExpressions;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Structure;

namespace PerfEvalIngest.Checks;

/// <summary>
/// enumeration — "'N个/N项/N家 …' followed by a list of a different length". Two shapes: a list closed by its
/// count ("A、B、C三大目标", "A、B、C等5家银行") and a count opening a list ("内设部门4个，名称分别是A、B、C、D").
/// </summary>
/// <remarks>
/// Traps: 等 after a list allows it to be shorter than the count ("A、B等5家" may name only some), so only a longer
/// list is flagged; bracketed and 《》 text is not split; a list is judged only when it is clean (short items,
/// no 和/及 inside an earlier item, which usually means the phrase began before the list); large counts
/// ("共6288家") are totals, not list lengths.
/// </remarks>
internal sealed partial class EnumerationCheck : ICheck
{
    private const int MaxItemLength = 24;

    [GeneratedRegex(@"(?<deng>等)?(?<n>\d{1,2}|[一二三四五六七八九十两]{1,3})(?<cls>个|项|家|大|类|种|条|方面|所|区|批次|名|篇|支|座)")]
    private static partial Regex CountAfterList();

    [GeneratedRegex(@"(?<n>\d{1,2}|[一二三四五六七八九十两]{1,3})(?<cls>个|项|家|类|种|条|方面|所|名|篇)[^，。；]{0,8}[，,]?\s*(?:名称|分别|具体)?(?:分别是|分别为|包括|即)[：:]?(?<list>[^。；]+)")]
    private static partial Regex CountBeforeList();

    /// <summary>Whether the text holds a word every match of <see cref="CountBeforeList"/> holds (分别是, 分别为, 包括,
    /// 即): most paragraphs hold none, and are not searched for one.</summary>
    private static bool MayIntroduceList(string text) =>
        text.Contains('即') || text.Contains("包括", StringComparison.Ordinal)
        || text.Contains("分别是", StringComparison.Ordinal) || text.Contains("分别为", StringComparison.Ordinal);

    /// <summary>A count stated beside a list: where its numeral is, what it says, and how many items are listed.</summary>
    public sealed record StatedCount(int NumeralStart, int NumeralLength, int Stated, int Listed, string Classifier,
        bool Deng, string Evidence, bool Joined = false)
    {
        /// <summary>The list contradicts the count (a shorter list after 等 is allowed).</summary>
        public bool Contradicts => Listed != Stated && !(Deng && Listed < Stated);
    }

    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var p in context.Structure.Document.Paragraphs)
        {
            // A run-in heading (「（二）加强…。大力拓展…」) carries body text after its title: that text is read.
            var text = p.Text;
            if (context.Structure.HeadingOfBlock.TryGetValue(p.Index, out var heading))
            {
                int title = text.IndexOf(heading.Title, StringComparison.Ordinal);
                if (title < 0) continue;
                text = text[(title + heading.Title.Length)..];
            }
            foreach (var finding in Judge(text, context.Structure.LocationOf(p), context)) yield return finding;
        }
        // A table's sentences (年度重点任务表's 完成情况: 「…前后台数据看板系统等五大功能模块」) state counts as prose does.
        foreach (var table in context.Structure.Document.Tables)
            foreach (var cell in table.Cells.Where(c => c.Text.Length > 12))
                foreach (var finding in Judge(cell.Text, table.CellLocation(context.Structure.LocationOf(table), cell.Row, cell.Col), context))
                    yield return finding;
    }

    private static IEnumerable<Finding> Judge(string text, Location location, CheckContext context)
    {
        foreach (var count in Find(text, context.Tolerances.EnumerationMaxCount))
        {
            if (count.Contradicts) yield return Make(location, count);
            // 「A、B、C、D等5项」: 等 may close a partial list, so a shorter one is a note for the reviewer, not a fault.
            else if (count.Deng && count.Listed < count.Stated && count.Listed >= 3 && !count.Joined)
                yield return new Finding("enumeration.partial", Severity.Info,
                    $"列举少于所称数量：文中称{count.Stated}{count.Classifier}，“等”前列出{count.Listed}{count.Classifier}，请核对是否漏列。/ {count.Listed} of {count.Stated} listed before 等.",
                    count.Evidence.Trim(), count.Stated.ToString(), count.Listed.ToString(), location);
        }
    }

    /// <summary>Every count the text states beside a clean list, contradicted or not.</summary>
    public static IEnumerable<StatedCount> Find(string text, int max)
    {
        var seen = new HashSet<int>();
        foreach (Match m in MayIntroduceList(text) ? CountBeforeList().Matches(text) : Enumerable.Empty<Match>())
        {
            if (Count(m.Groups["n"].Value) is not int n || n < 2 || n > max || IsSubjectCode(text, m)) continue;
            var items = SplitList(m.Groups["list"].Value, fromEnd: false, m.Groups["cls"].Value);
            if (items == null || items.Count < 2) continue;
            seen.Add(m.Groups["n"].Index);
            yield return new StatedCount(m.Groups["n"].Index, m.Groups["n"].Length, n, items.Count, m.Groups["cls"].Value, false, m.Value);
        }

        foreach (Match m in CountAfterList().Matches(text))
        {
            if (seen.Contains(m.Groups["n"].Index)) continue;
            if (Count(m.Groups["n"].Value) is not int n || n < 2 || n > max || IsSubjectCode(text, m)) continue;
            if (m.Index > 0 && (char.IsDigit(text[m.Index - 1]) || text[m.Index - 1] is '第' or '.')) continue;
            // 「办公厅、研究室和3个专门委员会」: a count after 和/、 is an item of the list, not its length; 「“四个全面”」
            // in quotes is a name.
            int numeral = m.Groups["n"].Index;
            if (numeral > 0 && text[numeral - 1] is '和' or '及' or '与' or '、' or '“' or '"' or '《') continue;
            // 「启动…三个“100”行动」: a count before a quoted name counts that name's kind, which is listed elsewhere.
            int after = m.Index + m.Length;
            if (after < text.Length && text[after] is '“' or '"' or '「') continue;
            // 「党的二十大」 is a congress, not twenty of anything: 大 counts a few great things (五大功能模块).
            if (m.Groups["cls"].Value == "大" && (n > 10 || text[..numeral].EndsWith("党的", StringComparison.Ordinal))) continue;
            var clause = ClauseBefore(text, m.Index);
            var items = SplitList(clause, fromEnd: true, m.Groups["cls"].Value);
            // 「《…》及《…》的两个专版」: titles joined by 及/和/与 are a list of their own.
            if ((items == null || items.Count < 2) && TitleCount(clause) is int titles and >= 2)
            {
                yield return new StatedCount(m.Groups["n"].Index, m.Groups["n"].Length, n, titles, m.Groups["cls"].Value,
                    m.Groups["deng"].Success, clause + m.Value, Joined: true);
                continue;
            }
            // 「项目《A》、省科协《B》和市项目《C》、市科协《D》等4项课题」: one title to each item, whatever stands beside it.
            if ((items == null || items.Count < 2 || items.Any(i => IndexOfConjunction(i) >= 0)) && TitledItems(clause) is int titled)
            {
                yield return new StatedCount(m.Groups["n"].Index, m.Groups["n"].Length, n, titled, m.Groups["cls"].Value,
                    m.Groups["deng"].Success, clause + m.Value);
                continue;
            }
            if (items == null || items.Count < 2) continue;
            // 「组织…对接会、组织14家企业…」: the item before the count repeats the first item's verb; the count is its object.
            if (items[^1].Length <= 2 && items[0].StartsWith(items[^1], StringComparison.Ordinal)) continue;
            yield return new StatedCount(m.Groups["n"].Index, m.Groups["n"].Length, n, items.Count, m.Groups["cls"].Value,
                m.Groups["deng"].Success, clause + m.Value, items.Any(i => IndexOfConjunction(i) >= 0));
        }
    }

    /// <summary>A budget subject code, not a count: 公共安全支出（204类）司法（06款）基层司法业务（04项）.</summary>
    private static bool IsSubjectCode(string text, Match m)
    {
        int start = m.Groups["n"].Index, end = m.Groups["cls"].Index + m.Groups["cls"].Length;
        return start > 0 && text[start - 1] is '（' or '(' && end < text.Length && text[end] is '）' or ')';
    }

    private static int? Count(string s) => int.TryParse(s, out var n) ? n : ChineseNumerals.Parse(s);

    /// <summary>The clause that ends at <paramref name="end"/>: back to the previous ，。；： outside brackets.</summary>
    private static string ClauseBefore(string text, int end)
    {
        int depth = 0;
        int i = end - 1;
        for (; i >= 0; i--)
        {
            char c = text[i];
            if (c is '）' or ')' or '》' or '”' or '」') depth++;
            else if (c is '（' or '(' or '《' or '“' or '「') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && c is '，' or '。' or '；' or '：' or ',' or ';' or ':') break;
        }
        return text[(i + 1)..end];
    }

    /// <summary>Items of a 、-list with bracketed text blanked; null when the list is not clean enough to count.</summary>
    private static List<string>? SplitList(string list, bool fromEnd, string classifier = "")
    {
        var flat = new StringBuilder();
        int depth = 0;
        foreach (char c in list)
        {
            if (c is '（' or '(' or '《' or '“' or '「') { depth++; continue; }
            if (c is '）' or ')' or '》' or '”' or '」') { depth = Math.Max(0, depth - 1); continue; }
            if (depth == 0) flat.Append(c);
        }
        var items = flat.ToString().Split('、').Select(s => s.Trim()).ToList();
        if (!fromEnd)
        {
            // A count before its list: the list ends at the first comma.
            var last = items[^1];
            int comma = last.IndexOfAny(['，', ',']);
            if (comma >= 0) items[^1] = last[..comma];
        }
        if (items.Count < 2 || items.Any(i => i.Length == 0)) return null;
        // Items carrying figures ("管理人员110名、专业技术人员80名、工勤技能人员9名") are quantities, not names.
        if (items.Skip(1).Any(i => YearOrdinal().Replace(i, "").Any(char.IsAsciiDigit))) return null;
        if (classifier.Length > 0 && items.Any(i => CountedBy(i, classifier))) return null;

        // 「坚持问题导向、…、服务导向建设和完善门户网站、企业用户奖补系统、…等五大功能模块」: a list closed by its count
        // starts after the last 和/及 of an earlier item, which ends the phrase before it.
        if (fromEnd)
            for (int k = items.Count - 3; k >= 0; k--)
                if (IndexOfConjunction(items[k]) is int joint and >= 0)
                {
                    items = [items[k][(joint + 1)..], .. items.Skip(k + 1)];
                    if (items[0].Length == 0) return null;
                    break;
                }
        var lastItem = items[^1];
        int conjunction = IndexOfConjunction(lastItem);
        if (conjunction > 0 && conjunction < lastItem.Length - 1)
        {
            items[^1] = lastItem[..conjunction];
            items.Add(lastItem[(conjunction + 1)..]);
        }
        // A year (「2023年江苏省J-TOP创新挑战季生物医药产业专场」) dates an item; it does not make it a phrase.
        int Length(string item) => YearOrdinal().Replace(item, "").Length;
        for (int k = 0; k < items.Count; k++)
        {
            bool edge = fromEnd ? k == 0 : k == items.Count - 1;
            if (Length(items[k]) > MaxItemLength && !edge) return null;
            if (k < items.Count - 2 && IndexOfConjunction(items[k]) >= 0) return null;
        }
        if (fromEnd && Length(items[0]) > MaxItemLength + 8) return null;
        return items;
    }

    private static int IndexOfConjunction(string item) => item.IndexOfAny(['和', '及']);

    /// <summary>Whether <paramref name="item"/> holds a figure counted by <paramref name="classifier"/> (「3项」): a
    /// decimal digit of any script right before the word.</summary>
    private static bool CountedBy(string item, string classifier)
    {
        for (int at = item.IndexOf(classifier, 1, StringComparison.Ordinal); at > 0; at = item.IndexOf(classifier, at + 1, StringComparison.Ordinal))
            if (char.IsDigit(item[at - 1])) return true;
        return false;
    }

    [GeneratedRegex(@"(?:19|20)\d{2}年度?")]
    private static partial Regex YearOrdinal();

    /// <summary>The number of 《》 titles in a clause that holds nothing else between them but 和/及/与/、 (and 的 after
    /// the last), or null.</summary>
    private static int? TitleCount(string clause)
    {
        int first = clause.IndexOf('《');
        if (first < 0) return null;
        int titles = 0, depth = 0;
        var between = new StringBuilder();
        foreach (char c in clause[first..])
        {
            if (c == '《') { if (depth++ == 0) titles++; continue; }
            if (c == '》') { depth = Math.Max(0, depth - 1); continue; }
            if (depth == 0) between.Append(c);
        }
        var rest = between.ToString().Trim();
        return rest.All(c => c is '和' or '及' or '与' or '、' or '的' or ' ') ? titles : null;
    }

    /// <summary>The number of items of a clause split at 、和及与 outside brackets when every item holds exactly one
    /// 《》 title and there are at least two; null otherwise.</summary>
    private static int? TitledItems(string clause)
    {
        int items = 0, titles = 0, depth = 0;
        bool clean = true;
        void Close()
        {
            if (titles != 1) clean = false;
            items++;
            titles = 0;
        }
        foreach (char c in clause)
        {
            if (c == '《') { if (depth++ == 0) titles++; continue; }
            if (c == '》') { depth = Math.Max(0, depth - 1); continue; }
            if (depth == 0 && c is '、' or '和' or '及' or '与') Close();
        }
        Close();
        return clean && items >= 2 ? items : null;
    }

    private static Finding Make(Location location, StatedCount c) =>
        new("enumeration", Severity.Warning,
            $"列举数量不符：文中称{c.Stated}{c.Classifier}，实际列出{c.Listed}{c.Classifier}{(c.Deng ? "（“等”前列举多于所称数量）" : "")}。/ Stated count {c.Stated}, {c.Listed} items listed.",
            c.Evidence.Trim(), c.Stated.ToString(), c.Listed.ToString(), location);
}
