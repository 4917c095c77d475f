using PerfEvalIngest.Model;
using PerfEvalIngest.Structure;

namespace PerfEvalIngest.Rubrics;

/// <summary>Evaluates a rubric against a structured document: finds each item's evidence and scores the groups
/// the tool can judge (completeness), leaving the others to a human with the evidence shown.</summary>
public static class RubricEvaluator
{
    public static RubricResult Evaluate(Rubric rubric, StructuredDocument structure)
    {
        var items = new List<RubricItemResult>();
        decimal score = 0, max = 0, humanMax = 0;
        foreach (var group in rubric.Groups)
        {
            decimal deductions = 0;
            foreach (var item in group.Items)
            {
                var (status, evidence, location) = Locate(item, structure);
                if (group.NeedsHuman)
                {
                    items.Add(new RubricItemResult(item.Id, item.Title, group.Id,
                        status == "missing" ? "missing" : "needs-human", null, group.Max / Math.Max(1, group.Items.Count),
                        evidence, location));
                    continue;
                }
                if (status == "missing" && item.Optional) status = "partial";
                decimal itemDeduction = status switch
                {
                    "missing" => group.DeductPerMissing,
                    "partial" => item.Optional ? 0 : group.DeductPerMissing / 2,
                    _ => 0,
                };
                deductions += itemDeduction;
                items.Add(new RubricItemResult(item.Id, item.Title, group.Id, status,
                    group.DeductPerMissing - itemDeduction, group.DeductPerMissing, evidence, location));
            }
            if (group.NeedsHuman)
                humanMax += group.Max;
            else
            {
                score += Math.Max(0, group.Max - deductions);
                max += group.Max;
            }
        }
        return new RubricResult(rubric.Id, rubric.Title, score, max, humanMax, items);
    }

    private static (string Status, string? Evidence, Location? Location) Locate(RubricItem item, StructuredDocument s)
    {
        bool Matches(string? text) => text != null && item.Match.Any(m => text.Contains(m, StringComparison.Ordinal));

        var table = s.Document.Tables.FirstOrDefault(t =>
            Matches(s.TableCaptions.GetValueOrDefault(t.Id)) || Enumerable.Range(0, t.ColumnCount).Any(c => Matches(t.TextAt(0, c))));
        var heading = s.Outline.FirstOrDefault(h => Matches(h.Title));

        switch (item.Kind)
        {
            case "table":
            case "attachment":
                if (table != null)
                    return ("present", $"表{table.Id}「{s.TableCaptions.GetValueOrDefault(table.Id) ?? table.TextAt(0, 0)}」，{table.RowCount}行×{table.ColumnCount}列",
                        s.LocationOf(table));
                if (heading != null)
                    return ("partial", $"{heading.Path}「{heading.Title}」：只有标题，未见表格内容", heading.Location);
                var listed = s.Metadata.Attachments.FirstOrDefault(Matches);
                if (listed != null)
                    return ("partial", $"附件目录列出「{listed}」，但报告中未见其内容", null);
                return ("missing", null, null);
            default:
                if (heading != null) return ("present", $"{heading.Path}「{heading.Title}」", heading.Location);
                return ("missing", null, null);
        }
    }
}
