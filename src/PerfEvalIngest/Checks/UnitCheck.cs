using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Checks;

/// <summary>
/// unit — "an amount whose magnitude or unit contradicts its neighbours (1776.43元 in a sentence of 万元
/// amounts)". A money figure is flagged when, as printed, it lies orders of magnitude from the median of the other
/// money figures of its paragraph, and read in their unit it comes close to it (thresholds in tolerances.json).
/// </summary>
/// <remarks>Traps: small amounts legitimately in 元 (a per-head subsidy) stay unflagged unless they name a budget
/// concept and sit among 万元 figures of the same scale once re-read; figures without a concept are not judged.</remarks>
internal sealed class UnitCheck : ICheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        var textFacts = context.Facts.Facts.Where(f => !f.InTable).ToList();
        // A section's slips are worked out only for a paragraph that needs them, once.
        var sections = textFacts.ToLookup(f => f.Location.Section ?? "");
        var bySection = new Dictionary<string, Dictionary<Facts.Fact, string>>(StringComparer.Ordinal);
        Dictionary<Facts.Fact, string> SectionSlips(string section) => bySection.TryGetValue(section, out var known)
            ? known : bySection[section] = FactQueries.SlippedUnits(sections[section].ToList(), context.Tolerances);
        foreach (var block in textFacts.GroupBy(f => f.BlockIndex))
        {
            var facts = block.ToList();
            // A paragraph with too few amounts of its own ("（3）本年度培训费支出3.38元") is judged against its section.
            var slipped = facts.Count(f => f.Quantity.Kind == Knowledge.UnitKind.Money && f.Concept != null) >= 3
                ? FactQueries.SlippedUnits(facts, context.Tolerances)
                : SectionSlips(facts[0].Location.Section ?? "");
            foreach (var fact in facts)
            {
                if (!slipped.TryGetValue(fact, out var usual)) continue;
                var expected = fact.Quantity.Printed.Replace(fact.Unit, usual);
                yield return new Finding("unit", Severity.Error,
                    $"单位疑似错误：{fact.Label ?? "该金额"}写作 {fact.Show()}，同段其他金额均以{usual}计，按{usual}理解才与之相符。/ Unit slip: {fact.Show()} among amounts in {usual}; {expected} fits.",
                    fact.Text, expected, fact.Show(), fact.Location);
            }
        }
        foreach (var finding in ColumnUnits(context)) yield return finding;
    }

    private static IEnumerable<Finding> ColumnUnits(CheckContext context)
    {
        foreach (var (odd, usual) in SlippedColumns(context))
            yield return new Finding("unit", Severity.Error,
                $"单位疑似错误：「{odd.Column}」列以{odd.Unit}计，而其数值与同表以{usual}计的各列同一量级，单位应为{usual}。/ Column unit {odd.Unit} among columns in {usual} of the same scale.",
                odd.Column ?? "", usual, odd.Unit, odd.Location);
    }

    /// <summary>A table column whose header gives another money unit (实际支出数（元）) than its sibling columns (万元),
    /// while its figures stand at their scale and the table's rate column agrees with them read in the siblings' unit:
    /// the header's unit slipped, and every figure under it reads 10,000 off. Each is given by its first figure and
    /// the siblings' unit. The rate check reads such a column in its siblings' unit too, so that one slip is one
    /// finding (this one, at the header's column) and not also a wrong rate on every row.</summary>
    public static IEnumerable<(Facts.Fact First, string Usual)> SlippedColumns(CheckContext context)
    {
        foreach (var table in context.Facts.Facts.Where(f => f.InTable && f.Quantity.Kind == Knowledge.UnitKind.Money && f.Quantity.IsExact && f.Value != 0)
                     .GroupBy(f => f.Location.Table))
        {
            var columns = table.GroupBy(f => f.Location.Col).Where(c => c.Select(f => f.Unit).Distinct().Count() == 1)
                .Select(c => (Column: c.Key, Unit: c.First().Unit, Median: Median(c.Select(f => Math.Abs(f.Value))), First: c.First())).ToList();
            var units = columns.GroupBy(c => c.Unit).OrderByDescending(g => g.Count()).ToList();
            if (units.Count != 2 || units[0].Count() < 2 || units[1].Count() != 1) continue;
            var odd = units[1].First();
            decimal usual = Median(units[0].Select(c => c.Median));
            if (usual == 0 || odd.Median == 0) continue;
            decimal ratio = odd.Median / usual;
            // As printed the odd column sits at its siblings' scale; in its own unit it would be orders away.
            if (ratio < 0.1m || ratio > 10m || Knowledge.Units.Factor(odd.Unit) == Knowledge.Units.Factor(units[0].Key)) continue;
            // The table's own rate column must bear it out: 执行率 = 实际支出 / 调整预算 holds only with both read in one
            // unit (a 单价（元） column beside 金额（万元） has no rate to agree with).
            var rates = context.Facts.Facts.Where(f => f.Location.Table == table.Key && f.Quantity.Kind == Knowledge.UnitKind.Percent && f.Quantity.IsExact).ToList();
            bool confirmed = rates.Any(rate => table.Where(f => f.Location.Row == rate.Location.Row).ToList() is var row
                && row.FirstOrDefault(f => f.Location.Col == odd.Column) is { } part
                && row.Any(whole => whole.Location.Col != odd.Column && whole.Unit == units[0].Key && whole.Value != 0
                                    && Math.Abs(part.Value / whole.Value * 100m - rate.Value) <= 0.01m + 0.5m * (decimal)Math.Pow(10, -rate.Quantity.Decimals)));
            if (confirmed) yield return (odd.First, units[0].Key);
        }
    }

    private static decimal Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
