using PerfEvalIngest.Facts;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks.Arithmetic;

/// <summary>
/// arithmetic.sum — "totals equal the sum of their parts" (domain guide, checks catalogue), in text and tables.
/// </summary>
/// <remarks>
/// Traps avoided: rounding (parts and total are compared as intervals of their printed precision); partial 其中
/// lists (parts may fall short of the total unless they form a complete decomposition of the concept or include
/// the catch-all 其他 part); overlapping categories (高新技术企业 and 科技型中小企业 may both count one firm: a 其中 list
/// without concepts is checked only when it names the rest, 其他/其余, and never for the categories of
/// tolerances.json); a part whose unit slipped (the unit check reports it, not this one); approximate figures
/// (约, 近, 超 …) are never summed.
/// </remarks>
internal sealed class SumCheck : ICheck
{
    private const string Rule = "arithmetic.sum";

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var facts = context.Facts.Facts;
        foreach (var block in facts.GroupBy(f => f.BlockIndex))
        {
            var list = block.ToList();
            if (list[0].InTable)
            {
                foreach (var f in TableRows(list, context)) yield return f;
                foreach (var f in TableColumns(list, context)) yield return f;
                continue;
            }
            foreach (var f in ConceptSums(list, context)) yield return f;
            foreach (var f in QiZhongLists(list, context)) yield return f;
        }
    }

    private static IEnumerable<Finding> ConceptSums(List<Fact> facts, CheckContext context)
    {
        var concepts = context.Concepts;
        var textFacts = facts.Where(f => f.Location.Table == null).ToList();
        var text = textFacts.Count > 0 && context.Structure.Document.Blocks[textFacts[0].BlockIndex] is Paragraph paragraph
            ? paragraph.Text : "";
        var slipped = FactQueries.SlippedUnits(textFacts, context.Tolerances);
        for (int i = 0; i < textFacts.Count; i++)
        {
            var total = textFacts[i];
            if (total.Concept == null || !total.Quantity.IsExact || total.Measure == "share") continue;
            var concept = concepts[total.Concept];
            if (concept == null || concept.Parts.Count == 0) continue;
            var measure = total.EffectiveMeasure(concepts);
            var allParts = concept.Parts.SelectMany(p => p).ToHashSet();

            var parts = new List<Fact>();
            for (int j = i + 1; j < textFacts.Count; j++)
            {
                var f = textFacts[j];
                // Parts follow their total within one sentence; a 。 ends the list (； does not: "…；项目支出…").
                if (text.IndexOf('。', total.Quantity.End, f.Quantity.Start - total.Quantity.End) >= 0) break;
                // The total's own share (「基本支出989.63万元，占支出合计的67.27%（人员经费…，公用经费…）」) ends nothing.
                if (f.Concept == total.Concept && f.Measure != "share" && f.EffectiveMeasure(concepts) == measure) break;
                if (f.Concept == null || !allParts.Contains(f.Concept) || f.Measure == "share") continue;
                if (f.EffectiveMeasure(concepts) != measure || !Units.Comparable(f.Unit, total.Unit)) continue;
                if (parts.Any(p => p.Concept == f.Concept)) continue;
                parts.Add(f);
            }
            if (parts.Count < 2 || parts.Any(p => !p.Quantity.IsExact)) continue;
            if (parts.Any(slipped.ContainsKey)) continue;

            // Where the report states parts of two decompositions (基本支出 and also 人员经费, 公用经费), sum the
            // decomposition it states most of.
            var decomposition = concept.Parts.OrderByDescending(d => parts.Count(p => d.Contains(p.Concept!))).First();
            parts = parts.Where(p => decomposition.Contains(p.Concept!)).ToList();
            if (parts.Count < 2) continue;
            var stated = parts.Select(p => p.Concept!).ToHashSet();
            bool complete = parts.Any(p => concepts[p.Concept!]?.Residual == true)
                            || concept.Parts.Any(d => stated.All(d.Contains) && CoreComplete(d, stated));
            var finding = Compare(total, parts, complete, context, concept.Label);
            if (finding != null) yield return finding;
        }
    }

    // A decomposition is complete when every part a unit commonly has is stated: 经营支出/经营收入 and the rarer
    // income lines are often absent because they are zero.
    private static readonly HashSet<string> RareParts =
        ["expense.operating", "income.operating", "income.affiliated", "income.superior"];

    private static bool CoreComplete(IReadOnlyList<string> decomposition, HashSet<string> stated) =>
        decomposition.Where(c => !RareParts.Contains(c)).All(stated.Contains) && !decomposition.All(RareParts.Contains);

    /// <summary>"X家，其中A Y家、B Z家": parts after 其中 with the total's unit, up to the end of the sentence or
    /// the closing bracket when 其中 opens inside brackets.</summary>
    private static IEnumerable<Finding> QiZhongLists(List<Fact> facts, CheckContext context)
    {
        if (facts.Count < 3) yield break;
        var first = facts[0];
        var text = context.Structure.Document.Blocks[first.BlockIndex] is Paragraph p ? p.Text : null;
        if (text == null) yield break;

        int searchFrom = 0;
        while (true)
        {
            int at = text.IndexOf("其中", searchFrom, StringComparison.Ordinal);
            if (at < 0) yield break;
            searchFrom = at + 2;
            var (sentenceStart, sentenceEnd) = Sentences.Around(text, at);
            bool bracketed = at > 0 && text[at - 1] is '（' or '(';
            int end = bracketed ? Math.Max(text.IndexOfAny(['）', ')'], at), at) : sentenceEnd;
            if (end <= at) end = sentenceEnd;

            var after = facts.Where(f => f.Quantity.Start > at && f.Quantity.Start < end).ToList();
            if (after.Count < 2) continue;
            var unit = after[0].Unit;
            var parts = after.Where(f => Units.Comparable(f.Unit, unit) && f.Measure != "share").ToList();
            if (parts.Count < 2) continue;

            var before = facts.Where(f => f.Quantity.End <= at && f.Quantity.Start >= sentenceStart && Units.Comparable(f.Unit, unit)).ToList();
            if (before.Count != 1) continue;     // "孵化器31家、众创空间54家，其中22家孵化器、37家众创空间…" splits over two totals
            var total = before[0];
            if (total.Concept != null && context.Concepts[total.Concept]?.Parts.Count > 0) continue;   // ConceptSums has it
            if (!total.Quantity.IsExact || parts.Any(q => !q.Quantity.IsExact)) continue;

            // A 其中 list is checked only when it closes with the rest (其他, 其余): categories such as 高校毕业生 and
            // 本市户籍劳动者 may overlap, so parts above the total prove nothing unless the list claims to partition it.
            var partText = text[at..end];
            bool complete = partText.Contains("其他") || partText.Contains("其余");
            if (!complete) continue;
            if (context.Tolerances.OverlappingCategories.Any(c => partText.Contains(c, StringComparison.Ordinal))) continue;
            var finding = Compare(total, parts, complete, context, null);
            if (finding != null) yield return finding;
        }
    }

    /// <summary>Each table row with 年初预算, 调整数 and 调整后预算: 调整后 = 年初 + 调整 (an empty 调整数 is 0). A
    /// table without a 调整数 column states no adjustment, so it has nothing to check.</summary>
    private static IEnumerable<Finding> TableRows(List<Fact> facts, CheckContext context)
    {
        if (!facts.Any(f => f.Concept == "budget.adjustment")) yield break;
        foreach (var row in facts.GroupBy(f => f.Location.Row))
        {
            var initial = row.FirstOrDefault(f => f.Concept == "budget.initial");
            var adjusted = row.FirstOrDefault(f => f.Concept == "budget.adjusted");
            if (initial == null || adjusted == null) continue;
            var adjustment = row.FirstOrDefault(f => f.Concept == "budget.adjustment");
            var parts = adjustment == null ? new List<Fact> { initial } : [initial, adjustment];
            var finding = Compare(adjusted, parts, true, context, "调整后预算数");
            if (finding != null) yield return finding;
        }
    }

    /// <summary>A total row (合计, 总计, 预算总金额) against the rows that decompose it (基本支出 + 项目支出), column by
    /// column.</summary>
    private static IEnumerable<Finding> TableColumns(List<Fact> facts, CheckContext context)
    {
        foreach (var column in facts.Where(f => f.Quantity.Kind == UnitKind.Money).GroupBy(f => f.Location.Col))
        {
            var cells = column.ToList();
            var total = cells.FirstOrDefault(f => f.Row != null && context.IsTotalRow(f.Row));
            if (total == null) continue;
            var byConcept = cells.Where(f => f != total && f.Row != null)
                .Select(f => (Fact: f, Concept: context.Concepts.MatchExactly(f.Row!)))
                .Where(x => x.Concept != null)
                .GroupBy(x => x.Concept!.Id).Select(g => g.First()).ToList();
            foreach (var parentId in new[] { "expense.total", "income.total" })
            {
                var parent = context.Concepts[parentId];
                var decomposition = parent?.Parts.FirstOrDefault(d => byConcept.Count(x => d.Contains(x.Concept!.Id)) >= 2);
                if (decomposition == null) continue;
                var parts = byConcept.Where(x => decomposition.Contains(x.Concept!.Id)).Select(x => x.Fact).ToList();
                var finding = Compare(total, parts, CoreComplete(decomposition, parts.Select(p => context.Concepts.MatchExactly(p.Row!)!.Id).ToHashSet()), context, total.Row);
                if (finding != null) yield return finding;
                break;
            }
        }
    }

    private static Finding? Compare(Fact total, List<Fact> parts, bool complete, CheckContext context, string? what)
    {
        var sum = parts.Select(p => Interval.Of(p.Quantity)).Aggregate((a, b) => a + b);
        var stated = Interval.Of(total.Quantity);
        var slack = Math.Abs(stated.Mid) * context.Tolerances.SumExtraRelative;
        sum = sum.Widen(slack);
        bool ok = complete ? sum.Overlaps(stated) : sum.Low <= stated.High;
        if (ok) return null;

        int decimals = Math.Max(total.Quantity.Decimals, parts.Max(p => p.Quantity.Decimals));
        var factor = Units.Factor(total.Unit);
        var expected = Numbers.Format(parts.Sum(p => p.Quantity.BaseValue) / factor, decimals);
        var partList = string.Join(" + ", parts.Select(p => p.Show()));
        var name = what ?? total.Label ?? "合计";
        var message = complete
            ? $"{name}与各分项之和不符：分项 {partList} = {expected}{total.Unit}，报告写 {total.Show()}。/ Total {total.Show()} does not equal the sum of its parts {expected}{total.Unit}."
            : $"{name}的分项之和超过总数：{partList} = {expected}{total.Unit}，大于 {total.Show()}。/ Parts sum to {expected}{total.Unit}, more than the total {total.Show()}.";
        return new Finding(Rule, Severity.Error, message, total.Text, expected + total.Unit, total.Show(),
            total.Location);
    }
}
