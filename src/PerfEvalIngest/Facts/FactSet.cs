using PerfEvalIngest.Structure;

namespace PerfEvalIngest.Facts;

/// <summary>The facts stage's result: every fact in document order, with the structured document they came from, and
/// the statements its sentences make (<see cref="Statements.Statement"/>), in document order.</summary>
public sealed record FactSet(StructuredDocument Structure, IReadOnlyList<Fact> Facts)
{
    internal IReadOnlyList<Statements.Statement> Statements { get; init; } = [];

    /// <summary>The facts of one block, in order. Checks ask this per figure, so the facts are grouped once, on first use
    /// (a cache of what <see cref="Facts"/> already says; a set made with other facts builds its own).</summary>
    public IEnumerable<Fact> InBlock(int blockIndex) => ByBlock[blockIndex];

    public IEnumerable<Fact> WithConcept(string concept) => Facts.Where(f => f.Concept == concept);

    private ILookup<int, Fact> ByBlock
    {
        get
        {
            // One reference, read and written whole: safe if two threads build it at once.
            if (_byBlock is { } cached && ReferenceEquals(cached.Facts, Facts)) return cached.Lookup;
            var index = new BlockIndex(Facts, Facts.ToLookup(f => f.BlockIndex));
            _byBlock = index;
            return index.Lookup;
        }
    }

    private BlockIndex? _byBlock;

    private sealed record BlockIndex(IReadOnlyList<Fact> Facts, ILookup<int, Fact> Lookup);
}
