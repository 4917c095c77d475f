using PerfEvalIngest.Facts.Statements;

namespace PerfEvalIngest.Checks.Arithmetic;

/// <summary>
/// arithmetic.direction — "the direction word must agree with the two amounts": 「年初预算为232.02万元，支出决算为
/// 219.24万元…决算数大于预算数的主要原因…」 says 大于 of an outturn below its budget.
/// </summary>
/// <remarks>Traps: amounts equal within their printed precision are 等于, and either 大于 or 小于 of them is not
/// flagged; a sentence without both amounts states nothing to check; approximate figures are skipped.</remarks>
internal sealed class OutturnDirectionCheck : ICheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var s in context.Facts.Statements.OfType<OutturnStatement>())
        {
            if (s.Budget is not { } budget || s.Outturn is not { } outturn) continue;
            var difference = Interval.Of(outturn.Quantity) - Interval.Of(budget.Quantity);
            int actual = difference.Low > 0 ? 1 : difference.High < 0 ? -1 : 0;
            // Equal within rounding: 大于 or 小于 of a hair is no contradiction.
            if (actual == s.Claimed || actual == 0) continue;
            string Word(int sign) => sign > 0 ? "大于" : sign < 0 ? "小于" : "等于";
            yield return new Finding("arithmetic.direction", Severity.Error,
                $"决算与预算的比较说反了：决算{outturn.Show()}{Word(actual)}预算{budget.Show()}，报告写「{s.Printed}」。/ The outturn is {(actual > 0 ? "above" : "below")} the budget; the text says otherwise.",
                s.Text, Word(actual), Word(s.Claimed), s.Location);
        }
    }
}
