using PerfEvalIngest.Facts;

namespace PerfEvalIngest.Checks;

/// <summary>
/// The range a printed figure stands for: 2792.30 is [2792.295, 2792.305]. Sums and ratios of intervals give the
/// range the true result may take, so a check fails only when no rounding of the inputs explains the print — the
/// way XBRL calculation checks treat rounded figures.
/// </summary>
internal readonly record struct Interval(decimal Low, decimal High)
{
    public static Interval Of(Quantity q) => new(q.BaseValue - q.HalfUlp, q.BaseValue + q.HalfUlp);
    public static Interval Exact(decimal v) => new(v, v);

    public static Interval operator +(Interval a, Interval b) => new(a.Low + b.Low, a.High + b.High);
    public static Interval operator -(Interval a, Interval b) => new(a.Low - b.High, a.High - b.Low);

    /// <summary>a / b × 100 for positive b, as a percentage interval.</summary>
    public static Interval? Percent(Interval part, Interval whole)
    {
        if (whole.Low <= 0) return null;
        var candidates = new[] { part.Low / whole.Low, part.Low / whole.High, part.High / whole.Low, part.High / whole.High };
        return new Interval(candidates.Min() * 100m, candidates.Max() * 100m);
    }

    public bool Overlaps(Interval other) => Low <= other.High && other.Low <= High;
    public Interval Widen(decimal by) => new(Low - by, High + by);
    public decimal Mid => (Low + High) / 2m;
}
