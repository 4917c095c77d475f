using PerfEvalIngest.Facts;
using PerfEvalIngest.Facts.Statements;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks.Arithmetic;

/// <summary>
/// arithmetic.growth — "同比增长 = (本年 − 上年) / 上年": a percentage stated as a rise or fall ("较上年的4.70万元
/// 减少0.16万元，下降3.40%") against this year's and last year's figures stated before it.
/// </summary>
/// <remarks>A sentence that states this year's level, the change and the rate (「支出1642.08万元，与上年相比增加62.7万元，
/// 增长3.97%」, a <see cref="ChangeStatement"/>) is checked by its roles: last year = X − D (X + D for a fall), and
/// p = D / last year. Traps: the change is never taken for last year's level; "同比增长38.9%" without last year's
/// figure states nothing to check and is skipped; the direction is in the word (下降3.40%), so the magnitude is
/// compared; rounding of every figure (intervals); a rate against a last year of zero is undefined, not wrong by
/// its digits.</remarks>
internal sealed class GrowthCheck : ICheck
{
    private static readonly string[] Words = ["增长", "下降", "增加", "减少", "上升", "降低", "提高", "减幅", "增幅"];

    /// <summary>Each growth rate with the two figures it compares.</summary>
    private static IEnumerable<(Fact Rate, Fact ThisYear, Fact LastYear)> Find(CheckContext context)
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
        var stated = new HashSet<Fact>(ReferenceEqualityComparer.Instance);
        foreach (var s in context.Facts.Statements.OfType<ChangeStatement>())
        {
            if (s.Base != null && s.Level != null)
            {
                if (s.Rate != null) stated.Add(s.Rate);
                if (AgainstBase(s) is { } wrong) yield return wrong;
                continue;
            }
            if (s.Base != null && s.Change != null && s.Rate != null)
            {
                stated.Add(s.Rate);
                if (ChangeOverBase(s) is { } wrong) yield return wrong;
                continue;
            }
            if (s.Rate == null || s.Change == null) continue;
            stated.Add(s.Rate);
            if (Checked(s) is { } finding) yield return finding;
        }
        foreach (var (rate, thisYear, lastYear) in Find(context))
        {
            if (stated.Contains(rate)) continue;
            var change = Interval.Percent(Interval.Of(thisYear.Quantity) - Interval.Of(lastYear.Quantity), Interval.Of(lastYear.Quantity));
            if (change == null) continue;
            var printed = Interval.Of(rate.Quantity);
            var mirrored = new Interval(-printed.High, -printed.Low);
            if (change.Value.Overlaps(printed) || change.Value.Overlaps(mirrored)) continue;
            // The word carries the direction (下降3.40%), so the figure to compare is the size of the change.
            var expected = Numbers.Format(Math.Abs(thisYear.Quantity.BaseValue - lastYear.Quantity.BaseValue) / lastYear.Quantity.BaseValue * 100m,
                Math.Max(2, rate.Quantity.Decimals));
            yield return new Finding("arithmetic.growth", Severity.Error,
                $"增减幅度与数据不符：{thisYear.Show()} 对上年 {lastYear.Show()} 的变化为 {expected}%，报告写 {rate.Show()}。/ The change from {lastYear.Show()} to {thisYear.Show()} is {expected}%, report says {rate.Show()}.",
                rate.Text, expected + "%", rate.Show(), rate.Location);
        }
    }

    /// <summary>A change statement's rate against its level and change, or null when they agree (or cannot be
    /// checked: no level stated, figures approximate).</summary>
    private static Finding? Checked(ChangeStatement s)
    {
        if (s.Level is not { } level || s.Change is not { } change || s.Rate is not { } rate) return null;
        if (!level.Quantity.IsExact || !change.Quantity.IsExact || !rate.Quantity.IsExact || s.Direction == 0) return null;
        if (!Units.Comparable(level.Unit, change.Unit)) return null;
        if (s.RateDirection is int rd && rd != s.Direction)
            return new Finding("arithmetic.growth", Severity.Error,
                $"增减方向前后矛盾：{change.Show()}为{(s.Direction > 0 ? "增加" : "减少")}，增减率却写作{(rd > 0 ? "增长" : "下降")}{rate.Show()}。/ The change and its rate go opposite ways.",
                s.Text, s.Direction > 0 ? "增长" : "下降", rate.Show(), rate.Location);

        // One sentence is written to one precision: 「增加28.1万元」 beside 「400.02万元」 is 28.10 with its zero dropped.
        int decimals = Math.Max(level.Quantity.Decimals, change.Quantity.Decimals);
        var x = Interval.Of(level.Quantity with { Decimals = decimals });
        var d = Interval.Of(change.Quantity with { Decimals = decimals });
        var last = s.Direction > 0 ? x - d : x + d;
        if (last.High <= 0) return null;                     // a fall larger than the level: not this shape
        if (last.Low <= 0)
            return new Finding("arithmetic.growth", Severity.Warning,
                $"上年数为零，增长率无从计算：{level.Show()}较上年{(s.Direction > 0 ? "增加" : "减少")}{change.Show()}，报告写{rate.Show()}。/ Last year's figure is zero: a growth rate is undefined.",
                s.Text, "—", rate.Show(), rate.Location);
        var expectedRate = Interval.Percent(d, last);
        if (expectedRate == null) return null;
        var printed = Interval.Of(rate.Quantity);
        if (expectedRate.Value.Overlaps(printed)) return null;
        var lastYear = level.Quantity.BaseValue - s.Direction * change.Quantity.BaseValue;
        var expected = Numbers.Format(change.Quantity.BaseValue / lastYear * 100m, Math.Max(2, rate.Quantity.Decimals));
        var lastShown = Numbers.Format(lastYear / Units.Factor(level.Unit), Math.Max(level.Quantity.Decimals, change.Quantity.Decimals)) + level.Unit;
        return new Finding("arithmetic.growth", Slip(change.Quantity.BaseValue / lastYear * 100m, rate),
            $"增减幅度与数据不符：本年{level.Show()}，{(s.Direction > 0 ? "增加" : "减少")}{change.Show()}，上年应为{lastShown}，变化率为{expected}%，报告写{rate.Show()}。/ {level.Show()} after a change of {change.Show()} from {lastShown} is {expected}%, report says {rate.Show()}.",
            s.Text, expected + "%", rate.Show(), rate.Location);
    }

    /// <summary>「较上年的4.70万元减少0.16万元，下降3.40%」: the rate against the change over last year's level.</summary>
    private static Finding? ChangeOverBase(ChangeStatement s)
    {
        var (baseline, change, rate) = (s.Base!, s.Change!, s.Rate!);
        if (!baseline.Quantity.IsExact || !change.Quantity.IsExact || !rate.Quantity.IsExact || !Units.Comparable(baseline.Unit, change.Unit)) return null;
        int decimals = Math.Max(baseline.Quantity.Decimals, change.Quantity.Decimals);
        var expectedRate = Interval.Percent(Interval.Of(change.Quantity with { Decimals = decimals }), Interval.Of(baseline.Quantity with { Decimals = decimals }));
        if (expectedRate == null || expectedRate.Value.Overlaps(Interval.Of(rate.Quantity))) return null;
        decimal computed = change.Quantity.BaseValue / baseline.Quantity.BaseValue * 100m;
        var expected = Numbers.Format(computed, Math.Max(2, rate.Quantity.Decimals));
        return new Finding("arithmetic.growth", Slip(computed, rate),
            $"增减幅度与数据不符：上年{baseline.Show()}，{(s.Direction > 0 ? "增加" : "减少")}{change.Show()}，变化率为{expected}%，报告写{rate.Show()}。/ A change of {change.Show()} on {baseline.Show()} is {expected}%, report says {rate.Show()}.",
            s.Text, expected + "%", rate.Show(), rate.Location);
    }

    /// <summary>A change statement that states both years' levels: its direction word, and its rate, against them.</summary>
    private static Finding? AgainstBase(ChangeStatement s)
    {
        var (level, baseline) = (s.Level!, s.Base!);
        if (!Units.Comparable(level.Unit, baseline.Unit)) return null;
        int decimals = Math.Max(level.Quantity.Decimals, baseline.Quantity.Decimals);
        var difference = Interval.Of(level.Quantity with { Decimals = decimals }) - Interval.Of(baseline.Quantity with { Decimals = decimals });
        int actual = difference.Low > 0 ? 1 : difference.High < 0 ? -1 : 0;
        string Word(int sign) => sign > 0 ? "增加" : sign < 0 ? "减少" : "持平";
        if (actual != 0 && s.Direction != actual)
            return new Finding("arithmetic.growth", Severity.Error,
                $"增减方向与数据不符：上年{baseline.Show()}，本年{level.Show()}，应为{Word(actual)}，报告写{Word(s.Direction)}。/ From {baseline.Show()} to {level.Show()} is a {(actual > 0 ? "rise" : "fall")}; the text says otherwise.",
                s.Text, Word(actual), Word(s.Direction), (s.Rate ?? s.Change ?? level).Location);
        if (s.Rate is not { } rate || !rate.Quantity.IsExact || actual == 0) return null;
        var magnitude = actual > 0 ? difference : new Interval(-difference.High, -difference.Low);
        var expectedRate = Interval.Percent(magnitude, Interval.Of(baseline.Quantity with { Decimals = decimals }));
        if (expectedRate == null || expectedRate.Value.Overlaps(Interval.Of(rate.Quantity))) return null;
        var expected = Numbers.Format(Math.Abs(level.Quantity.BaseValue - baseline.Quantity.BaseValue) / baseline.Quantity.BaseValue * 100m,
            Math.Max(2, rate.Quantity.Decimals));
        return new Finding("arithmetic.growth", Slip(Math.Abs(level.Quantity.BaseValue - baseline.Quantity.BaseValue) / baseline.Quantity.BaseValue * 100m, rate),
            $"增减幅度与数据不符：上年{baseline.Show()}，本年{level.Show()}，变化率为{expected}%，报告写{rate.Show()}。/ From {baseline.Show()} to {level.Show()} is {expected}%, report says {rate.Show()}.",
            s.Text, expected + "%", rate.Show(), rate.Location);
    }

    /// <summary>A rate off by less than a tenth of a point is a rounding slip (a warning); more is an error.</summary>
    private static Severity Slip(decimal expected, Fact rate) =>
        Math.Abs(expected - rate.Quantity.Value) < 0.1m ? Severity.Warning : Severity.Error;
}
