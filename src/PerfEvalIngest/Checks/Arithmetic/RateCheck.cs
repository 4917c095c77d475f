using PerfEvalIngest.Facts;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks.Arithmetic;

/// <summary>
/// arithmetic.rate — "执行率 = 实际支出 / 调整后预算": in each budget-table row that states all three, and in a
/// sentence that states a budget, an actual and an execution rate.
/// </summary>
/// <remarks>Traps: rounding (intervals); a zero budget gives no rate (公务出国（境）费 .8 → 0, 0.00% is fine; a
/// budget of 0 is skipped); approximate figures skipped.</remarks>
internal sealed class RateCheck : ICheck
{
    private const string Rule = "arithmetic.rate";

    public IEnumerable<Finding> Run(CheckContext context)
    {
        // A column whose header's unit slipped (UnitCheck: 实际支出数（元） among 万元 columns, its rate bearing it out)
        // is read in its siblings' unit, as the unit finding says; the slip is that one finding, not a rate per row.
        var slipped = UnitCheck.SlippedColumns(context).ToDictionary(s => (s.First.Location.Table, s.First.Location.Col), s => s.Usual);
        foreach (var group in context.Facts.Facts.GroupBy(f => (f.BlockIndex, f.InTable ? f.Location.Row ?? -1 : f.SentenceIndex)))
        {
            var facts = group.ToList();
            var rate = facts.FirstOrDefault(f => f.Concept == "budget.rate" && f.Quantity.Kind == UnitKind.Percent);
            if (rate == null || !rate.Quantity.IsExact) continue;
            // The figures nearest before the rate: "全年预算…（年初预算…），实际支出…，执行率…".
            var before = facts.TakeWhile(f => f != rate).Where(f => f.Quantity.Kind == UnitKind.Money).ToList();
            var actual = before.LastOrDefault(f => f.Concept == "budget.actual")
                         ?? before.LastOrDefault(f => f.Concept == "expense.total" && f.Measure != "budget");
            var budget = before.LastOrDefault(f => f.Concept == "budget.adjusted")
                         ?? before.LastOrDefault(f => f.Concept == "expense.budget")
                         ?? before.LastOrDefault(f => f.Concept == "budget.initial");
            // 「完成年初预算的p%」 names its base: the 年初预算 of the sentence, even where a 全年预算 is stated too.
            if ((rate.Label ?? "").Contains("年初", StringComparison.Ordinal)
                && before.LastOrDefault(f => f.Concept == "budget.initial") is { } initial && initial != budget)
            {
                if (initial.Value == 0 && actual != null && actual.Value > 0)
                {
                    yield return new Finding("claim.budget-vs-outturn", Severity.Warning,
                        $"年初预算为0，“完成年初预算的{rate.Show()}”无从计算；{rate.Show()}是对{budget?.Show() ?? "其他预算数"}的完成率。/ The 年初预算 is zero: a completion rate of it is undefined.",
                        rate.Text, "—", rate.Show(), rate.Location);
                    continue;
                }
                budget = initial;
            }
            // A sentence that states the outturn and the rate but not the budget leans on the budget stated earlier
            // in its section (a project report's 资金到位情况 before its 资金使用情况).
            if (budget == null && actual != null && !rate.InTable)
                budget = context.EarlierInSection(actual).FirstOrDefault(f => f.Concept is "budget.adjusted" or "expense.budget"
                                                                            && f.Measure != "actual" && f.Quantity.Kind == UnitKind.Money);
            if (actual == null || budget == null || budget.Value <= 0) continue;
            if (!actual.Quantity.IsExact || !budget.Quantity.IsExact) continue;
            var (actualQuantity, budgetQuantity) = (Reread(actual, slipped), Reread(budget, slipped));
            var computed = Interval.Percent(Interval.Of(actualQuantity), Interval.Of(budgetQuantity));
            if (computed == null || computed.Value.Overlaps(Interval.Of(rate.Quantity).Widen(context.Tolerances.RateExtraPoints)))
                continue;
            var expected = Numbers.Format(actualQuantity.BaseValue / budgetQuantity.BaseValue * 100m, Math.Max(2, rate.Quantity.Decimals));
            var where = rate.Row != null ? $"「{rate.Row}」行" : "";
            yield return new Finding(Rule, Severity.Error,
                $"{where}执行率与数据不符：{actual.Show()} ÷ {budget.Show()} = {expected}%，报告写 {rate.Show()}。/ Execution rate should be {expected}%, report says {rate.Show()}.",
                rate.InTable ? $"{rate.Row}：{budget.Column} {budget.Show()}，{actual.Column} {actual.Show()}，{rate.Column} {rate.Show()}" : rate.Text,
                expected + "%", rate.Show(), rate.Location);
        }
    }

    private static Quantity Reread(Fact fact, Dictionary<(string? Table, int? Col), string> slipped) =>
        fact.InTable && slipped.TryGetValue((fact.Location.Table, fact.Location.Col), out var unit) ? fact.Quantity with { Unit = unit } : fact.Quantity;
}
