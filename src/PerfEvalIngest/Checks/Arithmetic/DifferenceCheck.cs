using PerfEvalIngest.Facts;
using PerfEvalIngest.Model;

namespace PerfEvalIngest.Checks.Arithmetic;

/// <summary>
/// arithmetic.difference — "a stated difference (超支 26.02万元, 增加 X) equals the difference of the two
/// amounts". 超支/结余/节约 compare the budget and the actual spending stated before them in the sentence;
/// 增加/减少/差额 compare the two figures of one concept just before them.
/// </summary>
/// <remarks>Traps: "增加主要原因为…" states no amount (the word must stand right before the amount); amounts of
/// different concepts are never subtracted; rounding (intervals); approximate figures skipped.</remarks>
public sealed class DifferenceCheck : ICheck
{
    public string Category => "arithmetic";
    private const string Rule = "arithmetic.difference";

    private static readonly string[] BudgetConcepts = ["budget.adjusted", "expense.budget", "income.budget", "budget.initial"];
    private static readonly string[] ActualConcepts = ["budget.actual", "expense.total", "income.total"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var (facts, text) in context.ParagraphFacts())
        {
            for (int i = 1; i < facts.Count; i++)
            {
                var stated = facts[i];
                if (stated.Quantity.Kind != UnitKind.Money || !stated.Quantity.IsExact) continue;
                var tail = text[facts[i - 1].Quantity.End..stated.Quantity.Start].TrimEnd(' ', '了', '为', '：', ':', '共', '计', '达');
                var word = context.Tolerances.DifferenceWords.Keys.FirstOrDefault(w => tail.EndsWith(w, StringComparison.Ordinal));
                if (word == null) continue;

                var before = facts.Take(i).Where(f => f.SentenceIndex == stated.SentenceIndex && f.Quantity.Kind == UnitKind.Money).ToList();
                var (a, b) = context.Tolerances.DifferenceWords[word] is "actual-minus-budget" or "budget-minus-actual"
                    ? (LastOf(before, BudgetConcepts, context), LastOf(before, ActualConcepts, context))
                    : SameConceptPair(before);
                if (a == null || b == null || !a.Quantity.IsExact || !b.Quantity.IsExact) continue;

                var difference = Interval.Of(b.Quantity) - Interval.Of(a.Quantity);
                var magnitude = difference.Low >= 0 ? difference
                    : difference.High <= 0 ? new Interval(-difference.High, -difference.Low)
                    : new Interval(0, Math.Max(-difference.Low, difference.High));
                if (magnitude.Overlaps(Interval.Of(stated.Quantity))) continue;

                int decimals = Math.Max(stated.Quantity.Decimals, Math.Max(a.Quantity.Decimals, b.Quantity.Decimals));
                var expected = Numbers.Format(Math.Abs(b.Quantity.BaseValue - a.Quantity.BaseValue) / Units.Factor(stated.Unit), decimals);
                yield return new Finding(Rule, "arithmetic", Severity.Error,
                    $"差额与数据不符：{b.Show()} 与 {a.Show()} 相差 {expected}{stated.Unit}，报告写{word} {stated.Show()}。/ The stated difference should be {expected}{stated.Unit}, report says {stated.Show()}.",
                    stated.Text, expected + stated.Unit, stated.Show(), stated.Location);
            }
        }
    }

    private static Fact? LastOf(List<Fact> facts, string[] concepts, CheckContext context)
    {
        foreach (var concept in concepts)
        {
            // A budget concept is a budget unless marked 决算; an outturn concept must not be marked 预算.
            var found = facts.LastOrDefault(f => f.Concept == concept
                                                 && (concepts == ActualConcepts
                                                     ? f.EffectiveMeasure(context.Concepts) == "actual"
                                                     : f.Measure != "actual"));
            if (found != null) return found;
        }
        return null;
    }

    /// <summary>The last two figures before the difference, when they are two views of one quantity.</summary>
    private static (Fact?, Fact?) SameConceptPair(List<Fact> before)
    {
        if (before.Count < 2) return (null, null);
        var (a, b) = (before[^2], before[^1]);
        return a.Concept != null && Family(a.Concept) == Family(b.Concept ?? "") ? (a, b) : (null, null);
    }

    private static string Family(string concept) => concept switch
    {
        "expense.budget" => "expense.total",
        "income.budget" => "income.total",
        "budget.initial" or "budget.adjusted" or "budget.actual" => "budget",
        _ => concept,
    };
}
