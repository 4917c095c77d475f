using PerfEvalIngest.Facts;

namespace PerfEvalIngest.Checks.Arithmetic;

/// <summary>
/// arithmetic.growth — "同比增长 = (本年 − 上年) / 上年": a percentage stated as a rise or fall ("较上年的4.70万元
/// 减少0.16万元，下降3.40%") against this year's and last year's figures stated before it.
/// </summary>
/// <remarks>Traps: "同比增长38.9%" without last year's figure states nothing to check and is skipped; the direction
/// is in the word (下降3.40%), so the magnitude is compared; rounding of both figures and the rate (intervals).</remarks>
public sealed class GrowthCheck : ICheck
{
    public string Category => "arithmetic";

    private static readonly string[] Words = ["增长", "下降", "增加", "减少", "上升", "降低", "提高", "减幅", "增幅"];

    /// <summary>Each growth rate with the two figures it compares.</summary>
    public static IEnumerable<(Fact Rate, Fact ThisYear, Fact LastYear)> Find(CheckContext context)
    {
        foreach (var (facts, text) in context.ParagraphFacts())
            for (int i = 1; i < facts.Count; i++)
            {
                var rate = facts[i];
                if (rate.Quantity.Kind != UnitKind.Percent || !rate.Quantity.IsExact || rate.Measure == "share") continue;
                var tail = text[facts[i - 1].Quantity.End..rate.Quantity.Start].TrimEnd(' ', '了', '为', '：', ':', '约', '达');
                if (!Words.Any(w => tail.EndsWith(w, StringComparison.Ordinal))) continue;
                // The figures before the rate, skipping a stated difference between them ("减少0.16万元，下降3.40%").
                var money = facts.Take(i).Where(f => f.SentenceIndex >= rate.SentenceIndex - 1 && f.Quantity.Kind != UnitKind.Percent).ToList();
                var pairSource = money;
                if (money.Count >= 3 && money[^1].Concept == null && Words.Any(w => text[money[^2].Quantity.End..money[^1].Quantity.Start].Contains(w)))
                    pairSource = money.Take(money.Count - 1).ToList();
                var (thisYear, lastYear) = DifferenceCheck.SameConceptPair(pairSource, text);
                if (thisYear == null || lastYear == null || !thisYear.Quantity.IsExact || !lastYear.Quantity.IsExact) continue;
                if (lastYear.Value <= 0) continue;
                yield return (rate, thisYear, lastYear);
            }
    }

    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var (rate, thisYear, lastYear) in Find(context))
        {
            var change = Interval.Percent(Interval.Of(thisYear.Quantity) - Interval.Of(lastYear.Quantity), Interval.Of(lastYear.Quantity));
            if (change == null) continue;
            var printed = Interval.Of(rate.Quantity);
            var mirrored = new Interval(-printed.High, -printed.Low);
            if (change.Value.Overlaps(printed) || change.Value.Overlaps(mirrored)) continue;
            // The word carries the direction (下降3.40%), so the figure to compare is the size of the change.
            var expected = Numbers.Format(Math.Abs(thisYear.Quantity.BaseValue - lastYear.Quantity.BaseValue) / lastYear.Quantity.BaseValue * 100m,
                Math.Max(2, rate.Quantity.Decimals));
            yield return new Finding("arithmetic.growth", "arithmetic", Severity.Error,
                $"增减幅度与数据不符：{thisYear.Show()} 对上年 {lastYear.Show()} 的变化为 {expected}%，报告写 {rate.Show()}。/ The change from {lastYear.Show()} to {thisYear.Show()} is {expected}%, report says {rate.Show()}.",
                rate.Text, expected + "%", rate.Show(), rate.Location);
        }
    }
}
