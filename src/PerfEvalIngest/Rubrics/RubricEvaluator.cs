using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Structure;

namespace PerfEvalIngest.Rubrics;

/// <summary>Evaluates a rubric against a structured document: finds each item's evidence and scores the groups
/// the tool can judge (completeness), leaving the others to a human with the evidence shown.</summary>
internal static partial class RubricEvaluator
{
    public static RubricResult Evaluate(Rubric rubric, StructuredDocument structure)
    {
        var items = new List<RubricItemResult>();
        var titles = Titles.Of(structure);
        decimal score = 0, max = 0, humanMax = 0;
        foreach (var group in rubric.Groups)
        {
            decimal deductions = 0;
            var located = group.Items.Select(item => Locate(item, group, structure, titles)).ToList();
            bool notIncluded = group.AllOrNothing
                               && group.Items.Zip(located).Where(x => !x.First.Optional).All(x => x.Second.Status == "missing");
            if (notIncluded)
            {
                items.AddRange(group.Items.Select(item => new RubricItemResult(item.Id, item.Title, group.Id, "not-included", null,
                    group.DeductPerMissing, null, null)));
                continue;
            }
            foreach (var (item, index) in group.Items.Select((item, index) => (item, index)))
            {
                var (status, evidence, location) = located[index];
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

    /// <summary>The report's table titles (caption and header cells, in that order) and headings, folded once: every
    /// item tries its phrases on all of them.</summary>
    private sealed record Titles(IReadOnlyList<(Table Table, string[] Folded)> Tables, string[] Headings)
    {
        public static Titles Of(StructuredDocument s) => new(
            s.Document.Tables.Select(t => (t,
                new[] { s.TableCaptions.GetValueOrDefault(t.Id) }.Concat(Enumerable.Range(0, t.ColumnCount).Select(c => t.TextAt(0, c)))
                    .OfType<string>().Select(TitlePhrase.Fold).ToArray())).ToList(),
            s.Outline.Select(h => TitlePhrase.Fold(h.Title)).ToArray());
    }

    private static (string Status, string? Evidence, Location? Location) Locate(RubricItem item, RubricGroup group, StructuredDocument s,
        Titles titles)
    {
        // Process items (the notice, the working group, timeliness) are not in the report at all: a reviewer judges
        // them from the unit's records, and the report is not "missing" them.
        if (item.Kind == "process") return ("needs-human", "报告中无从判断，需查阅工作记录 / not visible in the report", null);
        bool MatchesFolded(string folded) => item.Match.Any(m => TitlePhrase.MatchesFolded(folded, m));
        bool Matches(string? text) => text != null && MatchesFolded(TitlePhrase.Fold(text));

        var table = titles.Tables.FirstOrDefault(t => t.Folded.Any(MatchesFolded)).Table;
        int headingIndex = Array.FindIndex(titles.Headings, MatchesFolded);
        var heading = headingIndex < 0 ? null : s.Outline[headingIndex];

        switch (item.Kind)
        {
            case "table-title":
                // A table's name: its caption or header, or a title line that ends on 表 (a 说明 heading about the
                // table, 「四、财政拨款收支预算总表情况说明」, is no table).
                if (table != null) return ("present", $"表{table.Id}「{s.TableCaptions.GetValueOrDefault(table.Id) ?? table.TextAt(0, 0)}」", s.LocationOf(table));
                var name = s.Document.Paragraphs.FirstOrDefault(p => p.Text.Length <= MaxTitleLength && !s.TableOfContents.Contains(p.Index)
                                                                     && TableName().IsMatch(TitlePhrase.Fold(p.Text)) && Matches(p.Text));
                return name != null ? ("present", $"「{name.Text.Trim()}」", s.LocationOf(name)) : ("missing", null, null);
            case "title":
                // A disclosure names its parts and tables in title lines: headings, a table's caption or header, or a
                // short line of its own (a centred table name over 「单位：万元」); the 目录 alone does not count.
                if (heading != null) return ("present", $"{heading.Path}「{heading.Title}」", heading.Location);
                if (table != null) return ("present", $"表{table.Id}「{s.TableCaptions.GetValueOrDefault(table.Id) ?? table.TextAt(0, 0)}」", s.LocationOf(table));
                var line = s.Document.Paragraphs.FirstOrDefault(p => p.Text.Length <= MaxTitleLength
                                                                     && !s.TableOfContents.Contains(p.Index) && Matches(p.Text));
                return line != null ? ("present", $"「{line.Text.Trim()}」", s.LocationOf(line)) : ("missing", null, null);
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
                // A section is a heading of its own: a sub-heading that says the words inside a section another item
                // of the group names (「（二）评价结论及评分结果」 left under 「一、部门（单位）概况」 once 「二、评价结论」 is
                // gone) is part of that section, not this one — whatever numbering the text kept.
                var own = s.Outline.FirstOrDefault(h => Matches(h.Title) && !InsideAnotherItem(h, item, group, s));
                if (own != null) return ("present", $"{own.Path}「{own.Title}」", own.Location);
                return ("missing", null, null);
        }
    }

    /// <summary>Whether the heading stands under a level-1 section that another section item of the group names, one
    /// that is neither this item nor the section the template puts it in (<see cref="RubricItem.Within"/>: the Nanjing
    /// template's 「（二）部门（单位）收支情况」 belongs under 「一、部门（单位）概况」).</summary>
    private static bool InsideAnotherItem(Heading heading, RubricItem item, RubricGroup group, StructuredDocument s)
    {
        var top = heading;
        while (top.Parent is int parent && s.HeadingOfBlock.TryGetValue(parent, out var up)) top = up;
        if (top == heading) return false;
        bool Names(RubricItem i) => i.Match.Any(m => TitlePhrase.Matches(top.Title, m));
        if (Names(item) || group.Items.Any(host => item.Within?.Contains(host.Id) == true && Names(host))) return false;
        return group.Items.Any(other => other != item && other.Kind == "section" && Names(other));
    }

    /// <summary>A table's name ends on 表, perhaps with a bracketed note (表（万元）, 表（续）).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"表(?:[（(][^）)]{0,12}[）)])?$")]
    private static partial System.Text.RegularExpressions.Regex TableName();

    /// <summary>The longest line read as a title.</summary>
    private const int MaxTitleLength = 50;
}
