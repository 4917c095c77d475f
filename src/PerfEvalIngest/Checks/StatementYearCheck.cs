using PerfEvalIngest.Facts.Statements;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Checks;

/// <summary>
/// editorial.comparison-year — "a wrong comparison year": a document about year N compares with N − 1
/// (「2026年财政拨款收入…比2025年预算增加…」, 「2025年当年预算执行数」 in a 2026 budget). A comparison with N itself
/// or another year is a leftover of last year's text or a slip.
/// </summary>
/// <remarks>Traps: 比上年 names no year and is always right; a document whose own year is unknown is not judged;
/// years in other sentences (a 2023年 policy, a 2018—2020 plan) are no comparisons.</remarks>
internal sealed class StatementYearCheck : ICheck
{
    private const string Rule = "editorial.comparison-year";

    public IEnumerable<Finding> Run(CheckContext context)
    {
        if (context.Structure.Metadata.Year is not int year) yield break;
        int expected = year - 1;
        foreach (var statement in context.Facts.Statements)
        {
            var (named, printed) = statement switch
            {
                ChangeStatement { ComparedYear: int y } c => ((int?)y, c.Marker),
                ExecutionYearStatement e => (e.Year, e.Printed),
                _ => (null, ""),
            };
            if (named is not int n || n == expected) continue;
            yield return new Finding(Rule, Severity.Warning,
                $"比较年份有误：{year}年的文件应与{expected}年比较，此处写「{printed}」。/ A {year} document compares with {expected}; this says {n}.",
                statement.Text, $"{expected}年", printed, statement.Location);
        }
    }
}
