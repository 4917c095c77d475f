using PerfEvalIngest.Structure;

namespace PerfEvalIngest.Facts;

/// <summary>The facts stage's result: every fact in document order, with the structured document they came from, and
/// the statements its sentences make (<see cref="Statements.Statement"/>), in document order.</summary>
public sealed record FactSet(StructuredDocument Structure, IReadOnlyList<Fact> Facts)
{
    internal IReadOnlyList<Statements.Statement> Statements { get; init; } = [];

    /// <summary>The facts of one block, in order. Checks ask this per figure, so the facts are grouped once, on first
    /// use.</summary>
    public IEnumerable<Fact> InBlock(int blockIndex) => ByBlock[blockIndex];

    public IEnumerable<Fact> WithConcept(string concept) => Facts.Where(f => f.Concept == concept);

    /// <summary>The report's key figures (<see cref="global::PerfEvalIngest.Facts.KeyFigures"/>), chosen once: the
    /// checklists, the dataset and a batch's slimmed result all ask.</summary>
    internal IReadOnlyList<KeyFigure> KeyFigures => Derived(ref _keyFigures, static set => global::PerfEvalIngest.Facts.KeyFigures.Of(set));

    private ILookup<int, Fact> ByBlock => Derived(ref _byBlock, static set => set.Facts.ToLookup(f => f.BlockIndex));

    private Derivation<ILookup<int, Fact>>? _byBlock;
    private Derivation<IReadOnlyList<KeyFigure>>? _keyFigures;

    /// <summary>A value worked out from <see cref="Facts"/> on first use and kept with the list it came from, so that a
    /// copy of the set made with other facts works out its own. One reference, read and written whole: safe if two
    /// threads work it out at once. It lives as long as the set, and no longer.
    /// Checks ask per figure, so the derivation is a static function of the set: asking allocates nothing.</summary>
    private T Derived<T>(ref Derivation<T>? cache, Func<FactSet, T> derive)
    {
        if (cache is { } cached && ReferenceEquals(cached.Facts, Facts)) return cached.Value;
        var made = new Derivation<T>(Facts, derive(this));
        cache = made;
        return made.Value;
    }

    private sealed record Derivation<T>(IReadOnlyList<Fact> Facts, T Value);
}
