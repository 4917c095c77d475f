using System.Text.RegularExpressions;
using PerfEvalIngest.Checks.Arithmetic;
using PerfEvalIngest.Facts;

namespace PerfEvalIngest.Checks;

/// <summary>
/// cross-reference.text-table — "the stated figure against the table cell of the same scope", for budget subjects: a
/// 说明 item 「“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”887.36万元」 states
/// the amount of one coded row of the document's own tables (208 05 06 … 873,617.00 元). The subject is found by
/// its names down the hierarchy (类, 款, 项, as the tables name them with their codes); the amount right after the
/// name must equal some figure of that row in some table.
/// </summary>
/// <remarks>Traps: a row appears in several tables with different columns (合计, 基本支出, 项目支出, 财政拨款 …): any
/// figure of any row with the code agrees; rounding (a 元 cell read in 万元 to the text's two decimals); an item whose
/// names the tables do not carry, or carry under several codes, is not judged; the first amount after the name only,
/// and not when words of another measure come between (年初预算, 调整, 上年 — a 决算 table holds no budget).</remarks>
public sealed partial class SubjectAmountCheck : ICheck
{
    public string Category => "cross-reference";

    /// <summary>One level of a subject path: 「社会福利（款）」.</summary>
    [GeneratedRegex(@"([\u4e00-\u9fff、]{2,30}?)[（(]([类款项])[）)]")]
    private static partial Regex Level();

    /// <summary>What may stand between the path and its amount: quotes, 科目, 支出, 为 ….</summary>
    [GeneratedRegex(@"^[”""’\s]*(?:科目)?(?:支出)?(?:决算数?|预算数?|安排)?(?:为|是)?[：:\s]*$")]
    private static partial Regex Joiner();

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var structure = context.Structure;
        // Names by code, and each coded row's figures, from the document's own tables.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new Dictionary<string, Dictionary<int, string>>(StringComparer.Ordinal);
        foreach (var table in structure.Document.Tables)
        {
            var codes = new Dictionary<int, string>();
            for (int r = 0; r < table.RowCount; r++)
                if (TableAlgebraCheck.CodeOf(table, r) is { } code && SubjectNameCheck.NameOf(table, r) is { } name)
                {
                    codes[r] = code;
                    names.TryAdd(code, name);
                }
            rows[table.Id] = codes;
        }
        if (names.Count == 0) yield break;
        var figures = context.Facts.Facts
            .Where(f => f.InTable && f.Location.Row is int && f.Quantity.Kind == UnitKind.Money && f.Quantity.IsExact)
            .Select(f => (Fact: f, Code: rows.TryGetValue(f.Location.Table!, out var codes) && codes.TryGetValue(f.Location.Row!.Value, out var c) ? c : null))
            .Where(x => x.Code != null)
            .GroupBy(x => x.Code!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Fact).ToList(), StringComparer.Ordinal);

        foreach (var p in structure.Document.Paragraphs)
        {
            var facts = context.Facts.InBlock(p.Index).Where(f => !f.InTable).ToList();
            if (facts.Count == 0) continue;
            foreach (var (code, end) in Paths(p.Text, names))
            {
                var amount = facts.FirstOrDefault(f => f.Quantity.Start >= end);
                if (amount == null || amount.Quantity.Kind != UnitKind.Money || !amount.Quantity.IsExact) continue;
                if (!Joiner().IsMatch(p.Text[end..amount.Quantity.Start])) continue;
                if (!figures.TryGetValue(code, out var cells)) continue;
                var stated = Interval.Of(amount.Quantity);
                if (cells.Any(c => Units.Comparable(c.Unit, amount.Unit) && Interval.Of(c.Quantity).Overlaps(stated))) continue;
                var first = cells[0];
                var inTextUnit = Numbers.Format(first.Quantity.BaseValue / Units.Factor(amount.Unit), Math.Max(2, amount.Quantity.Decimals));
                yield return new Finding("cross-reference.text-table", Category, Severity.Warning,
                    $"说明与表中科目金额不符：{names[code]}（{code}）说明写 {amount.Show()}，表中为 {first.Show()}（{inTextUnit}{amount.Unit}）。/ The subject {code} is {amount.Show()} in the text and {first.Show()} in the table.",
                    amount.Text, inTextUnit + amount.Unit, amount.Show(), amount.Location);
            }
        }
    }

    /// <summary>The subject paths named in the text («…（类）…（款）…（项）»), each with its code when the tables name
    /// every level of it so, and where the path ends.</summary>
    private static IEnumerable<(string Code, int End)> Paths(string text, IReadOnlyDictionary<string, string> names)
    {
        var matches = Level().Matches(text);
        for (int i = 0; i < matches.Count; i++)
        {
            // A path: consecutive levels 类 → 款 → 项, each right after the one before.
            var path = new List<Match> { matches[i] };
            while (i + 1 < matches.Count && matches[i + 1].Index == path[^1].Index + path[^1].Length) path.Add(matches[++i]);
            if (path[^1].Groups[2].Value != "项") continue;
            var candidates = names.Keys.Where(c => c.Length == 7 && Same(names[c], path[^1].Groups[1].Value)).ToList();
            foreach (var level in path.Take(path.Count - 1))
            {
                int length = level.Groups[2].Value == "类" ? 3 : 5;
                candidates = candidates.Where(c => names.TryGetValue(c[..length], out var n) && Same(n, level.Groups[1].Value)).ToList();
            }
            if (candidates.Count == 1) yield return (candidates[0], path[^1].Index + path[^1].Length);
        }
    }

    /// <summary>The text's name is the table's, allowing words before it in the sentence (「主要用于」, a quote).</summary>
    private static bool Same(string tableName, string textName) =>
        textName.TrimStart('“', '"').EndsWith(tableName, StringComparison.Ordinal);
}
