namespace PerfEvalIngest.Structure;

/// <summary>The keywords of each section, by its heading's block index: the words that set the section apart from
/// Chinese text at large (TF-IDF over the heading and the paragraphs under it, subsections included).</summary>
public sealed record SectionKeywords(IReadOnlyDictionary<int, IReadOnlyList<string>> ByHeading)
{
    public static SectionKeywords None { get; } = new(new Dictionary<int, IReadOnlyList<string>>());

    public IReadOnlyList<string> Of(int headingBlock) => ByHeading.GetValueOrDefault(headingBlock) ?? [];
}
