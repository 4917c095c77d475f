using System.Text.RegularExpressions;
using PerfEvalIngest.Facts;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks;

/// <summary>
/// cross-reference.text-table — "the stated figure against the table cell of the same scope", for budget subjects: a
/// 说明 item 「“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”887.36万元」 states
/// the amount of one coded row of the document's own tables (208 05 06 … 873,617.00 元). The subject is found by
/// its names down the hierarchy (类, 款, 项, as the tables name them with their codes); the amount right after the
/// name must equal some figure of that row in some table.
/// </summary>
/// <remarks>Traps: a row appears in several tables with different columns (合计, 基本支出, 项目支出, 财政拨款 …): any
/// figure of any row with the code agrees, and rows of zeros only are not judged; rounding (a 元 cell read in 万元 to the text's two decimals); an item whose
/// names the tables do not carry, or carry under several codes, is not judged; the first amount after the name only,
/// and not when words of another measure come between (年初预算, 调整, 上年 — a 决算 table holds no budget).</remarks>
internal sealed partial class SubjectAmountCheck : ICheck
{
    /// <summary>What may stand between the path and its amount: quotes, 科目, 支出, 为 ….</summary>
    [GeneratedRegex(@"^[”""’\s]*(?:科目)?(?:支出)?(?:决算数?|预算数?|安排)?(?:为|是)?[：:\s]*$")]
    private static partial Regex Joiner();

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var structure = context.Structure;
        // Names by code, and each coded row's figures, from the document's own tables.
        var coded = SubjectCodes.CodedRows(structure.Document.Tables);
        var names = SubjectCodes.Names(coded);
        if (names.Count == 0) yield break;
        var codeOfRow = coded.ToDictionary(r => (r.Table, r.Row), r => r.Code);
        var figures = context.Facts.Facts
            .Where(f => f.InTable && f.Location.Row is int && f.Quantity.Kind == UnitKind.Money && f.Quantity.IsExact)
            .Select(f => (Fact: f, Code: codeOfRow.GetValueOrDefault((f.Location.Table!, f.Location.Row!.Value))))
            .Where(x => x.Code != null)
            .GroupBy(x => x.Code!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Fact).ToList(), StringComparer.Ordinal);

        foreach (var p in structure.Document.Paragraphs)
        {
            var facts = context.Facts.InBlock(p.Index).Where(f => !f.InTable && f.Quantity.Kind == UnitKind.Money && f.Quantity.IsExact).ToList();
            if (facts.Count == 0) continue;
            var paths = Paths(p.Text).ToList();
            for (int k = 0; k < paths.Count; k++)
            {
                var path = paths[k];
                int end = path[^1].Index + path[^1].Length;
                int until = k + 1 < paths.Count ? paths[k + 1][0].Index : p.Text.Length;
                var (_, sentenceEnd) = Sentences.Around(p.Text, end);
                var item = facts.Where(f => f.Quantity.Start >= end && f.Quantity.Start < Math.Max(until, sentenceEnd) && f.Quantity.Value > 0).ToList();
                if (Resolve(path, names) is { } code)
                {
                    var amount = facts.FirstOrDefault(f => f.Quantity.Start >= end);
                    if (amount == null || amount.Quantity.Start >= until || !Joiner().IsMatch(p.Text[end..amount.Quantity.Start])) continue;
                    // A row of zeros only is another fund's table, or one whose figures were not read: not judged.
                    if (!figures.TryGetValue(code, out var cells) || cells.All(c => c.Value == 0)) continue;
                    var stated = Interval.Of(amount.Quantity);
                    if (cells.Any(c => Units.Comparable(c.Unit, amount.Unit) && Interval.Of(c.Quantity).Overlaps(stated))) continue;
                    var first = cells[0];
                    var inTextUnit = Numbers.Format(first.Quantity.BaseValue / Units.Factor(amount.Unit), Math.Max(2, amount.Quantity.Decimals));
                    yield return new Finding("cross-reference.text-table", Severity.Warning,
                        $"说明与表中科目金额不符：{names[code]}（{code}）说明写 {amount.Show()}，表中为 {first.Show()}（{inTextUnit}{amount.Unit}）。/ The subject {code} is {amount.Show()} in the text and {first.Show()} in the table.",
                        amount.Text, inTextUnit + amount.Unit, amount.Show(), amount.Location);
                }
                else if (item.Count > 0 && ByAmount(path, names, figures, item) is { } row)
                {
                    var written = string.Concat(path.Select(m => m.Value));
                    var tableNames = string.Join("", Enumerable.Range(0, path.Count).Select(i => path.Count - 1 - i)
                        .Select(up => row.Length - 2 * up).Where(l => l >= 3 && names.ContainsKey(row[..l]))
                        .Select(l => $"{names[row[..l]]}（{(l == 3 ? "类" : l == 5 ? "款" : "项")}）"));
                    yield return new Finding("cross-reference.subject-name", Severity.Warning,
                        $"说明中的科目名称与表中不一致：说明写「{written.TrimStart('“', '"')}」，表中同一金额的科目 {row} 为「{tableNames}」。/ The tables name subject {row} otherwise.",
                        item[0].Text, tableNames, written, item[0].Location);
                }
            }
        }
    }

    /// <summary>The subject paths named in the text: consecutive levels 类 → 款 → 项, each right after the one before,
    /// ending on a 项.</summary>
    private static IEnumerable<List<Match>> Paths(string text)
    {
        var matches = SubjectCodes.NamedLevel().Matches(text);
        for (int i = 0; i < matches.Count; i++)
        {
            var path = new List<Match> { matches[i] };
            while (i + 1 < matches.Count && matches[i + 1].Index == path[^1].Index + path[^1].Length) path.Add(matches[++i]);
            if (path[^1].Groups[3].Value == "项") yield return path;
        }
    }

    private static int CodeLength(Match level) => level.Groups[3].Value switch { "类" => 3, "款" => 5, _ => 7 };

    /// <summary>The one code the tables name by every level of the path, or null.</summary>
    private static string? Resolve(List<Match> path, IReadOnlyDictionary<string, string> names)
    {
        var candidates = names.Keys.Where(c => c.Length == 7 && Same(names[c], path[^1].Groups[1].Value)).ToList();
        foreach (var level in path.Take(path.Count - 1))
        {
            int length = CodeLength(level);
            candidates = candidates.Where(c => names.TryGetValue(c[..length], out var n) && Same(n, level.Groups[1].Value)).ToList();
        }
        return candidates.Count == 1 ? candidates[0] : null;
    }

    /// <summary>A path whose 项 (or 款) the tables name otherwise: the highest level the tables do name so fixes the
    /// branch, and the one 项 row under it holding an amount of the item is the subject meant.</summary>
    private static string? ByAmount(List<Match> path, IReadOnlyDictionary<string, string> names,
        IReadOnlyDictionary<string, List<Fact>> figures, List<Fact> amounts)
    {
        string? parent = null;
        foreach (var level in path.Take(path.Count - 1))
        {
            int length = CodeLength(level);
            var matching = names.Keys.Where(c => c.Length == length && (parent == null || c.StartsWith(parent, StringComparison.Ordinal))
                                                 && Same(names[c], level.Groups[1].Value)).ToList();
            if (matching.Count != 1) break;
            parent = matching[0];
        }
        if (parent == null) return null;
        var rows = figures.Where(kv => kv.Key.Length == 7 && kv.Key.StartsWith(parent, StringComparison.Ordinal)
                                       && kv.Value.Any(c => amounts.Any(a => Units.Comparable(c.Unit, a.Unit) && Interval.Of(c.Quantity).Overlaps(Interval.Of(a.Quantity)))))
            .Select(kv => kv.Key).ToList();
        if (rows.Count != 1 || !names.ContainsKey(rows[0])) return null;
        // Named rightly after all (the name recurs under other branches): nothing to say.
        bool same = path.All(level => names.TryGetValue(rows[0][..CodeLength(level)], out var n) && Same(n, level.Groups[1].Value));
        return same ? null : rows[0];
    }

    /// <summary>The text's name is the table's, allowing words before it in the sentence (「主要用于」, a quote) and a
    /// shortened form whose characters the table's name holds in order (机关事业单位职业年金 for 机关事业单位职业年金缴费
    /// 支出); 其它 is 其他.</summary>
    private static bool Same(string tableName, string textName)
    {
        var table = tableName.Replace('它', '他');
        var text = textName.TrimStart('“', '"').Replace('它', '他');
        if (text.EndsWith(table, StringComparison.Ordinal)) return true;
        // The words before the name: drop them up to the table name's first character.
        int from = text.LastIndexOf(table[0]);
        while (from >= 0)
        {
            if (IsSubsequence(text[from..], table)) return true;
            from = from > 0 ? text.LastIndexOf(table[0], from - 1) : -1;
        }
        return false;
    }

    private static bool IsSubsequence(string shorter, string longer)
    {
        int j = 0;
        foreach (char c in longer)
            if (j < shorter.Length && shorter[j] == c) j++;
        return j == shorter.Length && shorter.Length >= 2;
    }
}
