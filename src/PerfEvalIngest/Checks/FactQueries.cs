using PerfEvalIngest.Facts;

namespace PerfEvalIngest.Checks;

/// <summary>Questions several checks ask of facts.</summary>
public static class FactQueries
{
    /// <summary>"budget" for a budgeted figure (预算数, or a concept that is a budget), otherwise "actual".</summary>
    public static string EffectiveMeasure(this Fact fact, ConceptDictionary concepts)
    {
        if (fact.Measure == "budget") return "budget";
        if (fact.Concept != null && concepts[fact.Concept]?.ImpliedMeasure is string implied) return implied;
        return "actual";
    }

    /// <summary>Whether a money figure's unit looks slipped against the other money figures of its paragraph
    /// (1776.43元 among 万元 amounts): far off their magnitude as printed, in line with them in their unit.</summary>
    public static string? SlippedUnit(Fact fact, IEnumerable<Fact> neighbours, CheckTolerances tolerances)
    {
        if (fact.Quantity.Kind != UnitKind.Money || fact.Concept == null || fact.Value <= 0) return null;
        var others = neighbours.Where(n => n != fact && n.Quantity.Kind == UnitKind.Money && n.Value > 0 && n.Concept != null).ToList();
        if (others.Count == 0) return null;
        var usual = others.GroupBy(n => n.Unit).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        if (usual == fact.Unit) return null;
        var median = others.Select(o => (double)o.Quantity.BaseValue).Order().ElementAt(others.Count / 2);
        double asPrinted = Math.Abs(Math.Log10((double)fact.Quantity.BaseValue / median));
        double asUsual = Math.Abs(Math.Log10((double)(fact.Value * Units.Factor(usual)) / median));
        return asPrinted >= tolerances.UnitSlipMinOrders && asUsual <= tolerances.UnitSlipMaxOrdersAfterFix ? usual : null;
    }

    /// <summary>The figure a reviewer reads: "2792.30万元".</summary>
    public static string Show(this Fact fact)
    {
        var printed = fact.Quantity.Printed.Trim();
        return fact.Unit.Length > 0 && !printed.EndsWith(fact.Unit, StringComparison.Ordinal) ? printed + fact.Unit : printed;
    }
}
