using PerfEvalIngest.Facts;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks.Arithmetic;

/// <summary>
/// arithmetic.indicator-formula — a 自评表 indicator whose completed value is a ratio of the report's own budget
/// figures (预算调整率 = 预算调整数 ÷ 年初预算数 = 81.6 ÷ 545.57 = 14.96%) must be that ratio. The formulas are data
/// (models/checks/indicator-formulas.json).
/// </summary>
/// <remarks>Traps: the inputs come from a total row (预算总金额, 合计) of a budget table, never from a part row; a
/// concept with two different values in total rows (部门 and 本级 tables) leaves the formula unjudged; the 自评表's
/// own 指标值 (=0%) is a target, not the value; rounding of inputs and printed rate by intervals.</remarks>
internal sealed partial class IndicatorFormulaCheck : ICheck
{
    /// <summary>The file's JSON contract, generated at build time: reflection-based reading cost a one-file check
    /// about a fifth of its start-up.</summary>
    [System.Text.Json.Serialization.JsonSerializable(typeof(FormulasFile))]
    private sealed partial class IndicatorFormulaCheckJson : System.Text.Json.Serialization.JsonSerializerContext
    {
    }

    public sealed record Formula(string Id, string Title, IReadOnlyList<string> Indicator, string Numerator, string Denominator);

    private sealed record FormulasFile(IReadOnlyList<Formula> Formulas);

    private readonly IReadOnlyList<Formula> _formulas;

    public IndicatorFormulaCheck(IReadOnlyList<Formula> formulas) => _formulas = formulas;

    public static IndicatorFormulaCheck Load() =>
        new(ModelDirectory.LoadJson(o => new IndicatorFormulaCheckJson(o).FormulasFile, "checks", "indicator-formulas.json").Formulas);

    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var formula in _formulas)
        {
            if (TotalOf(formula.Numerator, context) is not { } numerator || TotalOf(formula.Denominator, context) is not { } denominator
                || denominator.Value <= 0 || !Units.Comparable(numerator.Unit, denominator.Unit)) continue;
            var computed = Interval.Percent(Interval.Of(numerator.Quantity), Interval.Of(denominator.Quantity));
            if (computed == null) continue;
            foreach (var actual in context.Facts.Facts.Where(f => f.InTable && f.ColumnConcept == "indicator.actual"
                         && f.Quantity.Kind == UnitKind.Percent && f.Quantity.IsExact && f.Row != null
                         && formula.Indicator.Any(w => f.Row.Contains(w, StringComparison.Ordinal))))
            {
                if (computed.Value.Overlaps(Interval.Of(actual.Quantity).Widen(context.Tolerances.RateExtraPoints))) continue;
                var expected = Numbers.Format(numerator.Quantity.BaseValue / denominator.Quantity.BaseValue * 100m, Math.Max(2, actual.Quantity.Decimals)) + "%";
                yield return new Finding("arithmetic.indicator-formula", Severity.Warning,
                    $"「{actual.Row}」完成值应为 {formula.Title}：{numerator.Show()} ÷ {denominator.Show()} = {expected}，自评表写 {actual.Show()}。/ {formula.Id}: expected {expected}.",
                    $"{actual.Row}：{actual.Quantity.Printed}", expected, actual.Show(), actual.Location);
            }
        }
    }

    /// <summary>The concept's one value in total rows of the report's tables, or null when it has none or several.</summary>
    private static Fact? TotalOf(string concept, CheckContext context)
    {
        var totals = context.Facts.Facts.Where(f => f.InTable && f.Concept == concept && f.Quantity.IsExact && f.Quantity.Kind == UnitKind.Money
                                                    && f.Row != null && context.IsTotalRow(f.Row)).ToList();
        return totals.Count > 0 && totals.All(f => f.Quantity.BaseValue == totals[0].Quantity.BaseValue) ? totals[0] : null;
    }
}
