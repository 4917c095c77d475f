using PerfEvalIngest.Model;

namespace PerfEvalIngest.Checks;

/// <summary>
/// unit — "an amount whose magnitude or unit contradicts its neighbours (1776.43元 in a sentence of 万元
/// amounts)". A money figure is flagged when, as printed, it lies orders of magnitude from the median of the other
/// money figures of its paragraph, and read in their unit it comes close to it (thresholds in tolerances.json).
/// </summary>
/// <remarks>Traps: small amounts legitimately in 元 (a per-head subsidy) stay unflagged unless they name a budget
/// concept and sit among 万元 figures of the same scale once re-read; figures without a concept are not judged.</remarks>
public sealed class UnitCheck : ICheck
{
    public string Category => "unit";

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var textFacts = context.Facts.Facts.Where(f => !f.InTable).ToList();
        var bySection = textFacts.GroupBy(f => f.Location.Section ?? "")
            .ToDictionary(g => g.Key, g => FactQueries.SlippedUnits(g.ToList(), context.Tolerances));
        foreach (var block in textFacts.GroupBy(f => f.BlockIndex))
        {
            var facts = block.ToList();
            // A paragraph with too few amounts of its own ("（3）本年度培训费支出3.38元") is judged against its section.
            var slipped = facts.Count(f => f.Quantity.Kind == Facts.UnitKind.Money && f.Concept != null) >= 3
                ? FactQueries.SlippedUnits(facts, context.Tolerances)
                : bySection[facts[0].Location.Section ?? ""];
            foreach (var fact in facts)
            {
                if (!slipped.TryGetValue(fact, out var usual)) continue;
                var expected = fact.Quantity.Printed.Replace(fact.Unit, usual);
                yield return new Finding("unit", "unit", Severity.Error,
                    $"单位疑似错误：{fact.Label ?? "该金额"}写作 {fact.Show()}，同段其他金额均以{usual}计，按{usual}理解才与之相符。/ Unit slip: {fact.Show()} among amounts in {usual}; {expected} fits.",
                    fact.Text, expected, fact.Show(), fact.Location);
            }
        }
    }
}
