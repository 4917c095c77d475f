using PerfEvalIngest.Facts;
using PerfEvalIngest.Rubrics;
using PerfEvalIngest.Structure;

namespace PerfEvalIngest.Checks;

/// <summary>What every check sees: the facts (and through them the structure and document), the concept
/// dictionary, the tolerances and the rubric evaluation.</summary>
internal sealed record CheckContext(FactSet Facts, ConceptDictionary Concepts, CheckTolerances Tolerances, RubricResult? Rubric)
{
    public StructuredDocument Structure => Facts.Structure;

    private HashSet<Fact>? _statedChanges;

    /// <summary>Whether the figure states a change rather than a level: a statement's change, or a figure whose clause
    /// speaks of a change (「主要原因是基本支出增加1408.29万元」).</summary>
    public bool IsChange(Fact fact)
    {
        if (IsStatedChange(fact)) return true;
        if (fact.InTable || Structure.Document.Blocks[fact.BlockIndex] is not DocumentModel.Paragraph p) return false;
        // The clause before the figure: 「主要原因是基本支出增加人员工资、住房公积金等3397.18万元」 is a change too, while
        // 「增加至X」 names the new level.
        int clause = p.Text.LastIndexOfAny(['，', '；', '。', ',', ';', '：'], Math.Max(0, fact.Quantity.Start - 1)) + 1;
        var before = p.Text[clause..fact.Quantity.Start];
        return Tolerances.DifferenceWords.Keys.Any(w =>
        {
            int at = before.LastIndexOf(w, StringComparison.Ordinal);
            return at >= 0 && !(at + w.Length < before.Length && before[at + w.Length] is '至' or '到');
        });
    }

    /// <summary>Whether the fact is the change of a statement against last year (「比2024年预算增加D万元」): a change,
    /// never a level, and no difference of two amounts stated beside it.</summary>
    public bool IsStatedChange(Fact fact) =>
        (_statedChanges ??= Facts.Statements.OfType<Facts.Statements.ChangeStatement>().Select(s => s.Change).OfType<Fact>()
            .ToHashSet<Fact>(ReferenceEqualityComparer.Instance)).Contains(fact);

    /// <summary>Text facts before <paramref name="fact"/> in its level-1 section, nearest first: where a sentence
    /// leans on a figure stated earlier ("全年预算641.56万元。…实际支出595.80万元，预算执行率92.87%").</summary>
    public IEnumerable<Fact> EarlierInSection(Fact fact)
    {
        var section = TopSection(fact.Location.Section);
        return Facts.Facts
            .Where(f => !f.InTable && (f.BlockIndex < fact.BlockIndex || (f.BlockIndex == fact.BlockIndex && f.Quantity.End <= fact.Quantity.Start))
                        && TopSection(f.Location.Section) == section)
            .Reverse();
    }

    private static string TopSection(string? path) => path == null ? "" : path.Split('/')[0];

    /// <summary>A table row that totals the others (合计, 总计, 预算总金额, 年度资金总额).</summary>
    public bool IsTotalRow(string rowLabel) => Tolerances.TotalRowWords.Any(w => rowLabel.Contains(w, StringComparison.Ordinal));

    /// <summary>The facts of each paragraph (in document order) with the paragraph's folded text, which the
    /// facts' offsets point into.</summary>
    public IEnumerable<(List<Fact> Facts, string Text)> ParagraphFacts() =>
        Facts.Facts.Where(f => !f.InTable).GroupBy(f => f.BlockIndex)
            .Select(g => (g.ToList(), Structure.Document.Blocks[g.Key] is DocumentModel.Paragraph p ? p.Text : ""));

    /// <summary>The paragraphs' facts and, like them, those read from sentences in table cells (a 自评表's 完成情况:
    /// 「入统企业数11472家，完成统计企业11372家，占比99.13%」), each with the text the facts' offsets point into.</summary>
    public IEnumerable<(List<Fact> Facts, string Text)> SentenceFacts() =>
        ParagraphFacts().Concat(Facts.Facts
            .Where(f => f.InTable && f.Location.Row is int && f.Location.Col is int && f.Text.Length > 12)
            .GroupBy(f => (f.BlockIndex, f.Location.Row, f.Location.Col))
            .Select(g => (g.ToList(), Structure.Document.Blocks[g.Key.BlockIndex] is DocumentModel.Table t ? t.TextAt(g.Key.Row!.Value, g.Key.Col!.Value) : ""))
            .Where(x => x.Item1.All(f => f.Quantity.End <= x.Item2.Length && x.Item2.Substring(f.Quantity.Start, f.Quantity.Length) == f.Quantity.Printed)));
}
