using PerfEvalIngest.Facts;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks;

/// <summary>
/// cross-reference — "the same quantity stated with different values in two places (text versus table)". Each
/// report-level figure (收入总额, 支出总额, 调整后预算, 执行率, 编制 … in tolerances.json) is compared with its first
/// statement, budget and outturn apart.
/// </summary>
/// <remarks>
/// Traps: rounded restatements agree (2792.3万元 and 2792.30万元; 5.8万 and 58,200 — intervals of the printed
/// precision after unit conversion); last year's figures ("上年支出…", "比上年…") are not this year's; a table cell
/// counts only where its row is the report-level figure (a 合计 row, or a row named by the concept itself), so
/// 基本支出's 执行率 is not compared with the overall 执行率; approximate figures are not compared. Figures are keyed
/// by scope as well as concept: the fund or part a clause or a table names (政府性基金拨款支出预算 is not 财政拨款支出预算,
/// a 基本支出 table's 合计 not the 收支总表's; scope words in tolerances.json), and a change against last year
/// (比2024年预算增加 D, read as a statement) is never a level.
/// </remarks>
internal sealed partial class CrossReferenceCheck : ICheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        var wanted = context.Tolerances.CrossReferenceConcepts.ToHashSet();
        // Budget lines recur for every project in prose; only tables say which line is the report's own.
        var tableOnly = context.Tolerances.CrossReferenceTableOnly.ToHashSet();
        var first = new Dictionary<(string, string, string), Fact>();
        foreach (var fact in context.Facts.Facts)
        {
            if (fact.Concept == null || !wanted.Contains(fact.Concept) || !fact.Quantity.IsExact || fact.Measure == "share") continue;
            if (!fact.InTable && tableOnly.Contains(fact.Concept)) continue;
            if (!IsReportLevel(fact, context) || IsPriorPeriod(fact, context) || context.IsChange(fact)) continue;
            var key = (fact.Concept, MeasureOf(fact, context), ScopeOf(fact, context));
            if (!first.TryGetValue(key, out var earlier))
            {
                first[key] = fact;
                continue;
            }
            if (!Units.Comparable(earlier.Unit, fact.Unit) || Interval.Of(earlier.Quantity).Overlaps(Interval.Of(fact.Quantity)))
                continue;
            // One sentence naming the figure twice lists parts (「…俱乐部在职7名人员，…办公室在职10名人员」), not a restatement.
            if (!earlier.InTable && !fact.InTable && earlier.BlockIndex == fact.BlockIndex && earlier.SentenceIndex == fact.SentenceIndex)
                continue;
            var name = context.Concepts[fact.Concept]?.Label ?? fact.Concept;
            yield return new Finding("cross-reference", Severity.Warning,
                $"同一数据前后不一致：{name}在 {earlier.Location.Describe()} 为 {earlier.Show()}，在 {fact.Location.Describe()} 为 {fact.Show()}。/ {fact.Concept} is {earlier.Show()} in one place and {fact.Show()} in another.",
                fact.InTable ? $"{fact.Row}：{fact.Column} {fact.Quantity.Printed}" : fact.Text,
                earlier.Show(), fact.Show(), fact.Location);
        }
    }

    /// <summary>A budget disclosure's figures are budgets unless their words say otherwise (执行数, 决算).</summary>
    private static string MeasureOf(Fact fact, CheckContext context)
    {
        var measure = fact.EffectiveMeasure(context.Concepts);
        return measure == "actual" && fact.Measure == null && context.Structure.Metadata.DocumentKind.EndsWith("-budget", StringComparison.Ordinal)
            ? "budget" : measure;
    }

    private static bool IsReportLevel(Fact fact, CheckContext context)
    {
        if (!fact.InTable || fact.Row == null) return true;
        return context.IsTotalRow(fact.Row) || context.Concepts.MatchExactly(fact.Row)?.Id == fact.Concept;
    }

    /// <summary>The sentence before the figure speaks of last year (上年, 同比, 比上年 …), or the last year it names
    /// before the figure is earlier than the report's (「（2016年度部门支出预算安排为8,648.07万元）」 in a 2017 report).</summary>
    private static bool IsPriorPeriod(Fact fact, CheckContext context)
    {
        if (fact.InTable) return context.Tolerances.PriorPeriodMarkers.Any(m => (fact.Column ?? "").Contains(m, StringComparison.Ordinal));
        if (context.Structure.Document.Blocks[fact.BlockIndex] is not DocumentModel.Paragraph p) return false;
        var (start, _) = Sentences.Around(p.Text, fact.Quantity.Start);
        var before = p.Text[start..fact.Quantity.Start];
        if (context.Tolerances.PriorPeriodMarkers.Any(m => before.Contains(m, StringComparison.Ordinal))) return true;
        var named = YearNamed().Matches(before).LastOrDefault();
        return named != null && context.Structure.Metadata.Year is int year && int.Parse(named.Groups[1].Value) < year;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"((?:19|20)\d\d)\s*年")]
    private static partial System.Text.RegularExpressions.Regex YearNamed();

    /// <summary>The scope words that qualify a figure: for text, those of its clause (back to the last comma or
    /// colon, and the clause before when the figure's own opens with it); for a table cell, those of the caption,
    /// the row and the column.</summary>
    private static string ScopeOf(Fact fact, CheckContext context)
    {
        // Another clause's words, less those that qualify one figure only (年初, 调整 …).
        string Subject(string clause) => context.Tolerances.ClauseOnlyScopeWords.Aggregate(clause,
            (subject, w) => subject.Replace(w, "", StringComparison.Ordinal));

        string text;
        string? part = null;
        if (fact.InTable)
        {
            // The table's name may stand a line or two above it, over 「部门：…单位：万元」.
            var table = (DocumentModel.Table)context.Structure.Document.Blocks[fact.BlockIndex];
            text = $"{context.Structure.TitleOf(table)}|{fact.Row}|{fact.Column}";
        }
        else if (context.Structure.Document.Blocks[fact.BlockIndex] is DocumentModel.Paragraph p)
        {
            var (sentenceStart, _) = Sentences.Around(p.Text, fact.Quantity.Start);
            int clause = p.Text.LastIndexOfAny(['，', '：', ',', ':', '；'], Math.Max(0, fact.Quantity.Start - 1));
            if (clause < sentenceStart) clause = sentenceStart - 1;
            text = p.Text[(clause + 1)..fact.Quantity.Start];
            // A clause with no scope word of its own continues the sentence's subject (「“三公”经费财政拨款支出年初预算为
            // 2.85万元，支出决算为0.39万元」): the first clause's words qualify it, except those that qualify one figure
            // only (年初, 调整 …).
            // A figure whose concept it takes from the figure before (「人员经费预算为1776.43元，决算为2219.81万元」) is
            // qualified by the clause that named it.
            int named = fact.Label is { Length: > 0 } label ? p.Text.LastIndexOf(label, Math.Max(0, clause), StringComparison.Ordinal) : -1;
            if (clause >= sentenceStart && named >= sentenceStart && named < clause
                && !context.Tolerances.ScopeWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
            {
                int from = p.Text.LastIndexOfAny(['，', '：', ',', ':', '；'], Math.Max(0, named - 1));
                text = Subject(p.Text[Math.Max(sentenceStart, from + 1)..(named + fact.Label!.Length)]) + "|" + text;
            }
            else if (clause >= sentenceStart && !context.Tolerances.ScopeWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
            {
                int firstClause = p.Text.IndexOfAny(['，', '：', ',', ':', '；'], sentenceStart);
                if (firstClause > sentenceStart && firstClause <= clause)
                    text = Subject(p.Text[sentenceStart..firstClause]) + "|" + text;
            }
            // An item about one budget subject (「7、社会保障和就业支出（类）…职业年金缴费支出（项）…支出决算为80.38万元」)
            // speaks of that subject, not of the report's total; the subject may be its heading's.
            var heading = context.Structure.HeadingAtOrBefore(fact.BlockIndex);
            var subject = SubjectCodes.LastNamedLevel(p.Text, fact.Quantity.Start)
                          ?? (heading == null ? null : SubjectCodes.LastNamedLevel(heading.Title));
            if (subject != null) text += "|" + subject.Value;
            // A part after 其中 named by a narrower word than its concept's (编制338名，其中行政编制200名、行政附属编制104名) is
            // that part: the words since the figure before name it.
            if (p.Text[sentenceStart..fact.Quantity.Start].Contains("其中", StringComparison.Ordinal) && fact.Label != null
                && fact.Label != context.Concepts[fact.Concept!]?.Label)
            {
                var previous = context.Facts.InBlock(fact.BlockIndex).LastOrDefault(f => f.Quantity.End <= fact.Quantity.Start);
                int from = Math.Max(sentenceStart, previous?.Quantity.End ?? 0);
                var partWords = p.Text[from..fact.Quantity.Start].Trim('，', '、', '：', ':', ' ', '其', '中');
                // Named by one of the concept's own wordings (日常公用经费支出 for 公用经费): the concept itself, no narrower.
                if (partWords != fact.Label && context.Concepts[fact.Concept!]?.Synonyms.Contains(partWords) != true) part = "|其中·" + partWords;
                text += part;
            }
        }
        else text = "";
        var subjectScope = SubjectCodes.LastNamedLevel(text)?.Value;
        var words = context.Tolerances.ScopeWords.Where(w => text.Contains(w, StringComparison.Ordinal));
        if (subjectScope != null) words = words.Append(subjectScope);
        if (part != null) words = words.Append(part);
        return string.Join("+", words);
    }
}
