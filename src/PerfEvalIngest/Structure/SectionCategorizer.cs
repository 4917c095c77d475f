using PerfEvalIngest.Knowledge;
namespace PerfEvalIngest.Structure;

/// <summary>
/// Gives a top-level section one category of the contract from keywords in its title
/// (models/structure/categories.json): the longest matching keyword wins, ties to the earlier category.
/// </summary>
internal sealed partial class SectionCategorizer
{
    /// <summary>The file's JSON contract, generated at build time: reflection-based reading cost a one-file check
    /// about a fifth of its start-up.</summary>
    [System.Text.Json.Serialization.JsonSerializable(typeof(CategoryFile))]
    private sealed partial class SectionCategorizerJson : System.Text.Json.Serialization.JsonSerializerContext
    {
    }

    public sealed record CategoryKeywords(string Id, IReadOnlyList<string> Keywords);
    private sealed record CategoryFile(IReadOnlyList<CategoryKeywords> Categories);

    private readonly IReadOnlyList<CategoryKeywords> _categories;

    public SectionCategorizer(IReadOnlyList<CategoryKeywords> categories) => _categories = categories;

    public static SectionCategorizer Load() =>
        new(ModelDirectory.LoadJson(o => new SectionCategorizerJson(o).CategoryFile, "structure", "categories.json").Categories);

    public IReadOnlyList<string> Ids => _categories.Select(c => c.Id).ToList();

    public string Categorize(string title) => Match(title) ?? "other";

    /// <summary>The category whose keyword the title holds (the longest keyword wins), or null when it holds none.</summary>
    public string? Match(string title)
    {
        string? best = null;
        int bestLength = 0;
        foreach (var category in _categories)
            foreach (var keyword in category.Keywords)
                if (keyword.Length > bestLength && title.Contains(keyword, StringComparison.Ordinal))
                {
                    best = category.Id;
                    bestLength = keyword.Length;
                }
        return best;
    }
}
