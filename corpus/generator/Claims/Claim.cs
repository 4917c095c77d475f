using PerfEvalIngest.Corpus.Figures;

namespace PerfEvalIngest.Corpus.Claims;

/// <summary>
/// Something the text asserts about its own figures (a total, a share, a count). Claims are not written to the
/// truth files; the self-check re-evaluates them from the printed texts to prove each clean report consistent
/// and each planted fault detectable. Quote and Section are filled in when the claim's text is written.
/// </summary>
abstract class Claim
{
    public string Quote { get; set; } = "";
    public string Section { get; set; } = "";

    /// <summary>The rule of the checks catalogue this claim falls under (arithmetic.sum, enumeration, …).</summary>
    public abstract string Rule { get; }
}

/// <summary>Total = Σ parts when Complete; otherwise the parts are a "其中" list and may only fall short.</summary>
sealed class SumClaim(Printed total, IReadOnlyList<Printed> parts, bool complete) : Claim
{
    public Printed Total { get; } = total;
    public IReadOnlyList<Printed> Parts { get; } = parts;
    public bool Complete { get; } = complete;
    public override string Rule => "arithmetic.sum";
}

/// <summary>Percent = numerator / denominator × 100: a share (占比) or an execution rate (执行率).</summary>
sealed class RatioClaim(Printed numerator, Printed denominator, Printed percent, bool isRate) : Claim
{
    public Printed Numerator { get; } = numerator;
    public Printed Denominator { get; } = denominator;
    public Printed Percent { get; } = percent;
    public bool IsRate { get; } = isRate;
    public override string Rule => IsRate ? "arithmetic.rate" : "arithmetic.share";
}

/// <summary>A stated difference: 超支/增加 when Larger exceeds Smaller, 结余/减少 the other way round.</summary>
sealed class DifferenceClaim(Printed minuend, Printed subtrahend, Printed difference) : Claim
{
    public Printed Minuend { get; } = minuend;
    public Printed Subtrahend { get; } = subtrahend;
    public Printed Difference { get; } = difference;
    public override string Rule => "arithmetic.difference";
}

/// <summary>
/// (Value − Base) / Base × 100: a 自评表 deviation or a year-on-year change. With Magnitude the text prints
/// the size only and says the direction in words ("下降12.35%").
/// </summary>
sealed class DeviationClaim(Printed @base, Printed value, Printed percent, bool magnitude = false) : Claim
{
    public Printed Base { get; } = @base;
    public Printed Value { get; } = value;
    public Printed Percent { get; } = percent;
    public bool Magnitude { get; } = magnitude;
    public override string Rule => "arithmetic.deviation";
}

/// <summary>"N个/N项 …" next to a list: the list must have N items.</summary>
sealed class CountClaim(Printed stated, IReadOnlyList<string> items) : Claim
{
    public Printed Stated { get; } = stated;
    public IReadOnlyList<string> Items { get; } = items;
    public override string Rule => "enumeration";
}

/// <summary>A grade (优/良/中/差) that must match the score it is given for.</summary>
sealed class GradeClaim(Printed score, string grade) : Claim
{
    public Printed Score { get; } = score;
    public string Grade { get; } = grade;
    public override string Rule => "claim.grade";
}

/// <summary>The same quantity printed twice (the score in the text and in the 自评表).</summary>
sealed class EqualClaim(Printed first, Printed second) : Claim
{
    public Printed First { get; } = first;
    public Printed Second { get; } = second;
    public override string Rule => "cross-reference";
}

/// <summary>
/// "比上年增加D万元，增长p%": this year's amount Value, the change Change (a magnitude; Up says which way) and the
/// rate p against last year's level, which is Value − D (or Value + D after a fall): p = D / last × 100.
/// </summary>
sealed class GrowthClaim(Printed value, Printed change, Printed percent, bool up) : Claim
{
    public Printed Value { get; } = value;
    public Printed Change { get; } = change;
    public Printed Percent { get; } = percent;
    public bool Up { get; } = up;
    public override string Rule => "arithmetic.growth";
}

/// <summary>
/// The national 自评表's budget score: 得分 = 执行率 × 分值, at most the 分值 (财预〔2020〕10号).
/// </summary>
sealed class FundsScoreClaim(Printed rate, Printed weight, Printed score) : Claim
{
    public Printed Rate { get; } = rate;
    public Printed Weight { get; } = weight;
    public Printed Score { get; } = score;
    public override string Rule => "arithmetic.funds-score";
}

/// <summary>
/// A row of the national 自评表: its 得分 never exceeds its 分值; a numeric target reached (">=15000人次", "=100%",
/// "≤0.9‰") earns the full 分值, one missed scores below it and gives its 偏差原因分析及改进措施. Qualitative targets
/// (健全, 规范) are judged and only bounded by the 分值.
/// </summary>
sealed class ScoreRowClaim(string target, Printed result, Printed weight, Printed score, string reason) : Claim
{
    public string Target { get; } = target;
    public Printed Result { get; } = result;
    public Printed Weight { get; } = weight;
    public Printed Score { get; } = score;
    public string Reason { get; } = reason;
    public override string Rule => "target.score";
}
