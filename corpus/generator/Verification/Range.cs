using PerfEvalIngest.Corpus.Figures;

namespace PerfEvalIngest.Corpus.Verification;

/// <summary>
/// The interval a printed figure stands for: "2792.30" means [2792.295, 2792.305]. Checking identities on
/// intervals is what keeps separately rounded parts from being reported as errors (domain.md, traps).
/// </summary>
readonly record struct Range(decimal Lo, decimal Hi)
{
    public static Range Of(string printed, decimal scale = 1m)
    {
        var v = NumberText.Parse(printed) * scale;
        var h = NumberText.HalfUnit(printed) * scale;
        return new Range(v - h, v + h);
    }

    public static Range Of(Printed p) => Of(p.Text);

    public decimal Mid => (Lo + Hi) / 2;

    public static Range operator +(Range a, Range b) => new(a.Lo + b.Lo, a.Hi + b.Hi);

    public static Range operator -(Range a, Range b) => new(a.Lo - b.Hi, a.Hi - b.Lo);

    public static Range Sum(IEnumerable<Range> ranges) => ranges.Aggregate(new Range(0, 0), (acc, r) => acc + r);

    public bool Overlaps(Range other) => Lo <= other.Hi && other.Lo <= Hi;

    /// <summary>f over the box [a]×[b], for f monotonic in each argument: the extremes sit at the corners.</summary>
    public static Range Corners(Range a, Range b, Func<decimal, decimal, decimal> f)
    {
        var values = new[] { f(a.Lo, b.Lo), f(a.Lo, b.Hi), f(a.Hi, b.Lo), f(a.Hi, b.Hi) };
        return new Range(values.Min(), values.Max());
    }

    public Range Abs() => Lo >= 0 ? this : Hi <= 0 ? new Range(-Hi, -Lo) : new Range(0, Math.Max(-Lo, Hi));

    public override string ToString() => $"[{Lo}, {Hi}]";
}

/// <summary>An inconsistency the self-check found; Quotes are the texts involved, used to match planted faults.</summary>
sealed record Violation(string Rule, IReadOnlyList<string> Quotes, string Message, string Expected = "");
