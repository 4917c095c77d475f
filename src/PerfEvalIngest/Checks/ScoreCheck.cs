using System.Globalization;
using System.Text.RegularExpressions;
using PerfEvalIngest.Facts;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks;

/// <summary>
/// The self-score (domain guide: "评价结论: self-score and grade (优 ≥ 90, 良 80–89, 中 60–79, 差 &lt; 60)"; 自评表
/// "total score = sum of item scores"): the 得分 and 分值 columns of a 自评表 add up to its 合计 row
/// (arithmetic.score-total); the score stated in the text equals that total (cross-reference.score); the grade
/// stated beside a score is the one the score earns (claim.grade).
/// </summary>
/// <remarks>Traps: tables with 小计 rows hold subtotals, so their columns are not summed; rounding by printed
/// precision; a score of "—" or an empty cell is not 0; grade bands live in tolerances.json.</remarks>
internal sealed partial class ScoreCheck : ICheck
{
    /// <summary>A 自评表 is scored out of 100 (财预〔2020〕10号: 总分 = the sum, at most 100).</summary>
    private const int MaxTotal = 100;

    [GeneratedRegex(@"^\s*(?:合计|总计|总分|总得分|得分合计)\s*$")]
    private static partial Regex ScoreTotalRow();

    [GeneratedRegex(@"(?:自评|综合|总)得分(?:为|是|：|:)?\s*(?<score>\d+(?:\.\d+)?)\s*分")]
    private static partial Regex StatedScore();

    [GeneratedRegex(@"(?:等级|等次|评价结果|结论)(?:为|是|：|:)?\s*[“""「]?(?<grade>优秀|优|良好|良|中等|中|差|合格|不合格)[”""」]?")]
    private static partial Regex StatedGrade();

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var tableTotals = new List<Fact>();
        foreach (var table in context.Facts.Facts.Where(f => f.InTable && f.Column != null).GroupBy(f => f.BlockIndex))
        {
            foreach (var column in table.GroupBy(f => (f.Location.Col, f.HeaderRow)))
            {
                var cells = column.ToList();
                var kind = cells[0].ColumnConcept;
                if (kind is not ("indicator.score" or "indicator.weight")) continue;
                if (cells.Any(c => c.Row?.Contains("小计") == true)) continue;
                var total = cells[^1];
                if (total.Row == null || !ScoreTotalRow().IsMatch(total.Row)) continue;
                var parts = cells.Where(c => c != total && c.Quantity.Kind is UnitKind.None or UnitKind.Count).ToList();
                if (parts.Count < 2) continue;
                if (kind == "indicator.score") tableTotals.Add(total);
                // The national 自评表's 总分 counts the funds row's 分值 and 得分 (10 of the 100) from the block above, with
                // a header of its own; provinces often total the indicators alone. Either sum is the total.
                var funds = table.Where(f => f.ColumnConcept == kind && f.HeaderRow != total.HeaderRow && SelfEvaluationTableCheck.IsFundsRow(f.Row)
                                             && f.Quantity.IsExact && f.Quantity.Kind is UnitKind.None or UnitKind.Count).ToList();
                var sum = parts.Select(p => Interval.Of(p.Quantity)).Aggregate((a, b) => a + b);
                var withFunds = funds.Aggregate(sum, (a, f) => a + Interval.Of(f.Quantity));
                var printed = Interval.Of(total.Quantity);
                if (!sum.Overlaps(printed) && !(funds.Count > 0 && withFunds.Overlaps(printed)))
                {
                    decimal indicators = parts.Sum(p => p.Value), all = indicators + funds.Sum(f => f.Value);
                    var nearer = Math.Abs(all - total.Value) < Math.Abs(indicators - total.Value) ? all : indicators;
                    var expected = Numbers.Format(nearer, Math.Max(total.Quantity.Decimals, parts.Max(p => p.Quantity.Decimals)));
                    yield return new Finding("arithmetic.score-total", Severity.Error,
                        $"自评表「{total.Column}」合计与各项之和不符：各项合计 {expected}，表中写 {total.Quantity.Printed}。/ The {total.Column} column sums to {expected}, the table says {total.Quantity.Printed}.",
                        $"{total.Row}：{total.Column} {total.Quantity.Printed}", expected, total.Quantity.Printed, total.Location);
                }
                if (total.Value > MaxTotal)
                    yield return new Finding("arithmetic.score-over-max", Severity.Error,
                        $"自评表「{total.Column}」合计 {total.Quantity.Printed} 超过满分 {MaxTotal}。/ The total exceeds {MaxTotal}.",
                        $"{total.Row}：{total.Column} {total.Quantity.Printed}", "≤ " + MaxTotal, total.Quantity.Printed, total.Location);
            }
        }

        foreach (var p in context.Structure.Document.Paragraphs)
        {
            var score = StatedScore().Match(p.Text);
            if (!score.Success) continue;
            var value = decimal.Parse(score.Groups["score"].Value, CultureInfo.InvariantCulture);
            var location = context.Structure.LocationOf(p);

            var grade = StatedGrade().Match(p.Text, score.Index);
            if (grade.Success && context.Tolerances.GradeFor(value) is string earned && !SameGrade(grade.Groups["grade"].Value, earned))
                yield return new Finding("claim.grade", Severity.Error,
                    $"评价等级与得分不符：得分 {value} 分应为“{earned}”，报告写“{grade.Groups["grade"].Value}”。/ A score of {value} earns {earned}, the report says {grade.Groups["grade"].Value}.",
                    Excerpt(p.Text, score.Index, grade.Index + grade.Length), earned, grade.Groups["grade"].Value, location);

            foreach (var total in tableTotals)
            {
                var stated = new Quantity(value, Decimals(score.Groups["score"].Value), "分", null, score.Index, score.Length, score.Value);
                if (Interval.Of(stated).Overlaps(Interval.Of(total.Quantity))) continue;
                yield return new Finding("cross-reference.score", Severity.Warning,
                    $"正文得分与自评表合计不符：正文写 {value} 分，自评表{total.Column}合计为 {total.Quantity.Printed}。/ The text gives {value}, the table totals {total.Quantity.Printed}.",
                    Excerpt(p.Text, score.Index, score.Index + score.Length), total.Quantity.Printed, score.Groups["score"].Value, location);
            }
        }
    }

    private static bool SameGrade(string stated, string earned) => stated.StartsWith(earned, StringComparison.Ordinal);

    private static int Decimals(string number) => number.Contains('.') ? number.Length - number.IndexOf('.') - 1 : 0;

    private static string Excerpt(string text, int start, int end)
    {
        var (s, _) = Sentences.Around(text, start);
        var (_, e) = Sentences.Around(text, Math.Max(start, end - 1));
        return text[s..e].Trim();
    }
}
