namespace PerfEvalIngest.Segmentation;

/// <summary>
/// The heaviest few of many keywords, chosen in one pass instead of sorting them all: a keyword goes in after every
/// chosen one at least as heavy, so keywords of equal weight stay in the order they were offered, as a stable sort
/// leaves them. A ranking asks <see cref="Admits"/> with a bound before working a word's weight out: a word that
/// could not outweigh the lightest chosen one even at that bound is passed over.
/// </summary>
internal sealed class TopKeywords(int count)
{
    private readonly List<Keyword> _top = new(count + 1);

    /// <summary>Whether a keyword weighing <paramref name="weight"/> (or at most that) could still be chosen.</summary>
    public bool Admits(double weight) => _top.Count < count || weight > _top[^1].Weight;

    /// <summary>Chooses a keyword <see cref="Admits"/> accepted, dropping the lightest past the count.</summary>
    public void Add(Keyword keyword)
    {
        var at = _top.Count;
        while (at > 0 && _top[at - 1].Weight < keyword.Weight) at--;
        _top.Insert(at, keyword);
        if (_top.Count > count) _top.RemoveAt(count);
    }

    public Keyword[] ToArray() => _top.ToArray();
}
