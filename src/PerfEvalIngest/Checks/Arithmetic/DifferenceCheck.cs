using PerfEvalIngest.Facts;
using PerfEvalIngest.Model;

namespace PerfEvalIngest.Checks.Arithmetic;

/// <summary>
/// arithmetic.difference — "a stated difference (超支 26.02万元, 增加 X) equals the difference of the two
/// amounts". The two amounts are the two money figures of one concept (budget and actual, or this year and last)
/// just before the stated difference in its paragraph.
/// </summary>
/// <remarks>Traps: "增加主要原因为…" states no amount and is skipped; amounts of different concepts are never
/// subtracted; rounding (intervals); approximate figures skipped.</remarks>
public sealed class DifferenceCheck : ICheck
{
    public string Category => "arithmetic";
    private const string Rule = "arithmetic.difference";

    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var block in context.Facts.Facts.Where(f => !f.InTable).GroupBy(f => f.BlockIndex))
        {
            var facts = block.ToList();
            var text = context.Structure.Document.Blocks[block.Key] is Paragraph p ? p.Text : "";
            for (int i = 2; i < facts.Count; i++)
            {
                var stated = facts[i];
                if (stated.Quantity.Kind != UnitKind.Money || !stated.Quantity.IsExact) continue;
                var window = text[facts[i - 1].Quantity.End..stated.Quantity.Start];
                var tail = window.TrimEnd(' ', '了', '为', '：', ':', '共', '计', '达');
                var word = context.Tolerances.DifferenceWords.Keys.FirstOrDefault(w => tail.EndsWith(w, StringComparison.Ordinal));
                if (word == null || stated.SentenceIndex != facts[i - 1].SentenceIndex) continue;

                var a = facts[i - 2];
                var b = facts[i - 1];
                if (a.Quantity.Kind != UnitKind.Money || b.Quantity.Kind != UnitKind.Money) continue;
                if (stated.SentenceIndex - a.SentenceIndex > 1) continue;
                if (!SameQuantity(a, b)) continue;
                if (!a.Quantity.IsExact || !b.Quantity.IsExact) continue;

                var difference = Interval.Of(b.Quantity) - Interval.Of(a.Quantity);
                var magnitude = difference.Low >= 0 ? difference : new Interval(-difference.High, -difference.Low);
                if (difference.Low < 0 && difference.High > 0) magnitude = new Interval(0, Math.Max(-difference.Low, difference.High));
                if (magnitude.Overlaps(Interval.Of(stated.Quantity))) continue;

                int decimals = Math.Max(stated.Quantity.Decimals, Math.Max(a.Quantity.Decimals, b.Quantity.Decimals));
                var expected = Numbers.Format(Math.Abs(b.Quantity.BaseValue - a.Quantity.BaseValue) / Units.Factor(stated.Unit), decimals);
                yield return new Finding(Rule, "arithmetic", Severity.Error,
                    $"差额与数据不符：{b.Show()} 与 {a.Show()} 相差 {expected}{stated.Unit}，报告写{word} {stated.Show()}。/ The stated difference should be {expected}{stated.Unit}, report says {stated.Show()}.",
                    stated.Text, expected + stated.Unit, stated.Show(), stated.Location);
            }
        }
    }

    /// <summary>Two views of one quantity: the same concept, or a budget and its outturn.</summary>
    private static bool SameQuantity(Fact a, Fact b)
    {
        if (a.Concept == null || b.Concept == null) return false;
        return Family(a.Concept) == Family(b.Concept);
    }

    private static string Family(string concept) => concept switch
    {
        "expense.budget" => "expense.total",
        "income.budget" => "income.total",
        "budget.initial" or "budget.adjusted" or "budget.actual" => "budget",
        _ => concept,
    };
}
