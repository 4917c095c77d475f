using PerfEvalIngest.Facts;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks.Arithmetic;

/// <summary>Parts against their whole, for every check that finds parts in its own shape (a table's 合计 columns and
/// code hierarchy, 其中 rows, bracketed and prose 其中 lists): rounding by printed precision, and the sum printed to
/// the finer precision of whole and parts.</summary>
internal static class PartsSum
{
    /// <summary>The parts' sum and the parts as printed when they break their whole — exceed it, or, for a complete set of
    /// parts, differ from it beyond rounding; null when they agree.</summary>
    public static (string Total, string Addends)? Broken(Fact whole, IReadOnlyList<Fact> parts, bool complete)
    {
        var sum = parts.Select(p => Interval.Of(p.Quantity)).Aggregate((a, b) => a + b);
        var stated = Interval.Of(whole.Quantity);
        if (sum.Overlaps(stated) || (!complete && sum.Low <= stated.High)) return null;
        int decimals = Math.Max(whole.Quantity.Decimals, parts.Max(p => p.Quantity.Decimals));
        var total = Numbers.Format(parts.Sum(p => p.Quantity.BaseValue) / Units.Factor(whole.Unit), decimals);
        return (total, string.Join(" + ", parts.Select(p => p.Quantity.Printed)));
    }
}
