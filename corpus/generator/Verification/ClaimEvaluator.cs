using PerfEvalIngest.Corpus.Claims;
using PerfEvalIngest.Corpus.Figures;

namespace PerfEvalIngest.Corpus.Verification;

/// <summary>Re-evaluates a claim from its printed texts alone.</summary>
static class ClaimEvaluator
{
    public static Violation? Evaluate(Claim claim) => claim switch
    {
        SumClaim s => Sum(s),
        RatioClaim r => Ratio(r),
        DifferenceClaim d => Difference(d),
        DeviationClaim d => Deviation(d),
        CountClaim c => Count(c),
        GradeClaim g => Grade(g),
        EqualClaim e => Equal(e),
        GrowthClaim g => Growth(g),
        FundsScoreClaim f => FundsScore(f),
        ScoreRowClaim r => ScoreRow(r),
        _ => throw new ArgumentOutOfRangeException(nameof(claim)),
    };

    /// <summary>How far the printed parts miss the printed total (0 when exact), for spotting rounding traps.</summary>
    public static decimal Gap(SumClaim s) => s.Parts.Sum(p => p.Value) - s.Total.Value;

    static Violation? Sum(SumClaim s)
    {
        var total = Range.Of(s.Total);
        var parts = Range.Sum(s.Parts.Select(Range.Of));
        var ok = s.Complete ? total.Overlaps(parts) : parts.Lo <= total.Hi;
        return ok ? null : V(s, $"合计{s.Total.WithUnit}与分项之和{parts.Mid}不符");
    }

    static Violation? Ratio(RatioClaim r)
    {
        var ratio = Range.Corners(Range.Of(r.Numerator), Range.Of(r.Denominator), (n, d) => d == 0 ? decimal.MaxValue : n / d * 100);
        return Range.Of(r.Percent).Overlaps(ratio) ? null : V(r, $"{r.Numerator.Text}÷{r.Denominator.Text}应约为{ratio.Mid:0.00}%，印为{r.Percent.WithUnit}");
    }

    static Violation? Difference(DifferenceClaim d)
    {
        var diff = (Range.Of(d.Minuend) - Range.Of(d.Subtrahend)).Abs();
        return Range.Of(d.Difference).Overlaps(diff) ? null : V(d, $"{d.Minuend.Text}与{d.Subtrahend.Text}之差应约为{diff.Mid:0.00}，印为{d.Difference.Text}");
    }

    static Violation? Deviation(DeviationClaim d)
    {
        var dev = Range.Corners(Range.Of(d.Value), Range.Of(d.Base), (v, b) => (v - b) / b * 100);
        if (d.Magnitude) dev = dev.Abs();
        return Range.Of(d.Percent).Overlaps(dev) ? null : V(d, $"偏差应约为{dev.Mid:0.00}%，印为{d.Percent.WithUnit}");
    }

    static Violation? Count(CountClaim c) =>
        NumberText.Parse(c.Stated.Text) == c.Items.Count ? null : V(c, $"所述{c.Stated.WithUnit}，列举{c.Items.Count}项");

    static Violation? Grade(GradeClaim g)
    {
        var expected = g.Score.Value switch { >= 90 => "优", >= 80 => "良", >= 60 => "中", _ => "差" };
        return expected == g.Grade ? null : V(g, $"得分{g.Score.WithUnit}对应等级应为{expected}，印为{g.Grade}");
    }

    static Violation? Equal(EqualClaim e) =>
        Range.Of(e.First).Overlaps(Range.Of(e.Second)) ? null : V(e, $"{e.First.Text}与{e.Second.Text}应相同");

    static Violation? Growth(GrowthClaim g)
    {
        var change = Range.Of(g.Change);
        var value = Range.Of(g.Value);
        var rate = g.Up
            ? Range.Corners(change, value, (d, v) => v - d <= 0 ? decimal.MaxValue : d / (v - d) * 100)
            : Range.Corners(change, value, (d, v) => d / (v + d) * 100);
        return Range.Of(g.Percent).Overlaps(rate) ? null : V(g, $"变动{g.Change.WithUnit}相对上年应约为{rate.Mid:0.00}%，印为{g.Percent.WithUnit}");
    }

    static Violation? FundsScore(FundsScoreClaim f)
    {
        var rate = Range.Of(f.Rate);
        var weight = NumberText.Parse(f.Weight.Text);
        var expected = new Range(Math.Min(rate.Lo, 100m) / 100m * weight, Math.Min(rate.Hi, 100m) / 100m * weight);
        return Range.Of(f.Score).Overlaps(expected) ? null : V(f, $"执行率{f.Rate.WithUnit}×分值{f.Weight.Text}应约为{expected.Mid:0.00}，印为{f.Score.Text}");
    }

    static Violation? ScoreRow(ScoreRowClaim r)
    {
        if (r.Score.Value > r.Weight.Value) return V(r, $"得分{r.Score.Text}超过分值{r.Weight.Text}");
        if (TargetOf(r.Target) is not ({ } cmp, { } target)) return null;
        var result = NumberText.Parse(r.Result.Text);
        var met = cmp switch { "≥" => result >= target, "≤" => result <= target, _ => result == target };
        if (met && r.Score.Value != r.Weight.Value) return V(r, $"目标{r.Target}已完成（{r.Result.WithUnit}），得分{r.Score.Text}应为满分{r.Weight.Text}");
        if (!met && r.Score.Value >= r.Weight.Value) return V(r, $"目标{r.Target}未完成（{r.Result.WithUnit}），得分不应为满分");
        if (!met && r.Reason.Length == 0) return V(r, $"目标{r.Target}未完成（{r.Result.WithUnit}），未写偏差原因");
        return null;
    }

    /// <summary>The comparison and number of a numeric target (">=15000人次" → ≥ 15000); null for a qualitative one.</summary>
    static (string?, decimal?) TargetOf(string target)
    {
        var (cmp, rest) = target switch
        {
            _ when target.StartsWith(">=", StringComparison.Ordinal) => ("≥", target[2..]),
            _ when target.StartsWith("<=", StringComparison.Ordinal) => ("≤", target[2..]),
            _ when target.StartsWith('≥') || target.StartsWith('≤') || target.StartsWith('=') => (target[..1] == "=" ? "=" : target[..1], target[1..]),
            _ when target.StartsWith("不低于", StringComparison.Ordinal) => ("≥", target[3..]),
            _ when target.StartsWith("不高于", StringComparison.Ordinal) => ("≤", target[3..]),
            _ => ((string?)null, target),
        };
        var digits = new string(rest.TakeWhile(c => char.IsAsciiDigit(c) || c == '.').ToArray());
        return cmp is null || digits.Length == 0 ? (null, null) : (cmp, NumberText.Parse(digits));
    }

    static Violation V(Claim c, string message) => new(c.Rule, [c.Quote], message);
}
