using PerfEvalIngest.Structure;

namespace PerfEvalIngest.Facts;

/// <summary>The facts stage's result: every fact in document order, with the structured document they came from, and
/// the statements its sentences make (<see cref="Statements.Statement"/>), in document order.</summary>
public sealed record FactSet(StructuredDocument Structure, IReadOnlyList<Fact> Facts)
{
    public IReadOnlyList<Statements.Statement> Statements { get; init; } = [];

    public IEnumerable<Fact> InBlock(int blockIndex) => Facts.Where(f => f.BlockIndex == blockIndex);
    public IEnumerable<Fact> WithConcept(string concept) => Facts.Where(f => f.Concept == concept);
}
