using PerfEvalIngest.Facts;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks;

/// <summary>Questions several checks ask of facts.</summary>
internal static class FactQueries
{
    /// <summary>"budget" for a budgeted figure (预算数, or a concept that is a budget), otherwise "actual".</summary>
    public static string EffectiveMeasure(this Fact fact, ConceptDictionary concepts)
    {
        if (fact.Measure == "budget") return "budget";
        if (fact.Concept != null && concepts[fact.Concept]?.ImpliedMeasure is string implied) return implied;
        return "actual";
    }

    /// <summary>The money figures whose unit looks slipped against the other money figures around them
    /// (1776.43元 among 万元 amounts): far off their magnitude as printed, in line with them in their unit. Maps
    /// each such figure to the unit its neighbours use. One pass over the neighbours, whatever their number.</summary>
    public static Dictionary<Fact, string> SlippedUnits(IReadOnlyList<Fact> neighbours, CheckTolerances tolerances)
    {
        var slipped = new Dictionary<Fact, string>();
        var money = neighbours.Where(n => n.Quantity.Kind == UnitKind.Money && n.Value > 0 && n.Concept != null).ToList();
        if (money.Count < 2) return slipped;
        var usual = money.GroupBy(n => n.Unit).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var usualValues = money.Where(n => n.Unit == usual).Select(n => (double)n.Quantity.BaseValue).Order().ToList();
        double median = usualValues[usualValues.Count / 2];
        foreach (var fact in money.Where(f => f.Unit != usual))
        {
            // Orders of magnitude from the neighbours' median as printed, and close to it re-read in their unit. The
            // median, not the range: a small 其他收入 part must not hide a total printed in 元.
            double printed = (double)fact.Quantity.BaseValue, reread = (double)(fact.Value * Units.Factor(usual));
            double away = Math.Abs(Math.Log10(printed / median));
            double after = Math.Abs(Math.Log10(reread / median));
            if (away >= tolerances.UnitSlipMinOrders && after <= tolerances.UnitSlipMaxOrdersAfterFix)
                slipped[fact] = usual;
        }
        return slipped;
    }

    /// <summary>The figure a reviewer reads: "2792.30万元".</summary>
    public static string Show(this Fact fact)
    {
        var printed = fact.Quantity.Printed.Trim();
        return fact.Unit.Length > 0 && !printed.EndsWith(fact.Unit, StringComparison.Ordinal) ? printed + fact.Unit : printed;
    }
}
