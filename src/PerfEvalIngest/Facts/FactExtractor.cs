using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Structure;

namespace PerfEvalIngest.Facts;

/// <summary>The facts stage: StructuredDocument → FactSet, every quantity of every paragraph and table cell.</summary>
internal sealed class FactExtractor
{
    private readonly TextFactExtractor _text;
    private readonly TableFactExtractor _tables;
    private readonly Statements.StatementReader _statements;
    public ConceptDictionary Concepts { get; }

    public FactExtractor(ConceptDictionary concepts, Statements.StatementReader statements)
    {
        Concepts = concepts;
        _text = new TextFactExtractor(concepts);
        _tables = new TableFactExtractor(concepts, _text);
        _statements = statements;
    }

    public static FactExtractor Load() => new(ConceptDictionary.Default, Statements.StatementReader.Load());

    public FactSet Extract(StructuredDocument structure)
    {
        var facts = new List<Fact>();
        var statements = new List<Statements.Statement>();
        (string Text, IReadOnlyList<Fact> Facts)? previous = null;
        foreach (var block in structure.Document.Blocks)
        {
            switch (block)
            {
                case Paragraph p:
                    // A heading's numbering label is no quantity ("2. 2023年度…"), but a run-in heading's body is text.
                    int skip = structure.HeadingOfBlock.TryGetValue(p.Index, out var h) && h.Label.Length > 0
                        ? Math.Min(p.Text.Length, p.Text.IndexOf(h.Label, StringComparison.Ordinal) + h.Label.Length)
                        : 0;
                    var found = _text.Extract(p.Text, p.Original, structure.LocationOf(p), p.Index, skip);
                    // A paragraph that runs over a page break: each figure is on the page where it is printed.
                    if (p.PageStarts != null)
                        found = found.Select(f => f with { Location = f.Location with { Page = p.PageAt(f.Quantity.Start) } }).ToList();
                    facts.AddRange(found);
                    statements.AddRange(_statements.Read(p.Text, found, structure.LocationOf(p), p.Index, previous));
                    previous = (p.Text, found);
                    break;
                case Table t:
                    facts.AddRange(_tables.Extract(t, structure));
                    break;
            }
        }
        return new FactSet(structure, facts) { Statements = statements };
    }
}
