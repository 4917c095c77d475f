using PerfEvalIngest.Facts;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks.Arithmetic;

/// <summary>
/// arithmetic.difference — "a stated difference (超支 26.02万元, 增加 X) equals the difference of the two
/// amounts". 超支/结余/节约 compare the budget and the actual spending stated before them in the sentence;
/// 增加/减少/差额 compare the two figures of one concept just before them.
/// </summary>
/// <remarks>Traps: "增加主要原因为…" states no amount (the word must stand right before the amount); amounts of
/// different concepts are never subtracted; rounding (intervals); approximate figures skipped; a change against a
/// year whose level is not stated (「支出预算15621.11万元，比2023年预算减少876.75万元」, a change statement) is no
/// difference of two stated amounts.</remarks>
internal sealed class DifferenceCheck : ICheck
{
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
                if (stated.Quantity.Kind != UnitKind.Money || !stated.Quantity.IsExact || context.IsStatedChange(stated)) continue;
                var tail = text[facts[i - 1].Quantity.End..stated.Quantity.Start].TrimEnd(' ', '了', '为', '：', ':', '共', '计', '达');
                var word = context.Tolerances.DifferenceWords.Keys.FirstOrDefault(w => tail.EndsWith(w, StringComparison.Ordinal));
                if (word == null) continue;

                var before = facts.Take(i).Where(f => f.SentenceIndex == stated.SentenceIndex && f.Quantity.Kind == UnitKind.Money).ToList();
                Fact? a, b;
                if (context.Tolerances.DifferenceWords[word] is "actual-minus-budget" or "budget-minus-actual")
                {
                    b = LastOf(before, ActualConcepts, context);
                    a = LastOf(before, BudgetConcepts, context)
                        ?? (b == null ? null : LastOf(context.EarlierInSection(b).Where(f => f.Quantity.Kind == UnitKind.Money).Reverse().ToList(), BudgetConcepts, context));
                }
                else
                {
                    // "较上年的4.70万元减少0.16万元" compares with this year's figure in the sentence before.
                    var recent = facts.Take(i).Where(f => f.SentenceIndex >= stated.SentenceIndex - 1 && f.Quantity.Kind == UnitKind.Money).ToList();
                    (a, b) = SameConceptPair(recent, text);
                }
                if (a == null || b == null || !a.Quantity.IsExact || !b.Quantity.IsExact) continue;
                // Two changes side by side (「基本支出增加1408.29万元、项目支出安排增加400万元」) are no two levels.
                if (context.IsChange(a) || context.IsChange(b)) continue;

                var difference = Interval.Of(b.Quantity) - Interval.Of(a.Quantity);
                var magnitude = difference.Low >= 0 ? difference
                    : difference.High <= 0 ? new Interval(-difference.High, -difference.Low)
                    : new Interval(0, Math.Max(-difference.Low, difference.High));
                if (magnitude.Overlaps(Interval.Of(stated.Quantity))) continue;

                int decimals = Math.Max(stated.Quantity.Decimals, Math.Max(a.Quantity.Decimals, b.Quantity.Decimals));
                var expected = Numbers.Format(Math.Abs(b.Quantity.BaseValue - a.Quantity.BaseValue) / Units.Factor(stated.Unit), decimals);
                yield return new Finding(Rule, Severity.Error,
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

    /// <summary>The last two figures before the difference, when they are two views of one quantity: the same
    /// concept, or this year's figure and last year's ("较上年的…").</summary>
    internal static (Fact?, Fact?) SameConceptPair(List<Fact> before, string text)
    {
        if (before.Count < 2) return (null, null);
        var (a, b) = (before[^2], before[^1]);
        if (a.Concept != null && Family(a.Concept) == Family(b.Concept ?? "")) return (a, b);
        if (b.Concept != null) return (null, null);
        // Last year's figure carries no concept of its own; this year's is the subject of the sentence, or of the
        // sentence before when this one opens with "较上年…": its first figure with a concept, not the last part.
        var earlier = before.Take(before.Count - 1).ToList();
        var subject = earlier.FirstOrDefault(f => f.SentenceIndex == b.SentenceIndex) ?? earlier.FirstOrDefault();
        // The subject must be the first figure of its sentence and name a concept; anything less is a guess.
        if (subject?.Concept is null || !Units.Comparable(subject.Unit, b.Unit)) return (null, null);
        var thisYear = subject;
        if (b.Quantity.Start <= thisYear.Quantity.End) return (null, null);
        var between = text[thisYear.Quantity.End..b.Quantity.Start];
        return LastYear.Any(w => between.Contains(w, StringComparison.Ordinal)) ? (thisYear, b) : (null, null);
    }

    private static readonly string[] LastYear = ["上年", "去年", "上一年"];

    private static string Family(string concept) => concept switch
    {
        "expense.budget" => "expense.total",
        "income.budget" => "income.total",
        "budget.initial" or "budget.adjusted" or "budget.actual" => "budget",
        _ => concept,
    };
}
