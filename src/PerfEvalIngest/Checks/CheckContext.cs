using PerfEvalIngest.Facts;
using PerfEvalIngest.Rubrics;
using PerfEvalIngest.Structure;

namespace PerfEvalIngest.Checks;

/// <summary>What every check sees: the facts (and through them the structure and document), the concept
/// dictionary, the tolerances and the rubric evaluation.</summary>
public sealed record CheckContext(FactSet Facts, ConceptDictionary Concepts, CheckTolerances Tolerances, RubricResult? Rubric)
{
    public StructuredDocument Structure => Facts.Structure;

    /// <summary>A table row that totals the others (合计, 总计, 预算总金额, 年度资金总额).</summary>
    public bool IsTotalRow(string rowLabel) => Tolerances.TotalRowWords.Any(w => rowLabel.Contains(w, StringComparison.Ordinal));

    /// <summary>The facts of each paragraph (in document order) with the paragraph's folded text, which the
    /// facts' offsets point into.</summary>
    public IEnumerable<(List<Fact> Facts, string Text)> ParagraphFacts() =>
        Facts.Facts.Where(f => !f.InTable).GroupBy(f => f.BlockIndex)
            .Select(g => (g.ToList(), Structure.Document.Blocks[g.Key] is Model.Paragraph p ? p.Text : ""));
}
