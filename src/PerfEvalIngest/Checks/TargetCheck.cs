namespace PerfEvalIngest.Checks;

/// <summary>
/// target — "a rate in one table contradicting another table (e.g. 执行率 below 100% but 结转结余率 0%)": money that
/// was budgeted and not spent is a balance, so an execution rate clearly below 100% cannot stand beside a
/// balance rate of 0%.
/// </summary>
/// <remarks>Traps: rounding (an execution rate of 99.996% prints as 100.00%); only the completed value of the
/// 结转结余率 counts, not its target ("=0%").</remarks>
internal sealed class TargetCheck : ICheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        var facts = context.Facts.Facts;
        var execution = facts.Where(f => f.Concept == "budget.rate" && f.Quantity.IsExact && f.Measure != "share")
            .FirstOrDefault(f => Interval.Of(f.Quantity).High < 100m);
        if (execution == null) yield break;
        foreach (var balance in facts.Where(f => f.Concept == "budget.balance-rate" && f.Value == 0m && f.Quantity.IsExact
                                                 && f.Quantity.Qualifier is null or "="
                                                 && f.ColumnConcept != "indicator.target"))
        {
            var expected = Numbers.Format(100m - execution.Value, execution.Quantity.Decimals);
            yield return new Finding("target.rate-contradiction", Severity.Warning,
                $"结转结余率与预算执行率矛盾：预算执行率为 {execution.Show()}（{execution.Location.Describe()}），有约 {expected}% 的预算未支出，结转结余率却为 {balance.Show()}。/ Execution rate {execution.Show()} leaves about {expected}% unspent, yet the balance rate is {balance.Show()}.",
                balance.Row != null ? $"{balance.Row}：{balance.Column} {balance.Quantity.Printed}" : balance.Text,
                $"约{expected}%", balance.Show(), balance.Location);
        }
    }
}
