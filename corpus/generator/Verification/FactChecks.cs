using PerfEvalIngest.Corpus.Truth;

namespace PerfEvalIngest.Corpus.Verification;

/// <summary>
/// Identities of domain.md recomputed from the truth facts alone, independent of the claims the templates
/// registered: within one paragraph or table row a total must equal its parts when every part is named and
/// may only exceed them when some are left out; one figure stated twice must agree; 万元 amounts must not
/// turn up as 元.
/// </summary>
static class FactChecks
{
    sealed record Identity(string Total, string[] Parts, bool ExactWhenComplete);

    static readonly Identity[] Identities =
    [
        new("income.total", ["income.fiscal", "income.business", "income.other"], true),
        new("expense.total", ["expense.basic", "expense.project"], true),
        new("expense.basic", ["expense.personnel", "expense.public"], true),
        new("sangong.total", ["sangong.vehicle", "sangong.reception", "sangong.abroad"], true),
        new("staff.authorized", ["staff.management", "staff.technical", "staff.support"], true),
        new("staff.actual", ["staff.inservice", "staff.contract"], true),
        new("assets.total", ["assets.current", "assets.noncurrent"], true),
        new("assets.total", ["assets.cash", "assets.receivable", "assets.fixed", "assets.intangible"], false),
        new("assets.current", ["assets.cash", "assets.receivable"], false),
        new("assets.noncurrent", ["assets.fixed", "assets.intangible"], false),
        new("budget.adjusted", ["budget.initial", "budget.adjustment"], true),
    ];

    static readonly string[] MoneyPrefixes = ["income.", "expense.", "budget.initial", "budget.adjust", "budget.actual", "sangong.", "assets."];

    public static IEnumerable<Violation> Run(IReadOnlyList<FactEntry> facts)
    {
        foreach (var scope in facts.GroupBy(f => f.Scope))
        {
            var byConcept = scope.GroupBy(f => f.Concept).ToDictionary(g => g.Key, g => g.First());
            foreach (var id in Identities)
            {
                if (!byConcept.TryGetValue(id.Total, out var total)) continue;
                var parts = id.Parts.Where(byConcept.ContainsKey).Select(p => byConcept[p]).ToList();
                if (parts.Count == 0) continue;
                // Texts often give 年初预算 and 全年预算 without the adjustment between them: nothing to add up then.
                if (id.Total == "budget.adjusted" && parts.Count < id.Parts.Length) continue;
                var complete = id.ExactWhenComplete && parts.Count == id.Parts.Length;
                var t = Value(total);
                var sum = Range.Sum(parts.Select(Value));
                var ok = complete ? t.Overlaps(sum) : sum.Lo <= t.Hi;
                if (!ok)
                    yield return new Violation("arithmetic.sum", [total.Quote, .. parts.Select(p => p.Quote)],
                        $"{total.Concept} {total.Value} ≠ {string.Join(" + ", parts.Select(p => p.Value))}");
            }
            if (byConcept.TryGetValue("budget.rate", out var rate) && byConcept.TryGetValue("budget.actual", out var actual)
                && byConcept.TryGetValue("budget.adjusted", out var adjusted))
            {
                var computed = Range.Corners(Value(actual), Value(adjusted), (a, b) => a / b * 100);
                if (!Value(rate).Overlaps(computed))
                    yield return new Violation("arithmetic.rate", [rate.Quote, actual.Quote, adjusted.Quote], $"执行率{rate.Value}% ≠ {computed.Mid:0.00}%");
            }
        }

        foreach (var same in facts.GroupBy(f => (f.Concept, f.Aspect)))
        {
            var list = same.ToList();
            for (var i = 1; i < list.Count; i++)
                if (!Value(list[0]).Overlaps(Value(list[i])))
                    yield return new Violation("cross-reference", [list[0].Quote, list[i].Quote],
                        $"{same.Key.Concept}({same.Key.Aspect}) 前后不一致：{list[0].Value}{list[0].Unit} / {list[i].Value}{list[i].Unit}");
        }

        foreach (var f in facts.Where(f => f.Unit == "元" && MoneyPrefixes.Any(p => f.Concept.StartsWith(p, StringComparison.Ordinal))))
            yield return new Violation("unit", [f.Quote], $"{f.Concept} 以“元”计，与其他以万元计的金额不一致");
    }

    /// <summary>A fact's interval in its concept's usual unit (元 amounts are read as 万元).</summary>
    static Range Value(FactEntry f) => Range.Of(f.Value, f.Unit == "元" ? 0.0001m : 1m);
}
