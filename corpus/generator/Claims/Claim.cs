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
