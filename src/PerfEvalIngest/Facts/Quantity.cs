using PerfEvalIngest.Knowledge;
namespace PerfEvalIngest.Facts;

/// <summary>
/// A number as printed: its value, its decimals (2792.30 has 2 and stands for 2792.295…2792.305), its unit and
/// qualifier (约, 近, 超, 余, 以上, 不低于, ≥ …), and where it sits in its paragraph or cell (offset and length of
/// the whole printed quantity).
/// </summary>
public sealed record Quantity(decimal Value, int Decimals, string Unit, string? Qualifier, int Start, int Length,
    string Printed)
{
    public UnitKind Kind => Units.KindOf(Unit);

    /// <summary>Value in the kind's base unit (元 for money).</summary>
    public decimal BaseValue => Value * Units.Factor(Unit);

    /// <summary>Half a unit in the last printed place, in the base unit: the rounding a printed figure hides. A whole
    /// count ("7场", "843人") hides none: it is exact.</summary>
    public decimal HalfUlp => Decimals == 0 && Kind is UnitKind.Count or UnitKind.People && !Unit.StartsWith('万') && !Unit.StartsWith('亿')
        ? 0m
        : 0.5m * Pow10(-Decimals) * Units.Factor(Unit);

    /// <summary>Approximate figures (约, 近, 超, 余, 以上 …) are not exact enough for arithmetic.</summary>
    public bool IsExact => Qualifier is null or "=" or "共" or "合计";

    public int End => Start + Length;

    /// <summary>A target states a comparison (≥, 不低于, =) rather than a hedge (约, 近): it is exact enough to test.</summary>
    public bool IsExactTarget() => Qualifier is null or "=" or ">=" or "≥" or "<=" or "≤" or ">" or "<" or "不低于" or "不少于"
        or "不超过" or "不高于" or "至少" or "超过" or "高于" or "低于";

    internal static decimal Pow10(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < Math.Abs(exponent); i++) result *= 10m;
        return exponent >= 0 ? result : 1m / result;
    }
}
