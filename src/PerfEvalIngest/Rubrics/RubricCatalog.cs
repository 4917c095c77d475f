using System.Text.Json;
using PerfEvalIngest.Structure;

namespace PerfEvalIngest.Rubrics;

/// <summary>
/// The rubrics of models/rubrics/, and the choice among them: the one whose signature phrases appear most often in
/// the report's headings and table captions, unless the caller names one (an id, or a JSON file of its own).
/// </summary>
public sealed class RubricCatalog
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public IReadOnlyList<Rubric> Rubrics { get; }

    public RubricCatalog(IReadOnlyList<Rubric> rubrics) => Rubrics = rubrics;

    public static RubricCatalog Load()
    {
        var folder = ModelDirectory.File("rubrics");
        var rubrics = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(LoadFile).ToList();
        return new RubricCatalog(rubrics);
    }

    public static Rubric LoadFile(string path) =>
        JsonSerializer.Deserialize<Rubric>(File.ReadAllText(path), Options)
        ?? throw new InvalidDataException($"{path} holds no rubric");

    /// <summary>Resolves --rubric: a known id or a path to a rubric file; null when it is neither.</summary>
    public Rubric? Find(string idOrPath)
    {
        var known = Rubrics.FirstOrDefault(r => r.Id == idOrPath);
        if (known != null) return known;
        return File.Exists(idOrPath) ? LoadFile(idOrPath) : null;
    }

    public Rubric BestMatch(StructuredDocument structure)
    {
        var texts = structure.Outline.Select(h => h.Title)
            .Concat(structure.TableCaptions.Values.OfType<string>())
            .Append(structure.Metadata.Title ?? "")
            .ToList();
        return Rubrics
            .Select((r, order) => (Rubric: r, Order: order,
                // The report's own kind (项目支出 or 整体支出, from its title) outweighs any single phrase.
                Hits: r.Signature.Count(s => texts.Any(t => t.Contains(s, StringComparison.Ordinal)))
                      + (r.Kind == structure.Metadata.Kind ? 3 : 0)))
            .OrderByDescending(x => x.Hits).ThenBy(x => x.Order)
            .First().Rubric;
    }
}
